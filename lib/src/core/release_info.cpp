#include "codeset/core/release_info.hpp"


namespace codeset {

std::string_view to_string(ReleaseKind kind) noexcept {
    switch (kind) {
    case ReleaseKind::annual: return "annual";
    case ReleaseKind::january: return "january";
    case ReleaseKind::april: return "april";
    case ReleaseKind::quarterly: return "quarterly";
    case ReleaseKind::correction: return "correction";
    }
    return "annual";
}

std::optional<ReleaseKind> parse_release_kind(std::string_view text) noexcept {
    for (auto kind : {ReleaseKind::annual, ReleaseKind::january, ReleaseKind::april, ReleaseKind::quarterly,
                      ReleaseKind::correction})
        if (to_string(kind) == text) return kind;
    return std::nullopt;
}

}  // namespace codeset
