// The xlsx reader on invented workbooks: shared and inline strings, rich text, gaps between
// cells, numbers and booleans, and the hostile or broken ones it must refuse with a clear error.
#include "xlsx/workbook_reader.hpp"
#include "workbook_support.hpp"

#include "codeset/core/error.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace codeset::test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

struct Row {
    std::uint64_t number;
    std::vector<std::string> cells;
};

class WorkbookReaderTest : public ::testing::Test {
protected:
    void SetUp() override { m_dir = scratch_dir("xlsx"); }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    std::vector<Row> rows_of(const Workbook& book, xlsx::Limits limits = {}) {
        auto source = Source::open(write_workbook(m_dir, "book.xlsx", book));
        xlsx::WorkbookReader reader(*source, limits);
        std::vector<Row> rows;
        reader.read_rows([&](std::uint64_t number, const std::vector<std::string>& cells) {
            rows.push_back({number, cells});
        });
        return rows;
    }

    // The message of the ParseError reading `book` throws.
    std::string error_of(const Workbook& book, xlsx::Limits limits = {}) {
        return parse_error_of([&] { rows_of(book, limits); });
    }

    std::filesystem::path m_dir;
};

TEST_F(WorkbookReaderTest, ReadsSharedInlineNumberAndBooleanCellsWithGaps) {
    Workbook book;
    book.shared = shared_strings_xml({"<t>Current code assignment</t>",
                                      // rich text: runs joined, the phonetic guide left out
                                      "<r><t>S</t></r><r><rPr><sz val=\"11\"/></rPr><t>06.1XA</t></r>"
                                      "<rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh>",
                                      R"(<t xml:space="preserve">C44.1121  </t>)"});
    book.sheet =
        sheet_xml(R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>inline</t></is></c></row>)"
                  R"(<row r="3"><c r="B3" t="s"><v>1</v></c><c r="D3"><v>45017</v></c></row>)"
                  R"(<row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="b"><v>0</v></c>)"
                  R"(<c r="C4" t="s"><v>2</v></c><c r="D4" s="3"/></row>)"
                  R"(<row><c t="str"><f>A1</f><v>cached</v></c></row>)");
    const auto rows = rows_of(book);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].number, 1u);
    EXPECT_THAT(rows[0].cells, ElementsAre("Current code assignment", "", "inline"));
    EXPECT_EQ(rows[1].number, 3u);
    EXPECT_THAT(rows[1].cells, ElementsAre("", "S06.1XA", "", "45017"));
    EXPECT_THAT(rows[2].cells, ElementsAre("TRUE", "FALSE", "C44.1121  ", ""));
    EXPECT_EQ(rows[3].number, 5u);  // a row without r follows the one before
    EXPECT_THAT(rows[3].cells, ElementsAre("cached"));
}

TEST_F(WorkbookReaderTest, ReadsAWorkbookWithoutSharedStrings) {
    Workbook book;
    book.rels = workbook_rels(false);
    book.with_shared = false;
    book.sheet = sheet_xml(R"(<row r="2"><c r="B2" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c></row>)");
    const auto rows = rows_of(book);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_THAT(rows[0].cells, ElementsAre("", "ab"));
}

TEST_F(WorkbookReaderTest, NamesTheFirstSheet) {
    Workbook book;
    book.workbook = workbook_xml("Conversion FY26");
    auto source = Source::open(write_workbook(m_dir, "named.xlsx", book));
    xlsx::WorkbookReader reader(*source);
    EXPECT_EQ(reader.sheet_name(), "Conversion FY26");
    EXPECT_EQ(reader.sheet_member(), "xl/worksheets/sheet1.xml");
}

TEST(CellReference, ReadsColumnsAndRows) {
    std::uint64_t column = 0, row = 0;
    ASSERT_TRUE(xlsx::parse_cell_reference("A1", column, row));
    EXPECT_EQ(column, 0u);
    EXPECT_EQ(row, 1u);
    ASSERT_TRUE(xlsx::parse_cell_reference("AB12", column, row));
    EXPECT_EQ(column, 27u);
    EXPECT_EQ(row, 12u);
    ASSERT_TRUE(xlsx::parse_cell_reference("XFD1048576", column, row));
    EXPECT_EQ(column, 16383u);
    EXPECT_FALSE(xlsx::parse_cell_reference("12", column, row));
    EXPECT_FALSE(xlsx::parse_cell_reference("A0", column, row));
    EXPECT_FALSE(xlsx::parse_cell_reference("a1", column, row));
    EXPECT_FALSE(xlsx::parse_cell_reference("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1", column, row));
}

TEST_F(WorkbookReaderTest, RefusesAbsurdCellReferences) {
    Workbook book;
    book.sheet = sheet_xml(R"(<row r="1"><c r="XFD9999999"><v>1</v></c></row>)");
    const std::string message = error_of(book);
    EXPECT_THAT(message, HasSubstr("xl/worksheets/sheet1.xml in "));
    EXPECT_THAT(message, HasSubstr("book.xlsx, line 1"));
    EXPECT_THAT(message, HasSubstr("found 'XFD9999999'"));

    book.sheet = sheet_xml(R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)");
    EXPECT_THAT(error_of(book), HasSubstr("within column XFD, found 'XFE1'"));
    book.sheet = sheet_xml(R"(<row r="1"><c r="ZZZZZZZZZZ1"><v>1</v></c></row>)");
    EXPECT_THAT(error_of(book), HasSubstr("a cell reference such as B12, found 'ZZZZZZZZZZ1'"));
    book.sheet = sheet_xml(R"(<row r="9999999"><c><v>1</v></c></row>)");
    EXPECT_THAT(error_of(book), HasSubstr("within row 1048576, found row 9999999"));
    book.sheet = sheet_xml(R"(<row r="2"><c r="B2"><v>1</v></c><c r="A2"><v>2</v></c></row>)");
    EXPECT_THAT(error_of(book), HasSubstr("cells of row 2 in order"));
    book.sheet = sheet_xml(R"(<row r="2"/><row r="2"/>)");
    EXPECT_THAT(error_of(book), HasSubstr("found row 2 after row 2"));
}

TEST_F(WorkbookReaderTest, CapsTheSharedStringTableAndTheRow) {
    Workbook book;
    book.shared = shared_strings_xml({"<t>one</t>", "<t>two</t>", "<t>three</t>"});
    EXPECT_THAT(error_of(book, xlsx::Limits{.max_shared_strings = 2}), HasSubstr("at most 2 shared strings"));
    EXPECT_THAT(error_of(book, xlsx::Limits{.max_shared_string_bytes = 8}),
                HasSubstr("shared strings of at most 8 bytes"));
    book.sheet = sheet_xml(R"(<row r="1"><c t="s"><v>2</v></c><c t="s"><v>2</v></c></row>)");
    EXPECT_THAT(error_of(book, xlsx::Limits{.max_row_bytes = 8}), HasSubstr("a row of at most 8 bytes"));
    book.sheet = sheet_xml(R"(<row r="1"><c r="A1" t="s"><v>3</v></c></row>)");
    EXPECT_THAT(error_of(book), HasSubstr("a shared-string index below 3, found '3'"));
    book.sheet = sheet_xml(R"(<row r="1"><c r="A1" t="b"><v>yes</v></c></row>)");
    EXPECT_THAT(error_of(book), HasSubstr("a boolean 0 or 1, found 'yes'"));
}

TEST_F(WorkbookReaderTest, RefusesEntityDeclarations) {
    Workbook book;
    book.shared = R"(<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">]>)"
                  R"(<sst xmlns=")" +
                  spreadsheet_ns + R"("><si><t>&a;</t></si></sst>)";
    const std::string message = error_of(book);
    EXPECT_THAT(message, HasSubstr("xl/sharedStrings.xml in "));
    EXPECT_THAT(message, HasSubstr("book.xlsx"));
    book.shared = shared_strings_xml({});
    book.sheet = R"(<?xml version="1.0"?><!DOCTYPE worksheet SYSTEM "file:///etc/passwd"><worksheet/>)";
    EXPECT_THAT(error_of(book), HasSubstr("xl/worksheets/sheet1.xml in "));
}

TEST_F(WorkbookReaderTest, RefusesAMissingSheetOrWorkbookPart) {
    Workbook book;
    book.with_sheet = false;
    EXPECT_THAT(error_of(book), HasSubstr("its sheet 'Sheet1' (member xl/worksheets/sheet1.xml), found none"));

    book = Workbook{};
    book.workbook = R"(<workbook xmlns=")" + spreadsheet_ns + R"("><sheets/></workbook>)";
    EXPECT_THAT(error_of(book), HasSubstr("a <sheet> in the workbook, found none"));

    book = Workbook{};
    book.rels = R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>)";
    EXPECT_THAT(error_of(book), HasSubstr("a relationship rId1 naming the first sheet 'Sheet1'"));

    book = Workbook{};
    book.sheet = sheet_xml(R"(<row r="1"><c r="A1"><v>1</v></row>)");
    EXPECT_THAT(error_of(book), HasSubstr("xl/worksheets/sheet1.xml in "));

    // A zip that is no workbook at all.
    const auto path = m_dir / "plain.zip";
    std::ofstream(path, std::ios::binary) << zip_of({stored_entry("readme.txt", "hello")});
    auto source = Source::open(path);
    EXPECT_THAT(
        parse_error_of([&] { xlsx::WorkbookReader reader(*source); }),
        HasSubstr("plain.zip: expected an .xlsx workbook with its workbook (member xl/workbook.xml), found none"));
}

}  // namespace
}  // namespace codeset::test
