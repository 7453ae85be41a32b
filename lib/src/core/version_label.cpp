#include "codeset/core/version_label.hpp"

#include <cctype>
#include <charconv>

namespace codeset {

namespace {

// Exactly `count` digits at `pos` (from_chars alone would take a sign).
std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t count) {
    if (text.size() < pos + count) return std::nullopt;
    for (char c : text.substr(pos, count))
        if (c < '0' || c > '9') return std::nullopt;
    int value = 0;
    std::from_chars(text.data() + pos, text.data() + pos + count, value);
    return value;
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string two_digits(int value) { return (value < 10 ? "0" : "") + std::to_string(value); }

std::optional<VersionLabel> parse_fiscal(std::string_view text) {
    if (text.size() < 6 || text.substr(0, 2) != "fy") return std::nullopt;
    const auto year = digits(text, 2, 4);
    if (!year) return std::nullopt;
    const std::string_view rest = text.substr(6);
    if (rest.empty()) return VersionLabel::fiscal(*year);
    if (rest == "-01") return VersionLabel::fiscal(*year, ReleaseKind::january);
    if (rest == "-04") return VersionLabel::fiscal(*year, ReleaseKind::april);
    return std::nullopt;
}

std::optional<VersionLabel> parse_quarterly(std::string_view text) {
    const auto year = digits(text, 0, 4);
    if (!year) return std::nullopt;
    if (text.size() == 4) return VersionLabel::quarterly(*year, 1);
    if (text[4] != '-') return std::nullopt;
    const auto month = digits(text, 5, 2);
    if (!month || (*month != 1 && *month != 4 && *month != 7 && *month != 10)) return std::nullopt;
    if (text.size() == 7) return VersionLabel::quarterly(*year, *month);
    // "2018-01-c2"
    if (text.size() < 10 || text.substr(7, 2) != "-c") return std::nullopt;
    const auto correction = digits(text, 9, text.size() - 9);
    if (!correction || *correction < 1) return std::nullopt;
    return VersionLabel::quarterly(*year, *month, *correction);
}

std::optional<VersionLabel> parse_annual(std::string_view text) {
    const auto year = digits(text, 0, 4);
    if (!year) return std::nullopt;
    if (text.size() == 4) return VersionLabel::annual(*year);
    // "2026-07-er"
    if (text.size() != 10 || text[4] != '-' || text.substr(7) != "-er") return std::nullopt;
    const auto month = digits(text, 5, 2);
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    return VersionLabel::annual(*year, *month);
}

}  // namespace

std::string_view to_string(LabelScheme scheme) noexcept {
    switch (scheme) {
    case LabelScheme::fiscal: return "fiscal";
    case LabelScheme::quarterly: return "quarterly";
    case LabelScheme::annual: return "annual";
    }
    return "fiscal";
}

VersionLabel VersionLabel::fiscal(int fiscal_year, ReleaseKind kind) {
    return {LabelScheme::fiscal, fiscal_year, kind == ReleaseKind::january ? 1 : kind == ReleaseKind::april ? 4 : 0, 0};
}

VersionLabel VersionLabel::quarterly(int year, int month, int correction) {
    return {LabelScheme::quarterly, year, month, correction};
}

VersionLabel VersionLabel::annual(int year, int early_release_month) {
    return {LabelScheme::annual, year, early_release_month, 0};
}

std::string VersionLabel::to_string() const {
    switch (scheme) {
    case LabelScheme::fiscal:
        return "FY" + std::to_string(year) + (month ? "-" + two_digits(month) : "");
    case LabelScheme::quarterly:
        return std::to_string(year) + "-" + two_digits(month) + (correction ? "-c" + std::to_string(correction) : "");
    case LabelScheme::annual:
        return std::to_string(year) + (month ? "-" + two_digits(month) + "-er" : "");
    }
    return {};
}

ReleaseKind VersionLabel::kind() const {
    switch (scheme) {
    case LabelScheme::fiscal:
        return month == 1 ? ReleaseKind::january : month == 4 ? ReleaseKind::april : ReleaseKind::annual;
    case LabelScheme::quarterly:
        if (correction) return ReleaseKind::correction;
        return month == 1 ? ReleaseKind::annual : ReleaseKind::quarterly;
    case LabelScheme::annual:
        return month ? ReleaseKind::quarterly : ReleaseKind::annual;
    }
    return ReleaseKind::annual;
}

Date VersionLabel::effective() const {
    switch (scheme) {
    case LabelScheme::fiscal: return month ? Date{year, month, 1} : Date{year - 1, 10, 1};
    case LabelScheme::quarterly: return Date{year, month, 1};
    case LabelScheme::annual: return Date{year, month ? month : 1, 1};
    }
    return {};
}

Date VersionLabel::next_scheduled() const {
    switch (scheme) {
    case LabelScheme::fiscal: return Date{year, 10, 1};
    case LabelScheme::quarterly: return month == 10 ? Date{year + 1, 1, 1} : Date{year, month + 3, 1};
    case LabelScheme::annual: return Date{year + 1, 1, 1};
    }
    return {};
}

std::vector<VersionLabel> VersionLabel::updates() const {
    switch (scheme) {
    case LabelScheme::fiscal:
        if (month == 0) return {fiscal(year, ReleaseKind::april), fiscal(year, ReleaseKind::january)};
        return {};
    case LabelScheme::quarterly: return {quarterly(year, month, correction + 1)};
    case LabelScheme::annual: return {};
    }
    return {};
}

std::optional<VersionLabel> parse_version_label(LabelScheme scheme, std::string_view text) {
    const std::string folded = lower(text);
    std::optional<VersionLabel> label;
    // Calendar-year systems are named by people as "CY2018" too: the same release as "2018".
    const std::string_view calendar = std::string_view(folded).starts_with("cy") ? std::string_view(folded).substr(2)
                                                                                  : std::string_view(folded);
    switch (scheme) {
    case LabelScheme::fiscal: label = parse_fiscal(folded); break;
    case LabelScheme::quarterly: label = parse_quarterly(calendar); break;
    case LabelScheme::annual: label = parse_annual(calendar); break;
    }
    // The effective date must be one the store can keep (FY0000 would start in year -1).
    if (label) {
        const Date effective = label->effective();
        if (!Date::valid(effective.year, effective.month, effective.day)) return std::nullopt;
    }
    return label;
}

}  // namespace codeset
