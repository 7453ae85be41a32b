#include "codeset/core/release_info.hpp"

#include <charconv>

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

std::optional<FiscalLabel> FiscalLabel::parse(std::string_view version) {
    // FY2026, FY2023-04, FY2021-01
    if (version.size() < 6 || (version.substr(0, 2) != "FY" && version.substr(0, 2) != "fy")) return std::nullopt;
    FiscalLabel label;
    // Exactly four digits: from_chars alone would take a sign ("FY-123").
    for (char c : version.substr(2, 4))
        if (c < '0' || c > '9') return std::nullopt;
    const char* begin = version.data() + 2;
    const char* end = version.data() + 6;
    if (std::from_chars(begin, end, label.fiscal_year).ptr != end) return std::nullopt;
    const std::string_view rest = version.substr(6);
    if (rest.empty()) label.kind = ReleaseKind::annual;
    else if (rest == "-01") label.kind = ReleaseKind::january;
    else if (rest == "-04") label.kind = ReleaseKind::april;
    else return std::nullopt;
    // The effective date must be a date codeset can store (FY0000 would start in year -1).
    const Date effective = label.effective();
    if (!Date::valid(effective.year, effective.month, effective.day)) return std::nullopt;
    return label;
}

std::string FiscalLabel::to_string() const {
    std::string text = "FY" + std::to_string(fiscal_year);
    if (kind == ReleaseKind::january) text += "-01";
    if (kind == ReleaseKind::april) text += "-04";
    return text;
}

Date FiscalLabel::effective() const {
    switch (kind) {
    case ReleaseKind::january: return Date{fiscal_year, 1, 1};
    case ReleaseKind::april: return Date{fiscal_year, 4, 1};
    default: return Date{fiscal_year - 1, 10, 1};
    }
}

}  // namespace codeset
