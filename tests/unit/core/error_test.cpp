#include "codeset/core/error.hpp"

#include <gtest/gtest.h>

namespace codeset {
namespace {

TEST(ErrorCode, NamesEveryCode) {
    EXPECT_EQ(to_string(ErrorCode::io), "io");
    EXPECT_EQ(to_string(ErrorCode::parse), "parse");
    EXPECT_EQ(to_string(ErrorCode::schema), "schema");
    EXPECT_EQ(to_string(ErrorCode::not_found), "not_found");
    EXPECT_EQ(to_string(ErrorCode::conflict), "conflict");
    EXPECT_EQ(to_string(ErrorCode::unsupported), "unsupported");
    EXPECT_EQ(to_string(ErrorCode::usage), "usage");
}

TEST(Error, KeepsCodeAndMessage) {
    const Error error(ErrorCode::conflict, "release FY2026 already stored with other content");
    EXPECT_EQ(error.code(), ErrorCode::conflict);
    EXPECT_STREQ(error.what(), "release FY2026 already stored with other content");
}

TEST(Error, IsARuntimeError) {
    try {
        throw Error(ErrorCode::io, "x.zip: cannot open");
    } catch (const std::runtime_error& error) {
        EXPECT_STREQ(error.what(), "x.zip: cannot open");
        return;
    }
    FAIL() << "Error was not caught as std::runtime_error";
}

TEST(Location, FileOnly) {
    EXPECT_EQ((Location{"icd10cm-order-2026.txt", "", 0, 0}).to_string(), "icd10cm-order-2026.txt");
}

TEST(Location, FileAndMember) {
    EXPECT_EQ((Location{"release.zip", "icd10cm-order-2026.txt", 0, 0}).to_string(),
              "icd10cm-order-2026.txt in release.zip");
}

TEST(Location, FileMemberAndLine) {
    EXPECT_EQ((Location{"release.zip", "icd10cm-order-2026.txt", 12, 0}).to_string(),
              "icd10cm-order-2026.txt in release.zip, line 12");
}

TEST(Location, FileMemberLineAndColumn) {
    EXPECT_EQ((Location{"release.zip", "icd10cm-order-2026.txt", 12, 15}).to_string(),
              "icd10cm-order-2026.txt in release.zip, line 12, column 15");
}

TEST(Location, FileAndLineWithoutMember) {
    EXPECT_EQ((Location{"order.txt", "", 7, 0}).to_string(), "order.txt, line 7");
    EXPECT_EQ((Location{"order.txt", "", 7, 3}).to_string(), "order.txt, line 7, column 3");
}

TEST(Location, MemberEqualToFileIsNamedOnce) {
    EXPECT_EQ((Location{"order.txt", "order.txt", 2, 0}).to_string(), "order.txt, line 2");
}

TEST(Location, LargeLineNumbers) {
    EXPECT_EQ((Location{"f", "", 5000000000ull, 0}).to_string(), "f, line 5000000000");
}

TEST(ParseError, MessageIsLocationThenExpected) {
    const ParseError error(Location{"release.zip", "icd10cm-order-2026.txt", 12, 15}, "a billable flag 0 or 1");
    EXPECT_STREQ(error.what(), "icd10cm-order-2026.txt in release.zip, line 12, column 15: expected a billable flag 0 or 1");
    EXPECT_EQ(error.code(), ErrorCode::parse);
    EXPECT_EQ(error.where().file, "release.zip");
    EXPECT_EQ(error.where().member, "icd10cm-order-2026.txt");
    EXPECT_EQ(error.where().line, 12u);
    EXPECT_EQ(error.where().column, 15u);
}

TEST(ParseError, IsCaughtAsError) {
    try {
        throw ParseError(Location{"order.txt", "", 3, 0}, "a code of 3 to 7 characters");
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::parse);
        EXPECT_STREQ(error.what(), "order.txt, line 3: expected a code of 3 to 7 characters");
        return;
    }
    FAIL() << "ParseError was not caught as Error";
}

}  // namespace
}  // namespace codeset
