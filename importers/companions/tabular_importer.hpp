// The ICD-10-CM tabular XML as a companion of the order file: every code of the release gains its
// place in the tabular list (chapter, section, parent), its notes (inclusion terms, Excludes1,
// Excludes2, code first, use additional code ...) and its 7th characters.
#pragma once

#include "codeset/core/importer.hpp"

namespace codeset::importers {

const Importer& icd10cm_tabular_importer();

}  // namespace codeset::importers
