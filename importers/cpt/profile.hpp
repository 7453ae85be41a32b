// The CPT profile: AMA-licensed descriptors, annual labels with early releases.
#pragma once

#include "codeset/core/code_system.hpp"

namespace codeset::importers {
const CodeSystem& cpt_profile();
}
