// The one grammar of release labels. Each code system's profile names the scheme its labels
// follow; every place that reads a label (file names, --version, stored releases) goes through
// parse_version_label, so one release always has one label.
//
//   fiscal     FY2026 (October, in force 2025-10-01), FY2021-01 (January update), FY2023-04 (April)
//   quarterly  2018-01 (the annual file), 2018-04 / 2018-07 / 2018-10 (quarterly updates),
//              2018-01-c2 (the second corrected re-issue of 2018-01); "2018" is read as 2018-01
//   annual     2026 (in force 2026-01-01), 2026-07-er (early-release codes published in July)
#pragma once

#include "codeset/core/date.hpp"
#include "codeset/core/release_info.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeset {

enum class LabelScheme { fiscal, quarterly, annual };
std::string_view to_string(LabelScheme scheme) noexcept;

struct VersionLabel {
    LabelScheme scheme = LabelScheme::fiscal;
    int year = 0;        // fiscal year (fiscal) or calendar year
    int month = 0;       // fiscal: 0 (October), 1 or 4; quarterly: 1, 4, 7, 10; annual: 0, or the early-release month
    int correction = 0;  // quarterly only: the number of a corrected re-issue, 0 for none

    // The canonical text: "FY2026", "FY2023-04", "2018-01", "2018-01-c2", "2026", "2026-07-er".
    std::string to_string() const;
    ReleaseKind kind() const;
    // The first day the release is in force.
    Date effective() const;
    // The first day of the next release the system's calendar schedules after this one (the next
    // October, the next quarter, the next January): the end of this release's nominal window.
    Date next_scheduled() const;
    // The labels a later publication of the same period takes, most likely first: an April and a
    // January update of an October release (FY2022 -> FY2022-04, FY2022-01), the first corrected
    // re-issue of a quarter (2018-01 -> 2018-01-c1). Empty when there is none.
    std::vector<VersionLabel> updates() const;
    // Same release, told apart from a correction (2018-01-c1 is a re-issue of 2018-01).
    bool operator==(const VersionLabel&) const = default;

    static VersionLabel fiscal(int fiscal_year, ReleaseKind kind = ReleaseKind::annual);
    static VersionLabel quarterly(int year, int month, int correction = 0);
    static VersionLabel annual(int year, int early_release_month = 0);
};

// Reads a label as users and the store write it, case-insensitively. Empty when `text` is not a
// label of `scheme`, or its effective date is not a date codeset can store.
std::optional<VersionLabel> parse_version_label(LabelScheme scheme, std::string_view text);

}  // namespace codeset
