#include "codeset/core/release_windows.hpp"

#include <algorithm>

namespace codeset {

namespace {

// Later than any date a release label can name: the end of an open window.
constexpr Date open_end{9999, 12, 31};

// A loop bound: more scheduled releases than a century of quarters means a damaged date.
constexpr std::size_t most_missing = 400;

MissingRelease missing(const VersionLabel& label) { return {label.to_string(), label.effective()}; }

std::vector<MissingRelease> scheduled_between(LabelScheme scheme, Date start, Date end) {
    std::vector<MissingRelease> found;
    for (VersionLabel label = scheduled_on(scheme, start); label.effective() < end && found.size() < most_missing;
         label = scheduled_on(scheme, label.next_scheduled()))
        found.push_back(missing(label));
    return found;
}

}  // namespace

std::string MissingRelease::describe() const { return version + ", in force from " + effective.to_string(); }

VersionLabel scheduled_on(LabelScheme scheme, Date day) {
    switch (scheme) {
    case LabelScheme::fiscal: return VersionLabel::fiscal(day.month >= 10 ? day.year + 1 : day.year);
    case LabelScheme::quarterly: return VersionLabel::quarterly(day.year, (day.month - 1) / 3 * 3 + 1);
    case LabelScheme::annual: return VersionLabel::annual(day.year);
    }
    return VersionLabel::fiscal(day.year);
}

VersionLabel scheduled_before(LabelScheme scheme, Date effective) {
    // Only the year and month decide: the first of the month before, or earlier in the same month.
    const Date day_before = effective.day > 1     ? Date{effective.year, effective.month, 1}
                            : effective.month > 1 ? Date{effective.year, effective.month - 1, 1}
                                                  : Date{effective.year - 1, 12, 1};
    return scheduled_on(scheme, day_before);
}

std::vector<ReleaseWindow> release_windows(LabelScheme scheme, std::span<const ReleaseInfo> releases) {
    std::vector<ReleaseWindow> windows(releases.size());
    for (std::size_t i = 0; i < releases.size(); ++i) {
        const ReleaseInfo& release = releases[i];
        const std::optional<VersionLabel> label = parse_version_label(scheme, release.version);
        const bool last = i + 1 == releases.size();
        const Date next = last ? open_end : releases[i + 1].effective;
        const Date nominal_end = label ? label->next_scheduled() : next;
        ReleaseWindow& window = windows[i];
        window.from = release.effective;
        window.until = std::max(release.effective, std::min(next, nominal_end));
        window.open = window.until == open_end;
        if (!last && nominal_end < next) window.missing_after = scheduled_between(scheme, nominal_end, next);
    }
    return windows;
}

WindowLookup release_on(LabelScheme scheme, std::span<const ReleaseInfo> releases,
                        std::span<const ReleaseWindow> windows, Date day) {
    for (std::size_t i = releases.size(); i-- > 0;)
        if (windows[i].from <= day && day < windows[i].until) return {i, {}};
    return {std::nullopt, missing(scheduled_on(scheme, day))};
}

}  // namespace codeset
