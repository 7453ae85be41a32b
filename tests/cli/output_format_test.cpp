// How reports are written for other programs: -o FILE names the format by its extension, CSV has
// one row per code, Markdown keeps titles literal. On the sample releases.
#include "cli_fixture.hpp"

#include <gmock/gmock.h>

#include <map>
#include <set>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;
using OutputFormats = CliTest;

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

TEST_F(OutputFormats, TheExtensionOfTheOutputFileNamesTheFormat) {
    import_samples();
    ASSERT_EQ(codeset({"diff", "icd10cm", "FY2025", "FY2026", "-o", "changes.json"}).exit_code, 0);
    EXPECT_EQ(nlohmann::json::parse(read_text(dir / "changes.json"))["to"], "FY2026");
    ASSERT_EQ(codeset({"diff", "icd10cm", "FY2025", "FY2026", "-o", "changes.CSV"}).exit_code, 0);
    EXPECT_THAT(read_text(dir / "changes.CSV"), testing::StartsWith("code,change,"));
    ASSERT_EQ(codeset({"diff", "icd10cm", "FY2025", "FY2026", "-o", "changes.md"}).exit_code, 0);
    EXPECT_THAT(read_text(dir / "changes.md"), testing::StartsWith("# icd10cm FY2025"));
    ASSERT_EQ(codeset({"diff", "icd10cm", "FY2025", "FY2026", "-o", "changes.txt"}).exit_code, 0);
    EXPECT_EQ(read_text(dir / "changes.txt"), codeset({"diff", "icd10cm", "FY2025", "FY2026"}).out);
    // An unknown extension keeps the command's own default; an explicit --format always wins.
    ASSERT_EQ(codeset({"diff", "icd10cm", "FY2025", "FY2026", "-o", "changes.report"}).exit_code, 0);
    EXPECT_EQ(read_text(dir / "changes.report"), read_text(dir / "changes.txt"));
    ASSERT_EQ(codeset({"diff", "icd10cm", "FY2025", "FY2026", "--format", "csv", "-o", "forced.json"}).exit_code, 0);
    EXPECT_THAT(read_text(dir / "forced.json"), testing::StartsWith("code,change,"));

    ASSERT_EQ(codeset({"export", "icd10cm", "FY2026", "-o", "codes.jsonl"}).exit_code, 0);
    const std::vector<std::string> rows = lines_of(read_text(dir / "codes.jsonl"));
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(nlohmann::json::parse(rows.front())["order"], 1);
    ASSERT_EQ(codeset({"export", "icd10cm", "FY2026", "-o", "codes.unknown"}).exit_code, 0);
    EXPECT_THAT(read_text(dir / "codes.unknown"), testing::StartsWith("order,code,"));
}

TEST_F(OutputFormats, AnExtensionWhoseFormatCannotWriteTheReportIsAUsageError) {
    import_samples();
    const CommandResult result = codeset({"export", "icd10cm", "FY2026", "-o", "codes.md"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_THAT(result.err, HasSubstr("-o codes.md: release snapshots are not written as markdown"));
    EXPECT_THAT(result.err, HasSubstr("--format"));
    EXPECT_FALSE(std::filesystem::exists(dir / "codes.md"));
}

TEST_F(OutputFormats, CsvHasOneRowPerCodeAndAHeaderFlipSaysBoth) {
    import_samples();
    const CommandResult result = codeset({"diff", "icd10cm", "FY2025", "FY2026", "--format", "csv"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::vector<std::string> rows = lines_of(result.out);
    ASSERT_GT(rows.size(), 1u);
    EXPECT_EQ(rows.front(), "code,change,billable_before,billable_after,short_before,short_after,long_before,"
                            "long_after,expanded_into,replaced_by,attribute_changes");
    std::map<std::string, std::string> by_code;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const std::string code = rows[i].substr(0, rows[i].find(','));
        EXPECT_TRUE(by_code.emplace(code, rows[i]).second) << "two rows for " << code;
    }
    // B88.0 was billable in FY2025 and is a header over B88.01 and B88.09 in FY2026: CMS's
    // "Delete: 1 B880" and "Add: 0 B880" on one row.
    ASSERT_TRUE(by_code.count("B88.0"));
    EXPECT_THAT(by_code["B88.0"], testing::StartsWith("B88.0,deleted+header_added,1,0,"));
    EXPECT_THAT(by_code["B88.0"], HasSubstr(",B88.01 B88.09,"));
    // Every change of the JSON report is in one of those rows.
    const nlohmann::json json = json_of({"diff", "icd10cm", "FY2025", "FY2026", "--format", "json"});
    std::set<std::string> codes;
    for (const auto& change : json["changes"]) codes.insert(change["code"].get<std::string>());
    EXPECT_EQ(codes.size(), by_code.size());
}

TEST_F(OutputFormats, MarkdownWritesTitlesAsLiteralText) {
    import_samples();
    const CommandResult result = codeset({"diff", "icd10cm", "FY2025", "FY2026", "--format", "markdown"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    // L02.212's titles carry brackets, which Markdown would read as a link.
    EXPECT_THAT(result.out, HasSubstr("Cutaneous abscess of back \\[any part, except buttock\\]"));
    EXPECT_THAT(result.out, testing::Not(HasSubstr("back [any part")));
}

}  // namespace
}  // namespace codeset::test
