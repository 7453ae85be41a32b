#include "common/code_check.hpp"
#include "common/fixed_width.hpp"
#include "common/text.hpp"
#include "icd10cm/icd10cm_order_importer.hpp"
#include "icd10pcs/icd10pcs_order_importer.hpp"

#include <gtest/gtest.h>

namespace codeset::importers {
namespace {

TEST(FixedWidth, ExtractsOneBasedInclusiveColumns) {
    const std::string_view line = "00048 A0472   1 Enterocolitis";
    EXPECT_EQ(columns(line, 1, 5), "00048");
    EXPECT_EQ(columns(line, 7, 13), "A0472  ");
    EXPECT_EQ(field(line, 7, 13), "A0472");
    EXPECT_EQ(column(line, 15), '1');
    EXPECT_EQ(field(line, 17), "Enterocolitis");
}

TEST(FixedWidth, ClipsFieldsToShortLines) {
    EXPECT_EQ(columns("abc", 2, 10), "bc");
    EXPECT_EQ(columns("abc", 4, 10), "");
    EXPECT_EQ(columns("abc", 0, 2), "");
    EXPECT_EQ(column("abc", 4), '\0');
    EXPECT_EQ(field("ab   ", 1, 5), "ab");
}

TEST(FixedWidth, TrimsBlanksAndTabs) {
    EXPECT_EQ(trim_right("a b \t "), "a b");
    EXPECT_EQ(trim_left(" \ta b"), "a b");
    EXPECT_EQ(trim("  x  "), "x");
    EXPECT_EQ(trim("   "), "");
}

TEST(Text, QuotesWhatWasFound) {
    EXPECT_EQ(quote_char('X'), "'X'");
    EXPECT_EQ(quote_char(' '), "a blank");
    EXPECT_EQ(quote_char('\t'), "'\\x09'");
    EXPECT_EQ(quote_char('\0'), "end of line");
    EXPECT_EQ(quote_text("A0-1"), "'A0-1'");
    EXPECT_EQ(quote_text("abcdef", 3), "'abc...'");
    EXPECT_EQ(quote_text("\xE9"), "'\\xE9'");
}

TEST(Text, KeepsValidUtf8AndConvertsWindows1252) {
    std::string ascii = "Guillain-Barre syndrome";
    EXPECT_FALSE(make_utf8(ascii));
    std::string utf8 = "Guillain-Barr\xC3\xA9 syndrome";
    EXPECT_FALSE(make_utf8(utf8));
    EXPECT_EQ(utf8, "Guillain-Barr\xC3\xA9 syndrome");
    std::string latin1 = "Guillain-Barr\xE9 syndrome \x96 \x93quoted\x94";
    EXPECT_TRUE(make_utf8(latin1));
    EXPECT_EQ(latin1, "Guillain-Barr\xC3\xA9 syndrome \xE2\x80\x93 \xE2\x80\x9Cquoted\xE2\x80\x9D");
    EXPECT_TRUE(is_valid_utf8(latin1));
    EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong
    EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));  // surrogate
    EXPECT_FALSE(is_valid_utf8("\xE2\x80"));      // truncated
}

TEST(CodeCheck, AcceptsIcd10CmCodes) {
    for (const char* code : {"A00", "A0472", "C4A", "S6290XA", "QA00101", "U071", "Z3A00"})
        EXPECT_FALSE(check_icd10cm_code(code)) << code;
}

TEST(CodeCheck, RefusesMalformedIcd10CmCodes) {
    EXPECT_EQ(check_icd10cm_code("A0")->offset, 0u);
    EXPECT_EQ(check_icd10cm_code("9000")->offset, 0u);
    EXPECT_EQ(check_icd10cm_code("A0-0")->offset, 2u);
    EXPECT_EQ(check_icd10cm_code("A0472XXX")->offset, 0u);
}

TEST(CodeCheck, AcceptsIcd10PcsCodesAndTableRows) {
    for (const char* code : {"001", "0016070", "X2A7358", "XW023X7", "6A4"})
        EXPECT_FALSE(check_icd10pcs_code(code)) << code;
}

TEST(CodeCheck, RefusesMalformedIcd10PcsCodes) {
    EXPECT_EQ(check_icd10pcs_code("00160")->offset, 0u);
    EXPECT_EQ(check_icd10pcs_code("00160O0")->offset, 5u);
    EXPECT_EQ(check_icd10pcs_code("0I16070")->offset, 1u);
    EXPECT_EQ(check_icd10pcs_code("00160-0")->offset, 5u);
}

TEST(CodeCheck, ReadsBlankPaddedCodeFields) {
    std::string code;
    EXPECT_FALSE(read_code_field("a0472  ", 7, &check_icd10cm_code, code));
    EXPECT_EQ(code, "A0472");
    const auto blanks = read_code_field("       ", 7, &check_icd10cm_code, code);
    ASSERT_TRUE(blanks);
    EXPECT_EQ(blanks->column, 7u);
    EXPECT_EQ(blanks->expected, "a code in columns 7-13, found blanks");
    const auto leading = read_code_field(" A000  ", 7, &check_icd10cm_code, code);
    ASSERT_TRUE(leading);
    EXPECT_EQ(leading->column, 7u);
    const auto inside = read_code_field("A0 00  ", 7, &check_icd10cm_code, code);
    ASSERT_TRUE(inside);
    EXPECT_EQ(inside->column, 9u);
    EXPECT_EQ(inside->expected, "a left-justified code without blanks in columns 7-13, found 'A0 00  '");
}

}  // namespace
}  // namespace codeset::importers
