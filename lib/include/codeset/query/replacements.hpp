// The codes that replace a discontinued one, as the release that discontinued it names them: the
// attributes with role `replaced_by` of its Delete lines (HCPCS cross-references).
#pragma once

#include "codeset/core/code_system.hpp"
#include "codeset/store/store.hpp"

#include <map>
#include <string>
#include <vector>

namespace codeset {

// Every code a release discontinues with the codes it names to replace it (stored forms, in the
// order the release lists them), read once.
std::map<std::string, std::vector<std::string>> replacements_in(const Store& store, const CodeSystem& system,
                                                                const ReleaseRecord& release);

}  // namespace codeset
