#include "companions/companion_version.hpp"

#include "codeset/core/error.hpp"
#include "common/version_detection.hpp"

#include <algorithm>

namespace codeset::importers {

ReleaseInfo describe_companion(const Source& source, const MemberInfo& member, std::string_view system,
                               std::string_view importer_name, std::string_view what) {
    const auto detected = detect_version(version_names(source, member));
    if (!detected)
        throw Error(ErrorCode::parse, source.path() + ": cannot tell which release this " + std::string(what) +
                                          " belongs to: no 4-digit fiscal year in its names; give it with --version");
    ReleaseInfo info;
    info.system = std::string(system);
    info.version = detected->label.to_string();
    info.effective = detected->label.effective();
    info.kind = detected->label.kind();
    info.importer = std::string(importer_name);
    return info;
}

}  // namespace codeset::importers
