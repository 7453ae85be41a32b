// When each stored release of a system is in force, and where the store is blind.
//
// A release is in force from its effective date until the earlier of the next stored release's
// effective date and its own nominal end (VersionLabel::next_scheduled). A *gap* follows a release
// when the next stored release starts after that nominal end: the calendar schedules at least one
// release there that the store does not hold. What the calendar schedules, per scheme:
//   fiscal     every October release (FY2019, FY2020, ...); January and April updates are optional,
//              so FY2022 -> FY2022-04 -> FY2023 has no gap, FY2018 -> FY2021-01 misses FY2019 to FY2021
//   quarterly  every quarter (2018-01, 2018-04, 2018-07, 2018-10); a corrected re-issue is optional
//   annual     every January (2025, 2026); an early release is optional
#pragma once

#include "codeset/core/date.hpp"
#include "codeset/core/release_info.hpp"
#include "codeset/core/version_label.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace codeset {

// A release the calendar schedules that the store does not hold.
struct MissingRelease {
    std::string version;  // canonical label: "FY2019"
    Date effective;       // the first day it would be in force
    // "FY2019, in force from 2018-10-01"
    std::string describe() const;
};

// The window of one stored release, and the releases missing between it and the next stored one.
struct ReleaseWindow {
    Date from;   // its effective date
    Date until;  // the first day it is no longer in force (from == until: superseded the day it began)
    bool open = false;  // no end known: the last release, under a label that is not of the scheme
    std::vector<MissingRelease> missing_after;  // empty: the next stored release follows without a gap
};

// The release the calendar schedules in force on `day`, leaving out the optional updates: FY2020
// on 2020-06-01, 2018-07 on 2018-08-15, 2026 on 2026-03-01.
VersionLabel scheduled_on(LabelScheme scheme, Date day);

// The release the calendar schedules just before a release effective on `effective`: the one
// its addenda are written against (FY2020 before FY2021, FY2021 before FY2021-01, 2018-01 before 2018-04).
VersionLabel scheduled_before(LabelScheme scheme, Date effective);

// The windows of a system's stored releases, given in the store's order (effective date, then
// version); one window per release. A label that is not of `scheme` has no nominal end: it is in
// force until the next stored release (or open-ended when it is the last).
std::vector<ReleaseWindow> release_windows(LabelScheme scheme, std::span<const ReleaseInfo> releases);

// The index of the release whose window holds `day`, or the scheduled release that would be in
// force then and is not in the store.
struct WindowLookup {
    std::optional<std::size_t> index;
    MissingRelease missing;  // when !index
};
WindowLookup release_on(LabelScheme scheme, std::span<const ReleaseInfo> releases,
                        std::span<const ReleaseWindow> windows, Date day);

}  // namespace codeset
