// The HCPCS Level II profile: names, URI, quarterly labels, every field of the CMS record, and its release
// check (CMS's action codes against the diff, hcpcs/action_check.hpp).
#pragma once

#include "codeset/core/code_system.hpp"

namespace codeset::importers {
const CodeSystem& hcpcs_profile();
}
