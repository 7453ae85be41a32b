#include "codeset/core/release_windows.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace codeset {
namespace {

// Releases as the store orders them, each with the effective date its label gives.
std::vector<ReleaseInfo> stored(LabelScheme scheme, const std::vector<std::string>& labels) {
    std::vector<ReleaseInfo> releases;
    for (const std::string& text : labels) {
        const auto label = parse_version_label(scheme, text);
        EXPECT_TRUE(label) << text;
        releases.push_back({"system", label->to_string(), label->effective(), label->kind(), "test"});
    }
    return releases;
}

std::string missing_list(const ReleaseWindow& window) {
    std::string text;
    for (const MissingRelease& release : window.missing_after)
        text += (text.empty() ? "" : " ") + release.version + "@" + release.effective.to_string();
    return text;
}

// What a day resolves to: a stored label, or "missing FY2020".
std::string on(LabelScheme scheme, const std::vector<ReleaseInfo>& releases, Date day) {
    const auto windows = release_windows(scheme, releases);
    const WindowLookup found = release_on(scheme, releases, windows, day);
    return found.index ? releases[*found.index].version : "missing " + found.missing.version;
}

TEST(ScheduledOn, NamesTheReleaseTheCalendarPutsInForce) {
    EXPECT_EQ(scheduled_on(LabelScheme::fiscal, {2020, 6, 1}).to_string(), "FY2020");
    EXPECT_EQ(scheduled_on(LabelScheme::fiscal, {2019, 9, 30}).to_string(), "FY2019");
    EXPECT_EQ(scheduled_on(LabelScheme::fiscal, {2019, 10, 1}).to_string(), "FY2020");
    EXPECT_EQ(scheduled_on(LabelScheme::quarterly, {2018, 8, 15}).to_string(), "2018-07");
    EXPECT_EQ(scheduled_on(LabelScheme::quarterly, {2018, 12, 31}).to_string(), "2018-10");
    EXPECT_EQ(scheduled_on(LabelScheme::annual, {2026, 3, 1}).to_string(), "2026");
}

TEST(ScheduledBefore, NamesTheReleaseTheAddendaAreWrittenAgainst) {
    EXPECT_EQ(scheduled_before(LabelScheme::fiscal, {2020, 10, 1}).to_string(), "FY2020");
    EXPECT_EQ(scheduled_before(LabelScheme::fiscal, {2021, 1, 1}).to_string(), "FY2021");
    EXPECT_EQ(scheduled_before(LabelScheme::quarterly, {2018, 4, 1}).to_string(), "2018-01");
    EXPECT_EQ(scheduled_before(LabelScheme::quarterly, {2018, 1, 1}).to_string(), "2017-10");
    EXPECT_EQ(scheduled_before(LabelScheme::annual, {2026, 1, 1}).to_string(), "2025");
}

TEST(ReleaseWindows, FiscalOctoberReleasesFollowEachOther) {
    const auto releases = stored(LabelScheme::fiscal, {"FY2017", "FY2018"});
    const auto windows = release_windows(LabelScheme::fiscal, releases);
    ASSERT_EQ(windows.size(), 2U);
    EXPECT_EQ(windows[0].from, (Date{2016, 10, 1}));
    EXPECT_EQ(windows[0].until, (Date{2017, 10, 1}));
    EXPECT_TRUE(windows[0].missing_after.empty());
    EXPECT_EQ(windows[1].until, (Date{2018, 10, 1}));  // its nominal end: the next October
    EXPECT_TRUE(windows[1].missing_after.empty());     // nothing after the last is a gap
}

TEST(ReleaseWindows, AMidYearUpdateEndsItsOctoberReleaseWithoutAGap) {
    const auto releases = stored(LabelScheme::fiscal, {"FY2022", "FY2022-04", "FY2023"});
    const auto windows = release_windows(LabelScheme::fiscal, releases);
    EXPECT_EQ(windows[0].until, (Date{2022, 4, 1}));
    EXPECT_TRUE(windows[0].missing_after.empty());
    EXPECT_EQ(windows[1].from, (Date{2022, 4, 1}));
    EXPECT_EQ(windows[1].until, (Date{2022, 10, 1}));
    EXPECT_TRUE(windows[1].missing_after.empty());
}

TEST(ReleaseWindows, MissingOctoberReleasesAreAGap) {
    const auto releases = stored(LabelScheme::fiscal, {"FY2018", "FY2021-01"});
    const auto windows = release_windows(LabelScheme::fiscal, releases);
    EXPECT_EQ(windows[0].until, (Date{2018, 10, 1}));
    // FY2021-01 updates FY2021, which is missing as well.
    EXPECT_EQ(missing_list(windows[0]), "FY2019@2018-10-01 FY2020@2019-10-01 FY2021@2020-10-01");
    EXPECT_EQ(on(LabelScheme::fiscal, releases, {2018, 9, 30}), "FY2018");
    EXPECT_EQ(on(LabelScheme::fiscal, releases, {2020, 6, 1}), "missing FY2020");
    EXPECT_EQ(on(LabelScheme::fiscal, releases, {2020, 12, 31}), "missing FY2021");
    EXPECT_EQ(on(LabelScheme::fiscal, releases, {2021, 1, 1}), "FY2021-01");
    EXPECT_EQ(on(LabelScheme::fiscal, releases, {2021, 9, 30}), "FY2021-01");
    EXPECT_EQ(on(LabelScheme::fiscal, releases, {2021, 10, 1}), "missing FY2022");
    EXPECT_EQ(on(LabelScheme::fiscal, releases, {2017, 9, 30}), "missing FY2017");
}

TEST(ReleaseWindows, QuarterlyExpectsEveryQuarter) {
    const auto releases = stored(LabelScheme::quarterly, {"2018-01", "2018-04", "2018-10"});
    const auto windows = release_windows(LabelScheme::quarterly, releases);
    EXPECT_EQ(windows[0].until, (Date{2018, 4, 1}));
    EXPECT_TRUE(windows[0].missing_after.empty());
    EXPECT_EQ(windows[1].until, (Date{2018, 7, 1}));
    EXPECT_EQ(missing_list(windows[1]), "2018-07@2018-07-01");
    EXPECT_EQ(windows[2].until, (Date{2019, 1, 1}));
    EXPECT_EQ(on(LabelScheme::quarterly, releases, {2018, 8, 1}), "missing 2018-07");
}

TEST(ReleaseWindows, ACorrectionSupersedesItsReleaseTheDayItBegins) {
    const auto releases = stored(LabelScheme::quarterly, {"2018-01", "2018-01-c1", "2018-04"});
    const auto windows = release_windows(LabelScheme::quarterly, releases);
    EXPECT_EQ(windows[0].from, windows[0].until);
    EXPECT_TRUE(windows[0].missing_after.empty());
    EXPECT_EQ(on(LabelScheme::quarterly, releases, {2018, 2, 1}), "2018-01-c1");
}

TEST(ReleaseWindows, AnnualExpectsEveryJanuary) {
    const auto releases = stored(LabelScheme::annual, {"2024", "2026", "2026-07-er"});
    const auto windows = release_windows(LabelScheme::annual, releases);
    EXPECT_EQ(missing_list(windows[0]), "2025@2025-01-01");
    EXPECT_EQ(windows[1].until, (Date{2026, 7, 1}));
    EXPECT_TRUE(windows[1].missing_after.empty());
    EXPECT_EQ(windows[2].until, (Date{2027, 1, 1}));
}

TEST(ReleaseWindows, ALaterEffectiveDateNarrowsTheWindow) {
    // --effective moved FY2020 to November: October 2019 is in no window.
    std::vector<ReleaseInfo> releases = stored(LabelScheme::fiscal, {"FY2019", "FY2020"});
    releases[1].effective = {2019, 11, 1};
    EXPECT_EQ(on(LabelScheme::fiscal, releases, {2019, 10, 15}), "missing FY2020");
    EXPECT_EQ(on(LabelScheme::fiscal, releases, {2019, 11, 1}), "FY2020");
}

TEST(MissingRelease, DescribesItselfAsTheErrorsSay) {
    EXPECT_EQ((MissingRelease{"FY2019", {2018, 10, 1}}.describe()), "FY2019, in force from 2018-10-01");
}

}  // namespace
}  // namespace codeset
