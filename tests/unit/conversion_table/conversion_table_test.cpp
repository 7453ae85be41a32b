// The NCHS ICD-10-CM conversion-table parser: invented tables in both forms (.xlsx and .csv with
// a preamble), the previous-code cells as CDC writes them, malformed rows, and CDC's own FY2022
// to FY2026 tables when ../shared/data is present.
#include "icd10cm/conversion_table.hpp"
#include "workbook_support.hpp"

#include "codeset/core/error.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace codeset::test {
namespace {

using importers::icd10cm::ConversionRow;
using importers::icd10cm::ConversionTable;
using importers::icd10cm::parse_previous_codes;
using importers::icd10cm::PreviousCodes;
using importers::icd10cm::read_conversion_table;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using Kind = PreviousCodes::Kind;

PreviousCodes code(const std::string& stored) { return {Kind::code, stored, stored}; }
PreviousCodes range(const std::string& first, const std::string& last) { return {Kind::range, first, last}; }
PreviousCodes categories(const std::string& first, const std::string& last) { return {Kind::categories, first, last}; }

// A row of inline-string cells (A, B, C, ... in order; an empty text leaves a gap).
std::string inline_row(int number, const std::vector<std::string>& cells) {
    std::string xml = "<row r=\"" + std::to_string(number) + "\">";
    for (std::size_t column = 0; column < cells.size(); ++column) {
        if (cells[column].empty()) continue;
        xml += "<c r=\"" + std::string(1, char('A' + column)) + std::to_string(number) + "\" t=\"inlineStr\"><is><t>" +
               cells[column] + "</t></is></c>";
    }
    return xml + "</row>";
}

std::string title_row() {
    return inline_row(1, {"This FY 2031 (October 1, 2030 Update) Conversion Table includes the new codes."});
}
std::string header_row(int number = 2) {
    return inline_row(number, {"Current code assignment", "Effective October 1", "Previous Code(s) Assignment"});
}

class ConversionTableTest : public ::testing::Test {
protected:
    void SetUp() override { m_dir = scratch_dir("conversion"); }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    ConversionTable table_of_sheet(const std::string& rows) {
        Workbook book;
        book.sheet = sheet_xml(rows);
        return read_conversion_table(*Source::open(write_workbook(m_dir, "table.xlsx", book)));
    }
    ConversionTable table_of_csv(const std::string& text) {
        const auto path = m_dir / "table.csv";
        std::ofstream(path, std::ios::binary) << text;
        return read_conversion_table(*Source::open(path));
    }
    std::string sheet_error(const std::string& rows) {
        return parse_error_of([&] { table_of_sheet(rows); });
    }

    std::filesystem::path m_dir;
};

TEST(PreviousCodes, ReadsTheSeparatorsAndRangesCdcWrites) {
    EXPECT_THAT(parse_previous_codes("A04.7"), ElementsAre(code("A047")));
    EXPECT_THAT(parse_previous_codes(" T40.7X4A "), ElementsAre(code("T407X4A")));
    EXPECT_TRUE(parse_previous_codes("None").empty());
    EXPECT_THAT(parse_previous_codes("S72.8X1S, S72.8X2S, S72.8X9S"),
                ElementsAre(code("S728X1S"), code("S728X2S"), code("S728X9S")));
    EXPECT_THAT(parse_previous_codes("H02.101-H02.106; H02.109"),
                ElementsAre(range("H02101", "H02106"), code("H02109")));
    EXPECT_THAT(parse_previous_codes("M96.89 & Y84.8"), ElementsAre(code("M9689"), code("Y848")));
    EXPECT_THAT(parse_previous_codes("I63.011 AND I63.012"), ElementsAre(code("I63011"), code("I63012")));
    EXPECT_THAT(parse_previous_codes("I63.- and P91.88"), ElementsAre(categories("I63", "I63"), code("P9188")));
    EXPECT_THAT(parse_previous_codes("Codes in Categories T15-T19"), ElementsAre(categories("T15", "T19")));
    EXPECT_THAT(parse_previous_codes("K59.09 AND Code from categories T36-T50"),
                ElementsAre(code("K5909"), categories("T36", "T50")));
    EXPECT_THAT(parse_previous_codes("I10-I15.9"), ElementsAre(range("I10", "I159")));
    EXPECT_THAT(parse_previous_codes("K31.89 and a code from R11-"),
                ElementsAre(code("K3189"), categories("R11", "R11")));
    EXPECT_THAT(parse_previous_codes("G11.8 and E23.0 and K00.0"),
                ElementsAre(code("G118"), code("E230"), code("K000")));

    EXPECT_THROW(parse_previous_codes("A04.7 or so"), std::invalid_argument);
    EXPECT_THROW(parse_previous_codes("A04.7,,A04.8"), std::invalid_argument);
    EXPECT_THROW(parse_previous_codes("H35.23-H35.20"), std::invalid_argument);  // a range backwards
    EXPECT_THROW(parse_previous_codes("Codes in Categories T15.1-T19"), std::invalid_argument);
}

TEST_F(ConversionTableTest, ReadsAnInventedWorkbook) {
    const ConversionTable table =
        table_of_sheet(title_row() + header_row() + inline_row(3, {"A04.71", "2016", "A04.7"}) +
                       // a number cell, an Excel date serial (2023-04-01, an April update: FY2023)
                       R"(<row r="4"><c r="A4" t="inlineStr"><is><t>T74.A1XA</t></is></c><c r="B4"><v>45017</v></c>)"
                       R"(<c r="C4" t="inlineStr"><is><t>T74.91XA</t></is></c></row>)" +
                       inline_row(5, {"M04.8 ", "2029", "None"}) + inline_row(7, {"X99.12", "2030", "X99.1, X99.2"}) +
                       inline_row(9, {"* Footnote: codes effective October 1, 2030 are new this year."}));
    EXPECT_EQ(table.fiscal_year, 2031);
    ASSERT_EQ(table.rows.size(), 4u);
    const ConversionRow& first = table.rows[0];
    EXPECT_EQ(first.row, 3u);
    EXPECT_EQ(first.code, "A0471");
    EXPECT_EQ(first.effective.to_string(), "2016-10-01");
    EXPECT_EQ(first.fiscal_year, 2017);
    EXPECT_THAT(first.previous, ElementsAre(code("A047")));
    EXPECT_EQ(table.rows[1].effective.to_string(), "2023-04-01");
    EXPECT_EQ(table.rows[1].fiscal_year, 2023);
    EXPECT_EQ(table.rows[2].code, "M048");
    EXPECT_TRUE(table.rows[2].previous.empty());
    EXPECT_EQ(table.rows[2].previous_text, "None");
    EXPECT_EQ(table.rows[3].fiscal_year, 2031);
    EXPECT_THAT(table.rows[3].previous, ElementsAre(code("X991"), code("X992")));
}

TEST_F(ConversionTableTest, TakesTheFiscalYearFromTheNewestRowWithoutATitle) {
    const ConversionTable table = table_of_sheet(header_row(1) + inline_row(2, {"A04.71", "2016", "A04.7"}) +
                                                 inline_row(3, {"X99.12", "2027", "X99.1"}));
    EXPECT_EQ(table.fiscal_year, 2028);
}

TEST_F(ConversionTableTest, ReadsAnInventedCsvWithAPreamble) {
    const ConversionTable table = table_of_csv(
        "\"The FY 2031 (October 1, 2030 Update) Conversion Table includes the new codes,\n"
        "and is provided to assist users in data retrieval.\",,\r\n"
        ",,\r\n"
        "Current code assignment,Effective October 1,Previous Code(s) Assignment\r\n"
        "A04.71,2016,A04.7\r\n"
        "T74.A1XA,4/1/2023,T74.91XA\r\n"
        "S72.8X1S,2029,\"S72.8X1S, S72.8X2S\"\r\n"
        ",,\r\n"
        "\"Note: \"\"None\"\" means the code had no previous assignment.\",,\r\n");
    EXPECT_EQ(table.fiscal_year, 2031);
    ASSERT_EQ(table.rows.size(), 3u);
    EXPECT_EQ(table.rows[0].row, 5u);  // the first record spans two lines
    EXPECT_EQ(table.rows[0].code, "A0471");
    EXPECT_EQ(table.rows[1].effective.to_string(), "2023-04-01");
    EXPECT_THAT(table.rows[2].previous, ElementsAre(code("S728X1S"), code("S728X2S")));
}

TEST_F(ConversionTableTest, RefusesMalformedRowsNamingTheCell) {
    const std::string rows = title_row() + header_row() + inline_row(3, {"A04.71", "2016", "A04.7"});
    EXPECT_THAT(sheet_error(rows + inline_row(4, {"A04.72", "soon", "A04.7"})),
                HasSubstr("sheet 'Sheet1' (xl/worksheets/sheet1.xml) in "));
    EXPECT_THAT(sheet_error(rows + inline_row(4, {"A04.72", "soon", "A04.7"})),
                HasSubstr("table.xlsx: expected in cell B4 an effective year such as 2016 or a date, found 'soon'"));
    EXPECT_THAT(sheet_error(rows + inline_row(4, {"A04.72", "2016", "A04.7 or so"})),
                HasSubstr("in cell C4 previous codes such as A04.7, H35.20-H35.23 or None (could not read "
                          "'A04.7 or so'), found 'A04.7 or so'"));
    EXPECT_THAT(sheet_error(rows + inline_row(4, {"A04.72", "2016"})),
                HasSubstr("in cell C4 previous codes such as A04.7, H35.20-H35.23 or None, found an empty cell"));
    EXPECT_THAT(sheet_error(rows + inline_row(4, {"not a code", "2016", "A04.7"})),
                HasSubstr("in cell A4 a current code such as A04.71, found 'not a code'"));
    EXPECT_THAT(sheet_error(rows + inline_row(4, {"", "2016", "A04.7"})),
                HasSubstr("in cell A4 a current code such as A04.71, found an empty cell"));
    EXPECT_THAT(sheet_error(inline_row(1, {"A04.71", "2016", "A04.7"})),
                HasSubstr("expected a header row 'Current code assignment'"));
    EXPECT_THAT(sheet_error(title_row() + header_row()), HasSubstr("conversion rows under the header, found none"));
    EXPECT_THAT(sheet_error(title_row() + header_row() + inline_row(3, {"X99.12", "2031", "X99.1"})),
                HasSubstr("rows effective no later than the title's FY 2031, found a row effective in FY 2032"));

    const auto path = m_dir / "bad.csv";
    std::ofstream(path, std::ios::binary) << "Current code assignment,Effective,Previous Code(s) Assignment\n"
                                          << "A04.71,2016,A04.7\nA04.72,2016,\"A04.7\n";
    const std::string message = parse_error_of([&] { read_conversion_table(*Source::open(path)); });
    EXPECT_THAT(message, HasSubstr("bad.csv, line 3"));
    EXPECT_THAT(message, HasSubstr("a closing double quote"));
}

// CDC's tables, as downloaded. The facts below were read off the files with unzip and an XML
// viewer: the rows under the header, rows new in the table's own year (CDC's count of new codes),
// and particular rows at the sheet row they sit on.
struct RealTable {
    const char* file;
    int fiscal_year;
    std::size_t rows;
    std::size_t new_rows;
};

const RealTable real_tables[] = {
    {"ICD-10-CM-Conversion-Table-FY2022-Effective-10-1-2021-updated-08-24-2021.xlsx", 2022, 3537, 159},
    {"ICD-10-CM-Conversion-Table-FY2023-Effective-10-01-2022.xlsx", 2023, 4716, 1176},
    {"ICD-10-CM-Conversion-Table-FY2024-Effective-10-01-2023-Final (updated 9-21-2023).xlsx", 2024, 5153, 395},
    {"icd-10-cm-conversion-table-FY2025.xlsx", 2025, 5405, 252},
    {"ICD-10-CM-CONVERSION-TABLE-FY2026.xlsx", 2026, 5892, 487},
};

ConversionTable read_real(const std::string& file) {
    return read_conversion_table(*Source::open(shared_data() / "icd10cm" / file));
}

const ConversionRow& row_at(const ConversionTable& table, std::uint64_t row) {
    for (const ConversionRow& mapping : table.rows)
        if (mapping.row == row) return mapping;
    throw std::out_of_range("no mapping at row " + std::to_string(row));
}

TEST(ConversionTableRealData, EveryTableReadsWithItsYearAndRowCount) {
    CODESET_REQUIRE_SHARED_DATA();
    std::string missing;
    for (const RealTable& real : real_tables) {
        const auto path = shared_data() / "icd10cm" / real.file;
        if (!std::filesystem::exists(path)) {
            missing += std::string(" ") + real.file;
            continue;
        }
        const ConversionTable table = read_real(real.file);
        EXPECT_EQ(table.fiscal_year, real.fiscal_year) << real.file;
        EXPECT_EQ(table.rows.size(), real.rows) << real.file;
        const auto new_rows = std::count_if(table.rows.begin(), table.rows.end(), [&](const ConversionRow& row) {
            return row.fiscal_year == real.fiscal_year;
        });
        EXPECT_EQ(std::size_t(new_rows), real.new_rows) << real.file;
        // Cumulative: the first mapping of every table is A04.71, new on October 1, 2017 (FY2018).
        ASSERT_FALSE(table.rows.empty());
        EXPECT_EQ(table.rows.front().code, "A0471") << real.file;
        EXPECT_EQ(table.rows.front().row, 3u) << real.file;
        EXPECT_EQ(table.rows.front().fiscal_year, 2018) << real.file;
    }
    if (!missing.empty()) GTEST_SKIP() << "conversion tables not in the shared data, not checked:" << missing;
}

TEST(ConversionTableRealData, Fy2026RowsAsCdcWroteThem) {
    CODESET_REQUIRE_SHARED_DATA();
    const ConversionTable table = read_real("ICD-10-CM-CONVERSION-TABLE-FY2026.xlsx");
    // Row 4695: U07.1 (COVID-19), April 1, 2020 (Excel date 43922), previously B97.29.
    const ConversionRow& covid = row_at(table, 4695);
    EXPECT_EQ(covid.code, "U071");
    EXPECT_EQ(covid.effective.to_string(), "2020-04-01");
    EXPECT_EQ(covid.fiscal_year, 2020);
    EXPECT_THAT(covid.previous, ElementsAre(code("B9729")));
    // Row 4694: U07.0 (vaping), eight previous codes separated by commas.
    EXPECT_EQ(row_at(table, 4694).previous.size(), 8u);
    EXPECT_EQ(row_at(table, 4694).previous.back(), code("Z720"));
    // Row 1837: M04.8, no previous code.
    EXPECT_EQ(row_at(table, 1837).code, "M048");
    EXPECT_TRUE(row_at(table, 1837).previous.empty());
    // Row 1519: K59.03 from K59.09 "AND Code from categories T36-T50".
    EXPECT_THAT(row_at(table, 1519).previous, ElementsAre(code("K5909"), categories("T36", "T50")));
    // Row 1067: H44.2A1 from two ranges.
    EXPECT_THAT(row_at(table, 1067).previous, ElementsAre(range("H4420", "H4423"), range("H35051", "H35059")));
    // Row 5378: W44.A0XA, new October 1, 2023, from "Codes in Categories T15-T19".
    EXPECT_EQ(row_at(table, 5378).fiscal_year, 2024);
    EXPECT_THAT(row_at(table, 5378).previous, ElementsAre(categories("T15", "T19")));
    // Row 2946: QA0.0101, new October 1, 2025, from F89: a code that starts with two letters.
    EXPECT_EQ(row_at(table, 2946).code, "QA00101");
    EXPECT_EQ(row_at(table, 2946).fiscal_year, 2026);
    EXPECT_THAT(row_at(table, 2946).previous, ElementsAre(code("F89")));
    // The last mapping: Z98.891 at row 5894, from Z98.89.
    EXPECT_EQ(table.rows.back().row, 5894u);
    EXPECT_EQ(table.rows.back().code, "Z98891");
    EXPECT_THAT(table.rows.back().previous, ElementsAre(code("Z9889")));
}

TEST(ConversionTableRealData, Fy2022HasCovidAtItsOwnRow) {
    CODESET_REQUIRE_SHARED_DATA();
    const ConversionTable table =
        read_real("ICD-10-CM-Conversion-Table-FY2022-Effective-10-1-2021-updated-08-24-2021.xlsx");
    EXPECT_EQ(row_at(table, 3119).code, "U071");
    EXPECT_THAT(row_at(table, 3119).previous, ElementsAre(code("B9729")));
    // Row 1801: R11.15 (cyclical vomiting), from "K31.89 and a code from R11-".
    EXPECT_EQ(row_at(table, 1801).code, "R1115");
    EXPECT_THAT(row_at(table, 1801).previous, ElementsAre(code("K3189"), categories("R11", "R11")));
}

}  // namespace
}  // namespace codeset::test
