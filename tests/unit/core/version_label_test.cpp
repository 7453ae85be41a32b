#include "codeset/core/version_label.hpp"

#include <gtest/gtest.h>

namespace codeset {
namespace {

TEST(VersionLabel, FiscalLabelsAndTheirDates) {
    const auto october = parse_version_label(LabelScheme::fiscal, "FY2026");
    ASSERT_TRUE(october);
    EXPECT_EQ(october->to_string(), "FY2026");
    EXPECT_EQ(october->kind(), ReleaseKind::annual);
    EXPECT_EQ(october->effective(), (Date{2025, 10, 1}));
    EXPECT_EQ(october->next_scheduled(), (Date{2026, 10, 1}));

    const auto april = parse_version_label(LabelScheme::fiscal, "fy2023-04");
    ASSERT_TRUE(april);
    EXPECT_EQ(april->to_string(), "FY2023-04");
    EXPECT_EQ(april->kind(), ReleaseKind::april);
    EXPECT_EQ(april->effective(), (Date{2023, 4, 1}));

    const auto january = parse_version_label(LabelScheme::fiscal, "FY2021-01");
    ASSERT_TRUE(january);
    EXPECT_EQ(january->kind(), ReleaseKind::january);
    EXPECT_EQ(january->effective(), (Date{2021, 1, 1}));
}

TEST(VersionLabel, RefusesWhatIsNotALabelOfTheScheme) {
    for (const char* text : {"", "FY", "FY26", "FY-123", "FY2026-07", "FY2026x", "2026", "FY0000"})
        EXPECT_FALSE(parse_version_label(LabelScheme::fiscal, text)) << text;
    for (const char* text : {"FY2018", "2018-02", "2018-1", "2018-01-c", "2018-01-c0", "2018-01-x1", "+018"})
        EXPECT_FALSE(parse_version_label(LabelScheme::quarterly, text)) << text;
    for (const char* text : {"FY2026", "2026-07", "2026-13-er", "2026-00-er", "26"})
        EXPECT_FALSE(parse_version_label(LabelScheme::annual, text)) << text;
}

TEST(VersionLabel, QuarterlyLabelsHaveOneSpellingPerRelease) {
    // The annual HCPCS file is 2018-01 whether the user writes 2018 or 2018-01.
    EXPECT_EQ(parse_version_label(LabelScheme::quarterly, "2018"), parse_version_label(LabelScheme::quarterly, "2018-01"));
    EXPECT_EQ(parse_version_label(LabelScheme::quarterly, "2018")->to_string(), "2018-01");

    // As people name them: "CY2018" is the calendar-year file, "cy2018-04" its April update.
    EXPECT_EQ(parse_version_label(LabelScheme::quarterly, "CY2018"), parse_version_label(LabelScheme::quarterly, "2018-01"));
    EXPECT_EQ(parse_version_label(LabelScheme::quarterly, "cy2018-04")->to_string(), "2018-04");
    EXPECT_EQ(parse_version_label(LabelScheme::annual, "CY2026")->to_string(), "2026");
    for (const char* text : {"CY", "CY18", "CYFY2018", "CY 2018", "CY2018-02"})
        EXPECT_FALSE(parse_version_label(LabelScheme::quarterly, text)) << text;
    EXPECT_FALSE(parse_version_label(LabelScheme::fiscal, "CY2018"));

    const auto july = parse_version_label(LabelScheme::quarterly, "2018-07");
    ASSERT_TRUE(july);
    EXPECT_EQ(july->kind(), ReleaseKind::quarterly);
    EXPECT_EQ(july->effective(), (Date{2018, 7, 1}));
    EXPECT_EQ(july->next_scheduled(), (Date{2018, 10, 1}));
    EXPECT_EQ(parse_version_label(LabelScheme::quarterly, "2018-10")->next_scheduled(), (Date{2019, 1, 1}));

    const auto corrected = parse_version_label(LabelScheme::quarterly, "2018-01-C2");
    ASSERT_TRUE(corrected);
    EXPECT_EQ(corrected->to_string(), "2018-01-c2");
    EXPECT_EQ(corrected->kind(), ReleaseKind::correction);
    EXPECT_EQ(corrected->effective(), (Date{2018, 1, 1}));
}

TEST(VersionLabel, AnnualLabelsWithEarlyReleases) {
    const auto annual = parse_version_label(LabelScheme::annual, "2026");
    ASSERT_TRUE(annual);
    EXPECT_EQ(annual->kind(), ReleaseKind::annual);
    EXPECT_EQ(annual->effective(), (Date{2026, 1, 1}));
    EXPECT_EQ(annual->next_scheduled(), (Date{2027, 1, 1}));

    const auto early = parse_version_label(LabelScheme::annual, "2026-07-ER");
    ASSERT_TRUE(early);
    EXPECT_EQ(early->to_string(), "2026-07-er");
    EXPECT_EQ(early->kind(), ReleaseKind::quarterly);
    EXPECT_EQ(early->effective(), (Date{2026, 7, 1}));
}

TEST(VersionLabel, WritesWhatItReads) {
    const std::pair<LabelScheme, const char*> labels[] = {
        {LabelScheme::fiscal, "FY2016"},      {LabelScheme::fiscal, "FY2024-04"}, {LabelScheme::quarterly, "2020-04"},
        {LabelScheme::quarterly, "2018-01-c1"}, {LabelScheme::annual, "2025"},      {LabelScheme::annual, "2025-01-er"}};
    for (const auto& [scheme, text] : labels) EXPECT_EQ(parse_version_label(scheme, text)->to_string(), text);
}

TEST(VersionLabel, UpdatesAreTheLabelsALaterPublicationOfThePeriodTakes) {
    auto texts = [](const VersionLabel& label) {
        std::string out;
        for (const VersionLabel& update : label.updates()) out += (out.empty() ? "" : " ") + update.to_string();
        return out;
    };
    EXPECT_EQ(texts(VersionLabel::fiscal(2022)), "FY2022-04 FY2022-01");
    EXPECT_EQ(texts(VersionLabel::fiscal(2022, ReleaseKind::april)), "");
    EXPECT_EQ(texts(VersionLabel::quarterly(2018, 1)), "2018-01-c1");
    EXPECT_EQ(texts(VersionLabel::quarterly(2018, 1, 2)), "2018-01-c3");
    EXPECT_EQ(texts(VersionLabel::annual(2026)), "");
}

}  // namespace
}  // namespace codeset
