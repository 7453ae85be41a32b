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

// User overrides from the command line, applied on top of what an importer detected.
struct ReleaseOverrides {
    std::optional<std::string> system;
    std::optional<std::string> version;
    std::optional<Date> effective;
};

// Fiscal-year labels used by ICD-10-CM and ICD-10-PCS: FY2026 takes effect on 2025-10-01;
// a January update FY2021-01 on 2021-01-01; an April update FY2023-04 on 2023-04-01.
struct FiscalLabel {
    int fiscal_year = 0;
    ReleaseKind kind = ReleaseKind::annual;
    static std::optional<FiscalLabel> parse(std::string_view version);
    std::string to_string() const;
    Date effective() const;
};

}  // namespace codeset
