// What a release is: its system, label, effective date and the files it came from.
#pragma once

#include "codeset/core/date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeset {

enum class ReleaseKind { annual, january, april, quarterly, correction };
std::string_view to_string(ReleaseKind kind) noexcept;
std::optional<ReleaseKind> parse_release_kind(std::string_view text) noexcept;

// One file a release was read from: the zip or folder file the user gave, or a member in it.
struct SourceFile {
    std::string path;    // as the user gave it
    std::string member;  // name inside the zip or folder; empty for a plain file
    std::uint64_t size = 0;
    std::string sha256;  // lower-case hex
    std::string role;    // "archive", "order", "addenda", ...
    bool operator==(const SourceFile&) const = default;
};

struct ReleaseInfo {
    std::string system;   // "icd10cm", "icd10pcs", ...
    std::string version;  // "FY2026", "FY2023-04", "2018-01"
    Date effective;       // first day the release is in force
    ReleaseKind kind = ReleaseKind::annual;
    std::string importer;  // name of the importer that read it
};

// User overrides from the command line, applied on top of what an importer detected
// (codeset/import/describe_release.hpp reads --version with the system's label grammar).
struct ReleaseOverrides {
    std::optional<std::string> system;
    std::optional<std::string> version;
    std::optional<Date> effective;
};

}  // namespace codeset
