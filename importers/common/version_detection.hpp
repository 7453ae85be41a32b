// Fiscal-year labels from the names CMS gives its files, which change every year:
// icd10cm_order_2017.txt, icd10cm-order-Jan-2021.txt, "Zip File 5 2021 ICD-10-PCS Order File (...)",
// "icd10cm-Code Descriptions-2026.zip". A 4-digit year gives the fiscal year; a `jan`/`january` token
// makes it the January update (FY2021-01), `apr`/`april` the April update (FY2023-04).
#pragma once

#include "codeset/core/release_info.hpp"
#include "codeset/core/source.hpp"
#include "codeset/core/version_label.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeset::importers {

// What one name reveals. `year` is empty when the name holds no 4-digit year from 2000 to 2099,
// or several different ones none of which follows "FY".
struct NameVersion {
    std::optional<int> year;
    std::optional<ReleaseKind> kind;  // january or april when the name says so
};
NameVersion version_in_name(std::string_view name);

// The label from one name alone: FY<year>, plus -01/-04 for a January/April token.
std::optional<VersionLabel> fiscal_label_from_name(std::string_view name);

struct DetectedVersion {
    VersionLabel label;  // of the fiscal scheme
    std::string year_from;  // the name the year was read from
};

// Looks at names from the most specific (the order file) to the most general (the zip or folder
// the user gave): the year comes from the first name that reveals one, a January/April token from
// the first name that has one.
std::optional<DetectedVersion> detect_version(const std::vector<std::string>& names);

// The names to look at for a member of a source: its base name, its folders inside the zip or
// folder (innermost first), then the base name of what the user gave.
std::vector<std::string> version_names(const Source& source, const MemberInfo& member);

}  // namespace codeset::importers
