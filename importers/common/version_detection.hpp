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

// What the date of a release's order file tells about an October label read from names. CMS
// publishes an October release before October 1 and its mid-year updates and errata inside the
// fiscal year (the files here: FY2022's October release dated 2021-06-22; the January 2021 PCS
// update 2020-11-23; the April updates 2021-11-24, 2022-11-15, 2023-01-04, 2023-11-20; the
// January 2022 PCS errata 2022-01-28), so for FY<Y> (in force from October 1 of Y-1):
//   before October 1 of Y-1, or on/after October 1 of Y   the October release (a later date is
//                                                         a re-packaging and tells nothing)
//   October of Y-1                                       the October release re-posted (its errata)
//   November and December of Y-1                         a January or an April update: undecided
//   January to March of Y                                the April update (published after the
//                                                         January update took effect)
//   April to September of Y                              an errata of a mid-year update: undecided
enum class OrderFileDating { october, april, undecided };
OrderFileDating date_order_file(const VersionLabel& october_label, Date order_file_date);

// The names to look at for a member of a source: its base name, its folders inside the zip or
// folder (innermost first), then the base name of what the user gave.
std::vector<std::string> version_names(const Source& source, const MemberInfo& member);

}  // namespace codeset::importers
