#include "codeset/core/date.hpp"

#include <gtest/gtest.h>

namespace codeset {
namespace {

TEST(Date, ParsesIsoForm) {
    const auto date = Date::parse("2025-10-01");
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(date->year, 2025);
    EXPECT_EQ(date->month, 10);
    EXPECT_EQ(date->day, 1);
}

TEST(Date, ParsesCompactForm) {
    const auto date = Date::parse("20231231");
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(*date, (Date{2023, 12, 31}));
}

TEST(Date, BothFormsGiveTheSameDate) {
    EXPECT_EQ(Date::parse("2024-04-01"), Date::parse("20240401"));
}

TEST(Date, AcceptsLeapDayOfLeapYears) {
    EXPECT_EQ(Date::parse("2024-02-29"), (Date{2024, 2, 29}));
    EXPECT_EQ(Date::parse("2000-02-29"), (Date{2000, 2, 29}));  // divisible by 400
}

TEST(Date, RejectsImpossibleDays) {
    EXPECT_FALSE(Date::parse("2025-02-30"));
    EXPECT_FALSE(Date::parse("2023-02-29"));  // not a leap year
    EXPECT_FALSE(Date::parse("2100-02-29"));  // divisible by 100, not by 400
    EXPECT_FALSE(Date::parse("2025-04-31"));
    EXPECT_FALSE(Date::parse("2025-01-32"));
    EXPECT_FALSE(Date::parse("2025-01-00"));
}

TEST(Date, RejectsImpossibleMonths) {
    EXPECT_FALSE(Date::parse("2025-13-01"));
    EXPECT_FALSE(Date::parse("2025-00-10"));
    EXPECT_FALSE(Date::parse("20251301"));
}

TEST(Date, RejectsMalformedText) {
    EXPECT_FALSE(Date::parse(""));
    EXPECT_FALSE(Date::parse("2025-1-01"));
    EXPECT_FALSE(Date::parse("2025/10/01"));
    EXPECT_FALSE(Date::parse("2025-10-01 "));
    EXPECT_FALSE(Date::parse(" 2025-10-01"));
    EXPECT_FALSE(Date::parse("2025-1a-01"));
    EXPECT_FALSE(Date::parse("202510011"));
    EXPECT_FALSE(Date::parse("2025-+1-01"));
    EXPECT_FALSE(Date::parse("2025100-"));
}

TEST(Date, ValidChecksDaysPerMonth) {
    EXPECT_TRUE(Date::valid(2025, 1, 31));
    EXPECT_TRUE(Date::valid(2025, 12, 31));
    EXPECT_TRUE(Date::valid(2025, 6, 30));
    EXPECT_FALSE(Date::valid(2025, 6, 31));
    EXPECT_FALSE(Date::valid(2025, 2, 29));
    EXPECT_TRUE(Date::valid(2028, 2, 29));
    EXPECT_FALSE(Date::valid(2025, 0, 1));
    EXPECT_FALSE(Date::valid(2025, 13, 1));
    EXPECT_FALSE(Date::valid(2025, 1, 0));
    EXPECT_FALSE(Date::valid(2025, 1, -1));
}

TEST(Date, FormatsAsIsoWithZeroPadding) {
    EXPECT_EQ((Date{2025, 10, 1}).to_string(), "2025-10-01");
    EXPECT_EQ((Date{2021, 1, 9}).to_string(), "2021-01-09");
}

TEST(Date, FormatParseRoundTrip) {
    const Date date{2024, 2, 29};
    EXPECT_EQ(Date::parse(date.to_string()), date);
}

TEST(Date, ComparesByYearThenMonthThenDay) {
    const Date a{2024, 12, 31};
    const Date b{2025, 1, 1};
    const Date c{2025, 1, 2};
    const Date d{2025, 2, 1};
    EXPECT_LT(a, b);
    EXPECT_LT(b, c);
    EXPECT_LT(c, d);
    EXPECT_GT(d, a);
    EXPECT_EQ(b, (Date{2025, 1, 1}));
    EXPECT_NE(b, c);
    EXPECT_LE(b, b);
    EXPECT_GE(b, b);
}

TEST(Date, TodayIsAValidDate) {
    const Date today = Date::today();
    EXPECT_TRUE(Date::valid(today.year, today.month, today.day)) << today.to_string();
    EXPECT_GE(today, (Date{2025, 1, 1}));
}

}  // namespace
}  // namespace codeset
