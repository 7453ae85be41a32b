#include "codeset/core/release_info.hpp"
#include "codeset/core/version_label.hpp"

#include <gtest/gtest.h>

namespace codeset {
namespace {

TEST(ReleaseKind, RoundTripsThroughText) {
    for (auto kind : {ReleaseKind::annual, ReleaseKind::january, ReleaseKind::april, ReleaseKind::quarterly,
                      ReleaseKind::correction}) {
        const auto parsed = parse_release_kind(to_string(kind));
        ASSERT_TRUE(parsed.has_value()) << to_string(kind);
        EXPECT_EQ(*parsed, kind);
    }
}

TEST(ReleaseKind, Names) {
    EXPECT_EQ(to_string(ReleaseKind::annual), "annual");
    EXPECT_EQ(to_string(ReleaseKind::january), "january");
    EXPECT_EQ(to_string(ReleaseKind::april), "april");
    EXPECT_EQ(to_string(ReleaseKind::quarterly), "quarterly");
    EXPECT_EQ(to_string(ReleaseKind::correction), "correction");
}

TEST(ReleaseKind, UnknownTextIsRejected) {
    EXPECT_FALSE(parse_release_kind(""));
    EXPECT_FALSE(parse_release_kind("yearly"));
    EXPECT_FALSE(parse_release_kind("annual "));
}

// The fiscal-year labels of ICD-10-CM and ICD-10-PCS, read with the one label grammar.
std::optional<VersionLabel> fiscal(std::string_view text) { return parse_version_label(LabelScheme::fiscal, text); }

TEST(FiscalVersionLabel, AnnualTakesEffectOnFirstOfOctoberBefore) {
    const auto label = fiscal("FY2026");
    ASSERT_TRUE(label.has_value());
    EXPECT_EQ(label->year, 2026);
    EXPECT_EQ(label->kind(), ReleaseKind::annual);
    EXPECT_EQ(label->effective(), (Date{2025, 10, 1}));
    EXPECT_EQ(label->to_string(), "FY2026");
}

TEST(FiscalVersionLabel, AprilUpdateTakesEffectOnFirstOfApril) {
    const auto label = fiscal("FY2023-04");
    ASSERT_TRUE(label.has_value());
    EXPECT_EQ(label->year, 2023);
    EXPECT_EQ(label->kind(), ReleaseKind::april);
    EXPECT_EQ(label->effective(), (Date{2023, 4, 1}));
    EXPECT_EQ(label->to_string(), "FY2023-04");
}

TEST(FiscalVersionLabel, JanuaryUpdateTakesEffectOnFirstOfJanuary) {
    const auto label = fiscal("FY2021-01");
    ASSERT_TRUE(label.has_value());
    EXPECT_EQ(label->year, 2021);
    EXPECT_EQ(label->kind(), ReleaseKind::january);
    EXPECT_EQ(label->effective(), (Date{2021, 1, 1}));
    EXPECT_EQ(label->to_string(), "FY2021-01");
}

TEST(FiscalVersionLabel, LowerCasePrefixIsAcceptedAndWrittenUpperCase) {
    const auto label = fiscal("fy2024");
    ASSERT_TRUE(label.has_value());
    EXPECT_EQ(label->to_string(), "FY2024");
}

TEST(FiscalVersionLabel, RoundTripsThroughText) {
    for (const char* text : {"FY2019", "FY2020-01", "FY2024-04", "FY2030"}) {
        const auto label = fiscal(text);
        ASSERT_TRUE(label.has_value()) << text;
        EXPECT_EQ(label->to_string(), text);
    }
}

TEST(FiscalVersionLabel, EffectiveDatesAreValidDates) {
    for (const char* text : {"FY2016", "FY2021-01", "FY2023-04"}) {
        const Date date = fiscal(text)->effective();
        EXPECT_TRUE(Date::valid(date.year, date.month, date.day)) << text << " -> " << date.to_string();
    }
}

TEST(FiscalVersionLabel, GarbageIsRejected) {
    for (const char* text : {"", "FY", "FY20", "FY202", "2026", "FY2026-", "FY2026-1", "FY2026-02", "FY2026-10",
                             "FY2026 ", " FY2026", "FY20a6", "FYabcd", "XX2026", "FY2026-04-01", "FY2026-041",
                             "FY 2026"}) {
        EXPECT_FALSE(fiscal(text).has_value()) << '"' << text << '"';
    }
}

TEST(FiscalVersionLabel, SignedOrOutOfRangeYearsAreRejected) {
    // from_chars accepts a leading minus sign: "FY-123" must not become fiscal year -123.
    EXPECT_FALSE(fiscal("FY-123").has_value());
    EXPECT_FALSE(fiscal("FY-001-04").has_value());
    EXPECT_FALSE(fiscal("FY+202").has_value());
    // Fiscal year 0000 would take effect in year -1: not a date codeset can store.
    EXPECT_FALSE(fiscal("FY0000").has_value());
    // Nor is a label of another scheme.
    EXPECT_FALSE(fiscal("2018-04").has_value());
    EXPECT_FALSE(fiscal("2026-07-er").has_value());
}

}  // namespace
}  // namespace codeset
