// The ICD-10-CM profile: names, URI, code writing, labels and the attributes of the tabular list.
#pragma once

#include "codeset/core/code_system.hpp"

namespace codeset::importers {
const CodeSystem& icd10cm_profile();
}
