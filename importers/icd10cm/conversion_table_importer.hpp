// The NCHS ICD-10-CM conversion table (.xlsx or .csv) as a companion of the release of its fiscal
// year: imported with that release's zip in one command, or attached to it once it is stored. It
// writes no attribute on codes; the store keeps its rows apart (Store::conversion_tables).
#pragma once

#include "codeset/core/importer.hpp"

namespace codeset::importers {

const Importer& icd10cm_conversion_table_importer();

}  // namespace codeset::importers
