#include "release_overrides.hpp"

#include "codeset/core/error.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

namespace codeset::cli {

namespace {

// Calendar-year labels of HCPCS and CPT: "2018" (the annual file, in force on January 1) and
// "2018-04" (a quarterly update, in force on the first of its month).
std::optional<std::pair<Date, ReleaseKind>> calendar_label(const std::string& version) {
    const bool digits4 = version.size() >= 4 && std::all_of(version.begin(), version.begin() + 4, ::isdigit);
    if (!digits4) return std::nullopt;
    const int year = std::stoi(version.substr(0, 4));
    if (version.size() == 4) return std::pair{Date{year, 1, 1}, ReleaseKind::annual};
    // "2018-01-c2": the second corrections file of the January 2018 release.
    if (version.size() > 9 && version[7] == '-' && version[8] == 'c' &&
        std::all_of(version.begin() + 9, version.end(), ::isdigit)) {
        const auto corrected = calendar_label(version.substr(0, 7));
        if (!corrected) return std::nullopt;
        return std::pair{corrected->first, ReleaseKind::correction};
    }
    if (version.size() == 7 && version[4] == '-' && ::isdigit(version[5]) && ::isdigit(version[6])) {
        const int month = std::stoi(version.substr(5, 2));
        if (!Date::valid(year, month, 1)) return std::nullopt;
        return std::pair{Date{year, month, 1}, month == 1 ? ReleaseKind::annual : ReleaseKind::quarterly};
    }
    return std::nullopt;
}

std::string lower_case(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

}  // namespace

ReleaseInfo describe_release(const Importer& importer, const Source& source, const ReleaseOverrides& overrides) {
    ReleaseInfo info;
    try {
        info = importer.describe(source);
    } catch (const Error& e) {
        // Names that reveal no version are fine when the user says which release it is.
        if (!overrides.version || e.code() != ErrorCode::parse) throw;
        info.system = std::string(importer.system());
        info.importer = std::string(importer.name());
    }
    if (overrides.version) {
        std::string version = *overrides.version;
        for (char& c : version) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (const auto label = FiscalLabel::parse(version)) {
            info.version = label->to_string();
            info.kind = label->kind;
            info.effective = label->effective();
        } else if (const auto calendar = calendar_label(lower_case(*overrides.version))) {
            info.version = lower_case(*overrides.version);
            info.effective = calendar->first;
            info.kind = calendar->second;
        } else {
            info.version = *overrides.version;
            if (!overrides.effective)
                throw Error(ErrorCode::usage, "--version " + *overrides.version +
                                                  " is neither a fiscal-year label (FY2026, FY2023-04) nor a "
                                                  "calendar one (2018, 2018-04); give --effective YYYY-MM-DD too");
        }
    }
    if (overrides.effective) info.effective = *overrides.effective;
    return info;
}

}  // namespace codeset::cli
