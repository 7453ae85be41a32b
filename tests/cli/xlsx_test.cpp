// The Excel change report of the sample releases, read back with Debian's python3-openpyxl as
// another program would read it: the sheets, their rows code for code against the JSON diff of
// the same releases, a frozen header row and an autofilter on each, codes as text.
#include "cli_fixture.hpp"
#include "workbook_check.hpp"

#include <gmock/gmock.h>

#include <fstream>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;

class XlsxReport : public CliTest {
protected:
    // Writes the workbook (-o, its extension naming the format) and the JSON diff of FROM -> TO;
    // returns both, read back.
    std::pair<nlohmann::json, nlohmann::json> report(const std::string& from, const std::string& to) {
        const std::filesystem::path workbook = dir / "changes.xlsx";
        const CommandResult written = codeset({"diff", "icd10cm", from, to, "-o", workbook.string()});
        EXPECT_EQ(written.exit_code, 0) << written.err;
        return {read_workbook(workbook), json_of({"diff", "icd10cm", from, to, "--format", "json"})};
    }
};

TEST_F(XlsxReport, TheSheetsHoldTheChangesOfTheJsonDiff) {
    import_samples();
    CODESET_REQUIRE_WORKBOOK_READER();
    const auto [book, diff] = report("FY2025", "FY2026");
    ASSERT_GT(diff["summary"]["added"].get<int>(), 0);
    ASSERT_GT(diff["summary"]["deleted"].get<int>(), 0);
    expect_workbook_matches_diff(book, diff);
    // Before and after titles of a revised code side by side.
    const auto& revised = workbook_sheet(book, "Revised");
    ASSERT_FALSE(revised["rows"].empty());
    EXPECT_EQ(revised["header"][3], "Long title before");
    const auto& first = revised["rows"][0];
    EXPECT_NE(first[3], first[4]);
    // The dates each release came into force.
    EXPECT_THAT(workbook_sheet(book, "Summary")["rows"][1][1].get<std::string>(), HasSubstr("2024-10-01"));
}

TEST_F(XlsxReport, TheOtherWayRoundIsTheInverse) {
    import_samples();
    CODESET_REQUIRE_WORKBOOK_READER();
    const auto [forward, forward_diff] = report("FY2025", "FY2026");
    const auto [backward, diff] = report("FY2026", "FY2025");
    expect_workbook_matches_diff(backward, diff);
    EXPECT_EQ(sheet_codes(backward, "Added"), sheet_codes(forward, "Deleted"));
}

TEST_F(XlsxReport, FormatXlsxWritesTheWorkbookDownAPipe) {
    import_samples();
    CODESET_REQUIRE_WORKBOOK_READER();
    // Standard output is a file here, as in `codeset diff ... --format xlsx > changes.xlsx`.
    const CommandResult piped = codeset({"diff", "icd10cm", "FY2025", "FY2026", "--format", "xlsx"});
    ASSERT_EQ(piped.exit_code, 0) << piped.err;
    std::ofstream(dir / "piped.xlsx", std::ios::binary) << piped.out;
    expect_workbook_matches_diff(read_workbook(dir / "piped.xlsx"),
                                 json_of({"diff", "icd10cm", "FY2025", "FY2026", "--format", "json"}));
}

TEST_F(XlsxReport, OnlyChangeSetsAreWrittenAsWorkbooks) {
    import_samples();
    const CommandResult exported = codeset({"export", "icd10cm", "FY2026", "--format", "xlsx"});
    EXPECT_EQ(exported.exit_code, 2);
    EXPECT_THAT(exported.err, HasSubstr("--format xlsx: release snapshots are written as"));
}

TEST_F(XlsxReport, AFolderThatCannotBeWrittenIsAClearErrorAndNoFile) {
    import_samples();
    const std::filesystem::path target = dir / "missing" / "changes.xlsx";
    const CommandResult written = codeset({"diff", "icd10cm", "FY2025", "FY2026", "-o", target.string()});
    EXPECT_NE(written.exit_code, 0);
    EXPECT_THAT(written.err, HasSubstr(target.string()));
    EXPECT_FALSE(std::filesystem::exists(target));
}

}  // namespace
}  // namespace codeset::test
