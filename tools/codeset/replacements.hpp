// The codes that replace a discontinued one, as CMS names them in the release that discontinued
// it (HCPCS cross-references kept with the release's Delete lines).
#pragma once

#include "codeset/store/store.hpp"

#include <string>
#include <vector>

namespace codeset::cli {

// Stored forms, in the order CMS lists them; empty when the release names none.
std::vector<std::string> replacements_of(const Store& store, const ReleaseRecord& release, const std::string& code);

}  // namespace codeset::cli
