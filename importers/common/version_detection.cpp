#include "common/version_detection.hpp"

#include "common/name_tokens.hpp"

#include <filesystem>

namespace codeset::importers {

namespace {

std::optional<int> as_year(const NameToken& token) {
    if (!token.digits || token.text.size() != 4) return std::nullopt;
    const int year = std::stoi(token.text);
    if (year < 2000 || year > 2099) return std::nullopt;
    return year;
}

}  // namespace

NameVersion version_in_name(std::string_view name) {
    const std::vector<NameToken> tokens = name_tokens(name);
    NameVersion found;
    std::optional<int> fy_year;
    std::optional<int> plain_year;
    bool several = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const NameToken& token = tokens[i];
        if (!token.digits) {
            if (!found.kind) {
                if (token.text == "jan" || token.text == "january") found.kind = ReleaseKind::january;
                if (token.text == "apr" || token.text == "april") found.kind = ReleaseKind::april;
            }
            continue;
        }
        const auto year = as_year(token);
        if (!year) continue;
        if (i > 0 && tokens[i - 1].text == "fy") {
            if (!fy_year) {
                fy_year = year;
                // FY2023-04, FY2021-01: the label as codeset writes it.
                if (i + 1 < tokens.size() && tokens[i + 1].digits) {
                    if (tokens[i + 1].text == "04") found.kind = ReleaseKind::april;
                    if (tokens[i + 1].text == "01") found.kind = ReleaseKind::january;
                }
            }
        } else if (!plain_year) {
            plain_year = year;
        } else if (*plain_year != *year) {
            several = true;
        }
    }
    if (fy_year)
        found.year = fy_year;
    else if (plain_year && !several)
        found.year = plain_year;
    return found;
}

std::optional<VersionLabel> fiscal_label_from_name(std::string_view name) {
    const NameVersion version = version_in_name(name);
    if (!version.year) return std::nullopt;
    return VersionLabel::fiscal(*version.year, version.kind.value_or(ReleaseKind::annual));
}

std::optional<DetectedVersion> detect_version(const std::vector<std::string>& names) {
    std::optional<DetectedVersion> detected;
    std::optional<ReleaseKind> kind;
    for (const std::string& name : names) {
        const NameVersion version = version_in_name(name);
        if (!kind && version.kind) kind = version.kind;
        if (!detected && version.year)
            detected = DetectedVersion{VersionLabel::fiscal(*version.year), name};
    }
    if (detected && kind) detected->label = VersionLabel::fiscal(detected->label.year, *kind);
    return detected;
}

std::vector<std::string> version_names(const Source& source, const MemberInfo& member) {
    std::vector<std::string> names;
    std::string name = member.name;
    for (;;) {
        const auto slash = name.rfind('/');
        names.push_back(slash == std::string::npos ? name : name.substr(slash + 1));
        if (slash == std::string::npos) break;
        name.resize(slash);
    }
    std::filesystem::path given(source.path());
    if (!given.has_filename()) given = given.parent_path();  // "release/"
    const std::string base = given.filename().string();
    if (!base.empty() && base != names.front()) names.push_back(base);
    return names;
}

OrderFileDating date_order_file(const VersionLabel& october_label, Date date) {
    const int year = october_label.year;
    if (date < Date{year - 1, 11, 1} || date >= Date{year, 10, 1}) return OrderFileDating::october;
    if (date >= Date{year, 1, 1} && date < Date{year, 4, 1}) return OrderFileDating::april;
    return OrderFileDating::undecided;
}

}  // namespace codeset::importers
