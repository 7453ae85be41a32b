// The ICD-10-PCS profile: names, URI, labels and the attributes of the tables XML.
#pragma once

#include "codeset/core/code_system.hpp"

namespace codeset::importers {
const CodeSystem& icd10pcs_profile();
}
