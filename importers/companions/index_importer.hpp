// The ICD-10-CM Alphabetic Index files as companions of a release: the Index to Diseases and
// Injuries, the External Cause Index, the Neoplasm Table and the Table of Drugs and Chemicals, one
// importer each (so each file is added, kept and replaced on its own, as CDC posts them). They
// give no code attributes: their main terms go to the sink as index terms, and their check lists
// the codes they name that the release does not have.
#pragma once

#include "codeset/core/alphabetic_index.hpp"
#include "codeset/core/importer.hpp"

namespace codeset::importers {

const Importer& icd10cm_index_importer(IndexKind kind);

}  // namespace codeset::importers
