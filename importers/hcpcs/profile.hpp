// The HCPCS Level II profile: names, URI, quarterly labels and every field of the CMS record.
#pragma once

#include "codeset/core/code_system.hpp"

namespace codeset::importers {
const CodeSystem& hcpcs_profile();
}
