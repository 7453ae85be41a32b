// Companion importers (XML files that annotate a release) name their release the way the order
// importers do: from the fiscal year in the member, folder or zip name.
#pragma once

#include "codeset/core/code_record.hpp"
#include "codeset/core/release_info.hpp"
#include "codeset/core/source.hpp"

#include <string_view>

namespace codeset::importers {

ReleaseInfo describe_companion(const Source& source, const MemberInfo& member, std::string_view system,
                               std::string_view importer_name, std::string_view what);

}  // namespace codeset::importers
