// `codeset validate` on the two sample ICD-10-CM releases (FY2025 from 2024-10-01, FY2026 from
// 2025-10-01), whose addenda give each row its known answer: B880 became a header in FY2026
// (B8801, B8809 billable), C50A0 and E11A are new in FY2026, T781XXA was deleted in FY2026. And
// the streaming CSV reader on hand-written malformed input.
#include "cli_fixture.hpp"
#include "schema_validation.hpp"

#include "codeset/query/csv_reader.hpp"

#include <gmock/gmock.h>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;

std::vector<CsvRecord> read_all(const std::string& text, std::size_t max = CsvReader::default_max_record) {
    std::istringstream in(text);
    CsvReader reader(in, max);
    std::vector<CsvRecord> records;
    while (auto record = reader.next()) records.push_back(*record);
    return records;
}

TEST(CsvReader, ReadsQuotesDoubledQuotesCrlfAndBom) {
    const auto records = read_all("\xEF\xBB\xBF" "code,note\r\n\"E11.9\",\"says \"\"hi\"\", twice\"\r\n\r\nA00,\"two\nlines\"\nB88,\n");
    ASSERT_EQ(records.size(), 4u);
    EXPECT_EQ(records[0].fields, (std::vector<std::string>{"code", "note"}));
    EXPECT_EQ(records[1].fields, (std::vector<std::string>{"E11.9", "says \"hi\", twice"}));
    EXPECT_EQ(records[2].line, 4u);  // after a blank line
    EXPECT_EQ(records[2].fields, (std::vector<std::string>{"A00", "two\nlines"}));
    EXPECT_EQ(records[3].line, 6u);  // the quoted line end counts
    EXPECT_EQ(records[3].fields, (std::vector<std::string>{"B88", ""}));
}

TEST(CsvReader, BoundsTheRecordLength) {
    const auto records = read_all("code\n" + std::string(100, 'x') + "\nA00\n", 50);
    ASSERT_EQ(records.size(), 3u);
    EXPECT_THAT(records[1].error, HasSubstr("longer than 50 bytes"));
    EXPECT_EQ(records[2].fields, (std::vector<std::string>{"A00"}));
    EXPECT_EQ(records[2].line, 3u);
}

TEST(CsvReader, ReportsMalformedRecordsWithTheirLineAndGoesOn) {
    const auto records = read_all("code\nE1\"1\n\"E11\"x\nA00\n\"open\n");
    ASSERT_EQ(records.size(), 5u);  // the header, three malformed records and A00: none dropped, none split
    EXPECT_EQ(records[1].line, 2u);
    EXPECT_THAT(records[1].error, HasSubstr("a quote inside an unquoted field"));
    EXPECT_EQ(records[2].line, 3u);
    EXPECT_THAT(records[2].error, HasSubstr("only a comma may follow a closing quote"));
    EXPECT_EQ(records[3].line, 4u);
    EXPECT_EQ(records[3].fields, (std::vector<std::string>{"A00"}));
    EXPECT_EQ(records[4].line, 5u);
    EXPECT_THAT(records[4].error, HasSubstr("not closed before the end of the file"));
}

class ValidateCommand : public CliTest {
protected:
    std::string write_csv(const std::string& text) {
        const auto path = dir / "list.csv";
        std::ofstream(path, std::ios::binary) << text;
        return path.string();
    }
};

const std::string known_answers =
    "id,Code,service_date\n"
    "1,E11.9,2024-11-15\n"     // valid in FY2025
    "2,e119,2025-12-01\n"      // valid in FY2026, typed without dot, lower case
    "3,B88.0,2025-01-10\n"     // billable in FY2025
    "4,B88.0,2025-12-01\n"     // a header in FY2026
    "5,C50.A0,2025-03-01\n"    // new in FY2026
    "6,T78.1XXA,2025-12-01\n"  // deleted in FY2026
    "7,T78.1XXA,2025-09-30\n"  // the last day of FY2025
    "8,Q99.9,2025-12-01\n"     // in no stored release
    "9,E11.9,2023-06-01\n"     // FY2023 is not in the store
    "10,E11.9,2025-02-30\n";   // no such day

TEST_F(ValidateCommand, JudgesEachRowInTheReleaseInForceOnItsDate) {
    import_samples();
    const CommandResult result =
        codeset({"validate", "icd10cm", write_csv(known_answers), "--date-column", "service_date", "--format", "json"});
    EXPECT_EQ(result.exit_code, 1) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    const auto& rows = json["rows"];
    ASSERT_EQ(rows.size(), 10u);
    const std::vector<std::string> expected = {"valid",           "valid",    "valid",      "header",
                                               "not_yet_valid",   "no_longer_valid", "valid", "unknown",
                                               "no_release",      "unreadable"};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i]["line"], i + 2) << i;
        EXPECT_EQ(rows[i]["status"], expected[i]) << rows[i].dump();
    }
    EXPECT_EQ(rows[0]["release"], "FY2025");
    EXPECT_EQ(rows[1]["release"], "FY2026");
    EXPECT_EQ(rows[3]["replacements"], nlohmann::json::array({"B8801", "B8809"}));
    EXPECT_EQ(rows[4]["since"], "FY2026");
    EXPECT_EQ(rows[5]["since"], "FY2026");
    EXPECT_EQ(rows[8]["release"], "FY2023");
    EXPECT_THAT(rows[9]["error"].get<std::string>(), HasSubstr("expected a date YYYY-MM-DD"));
    EXPECT_EQ(json["summary"]["valid"], 4);
    EXPECT_EQ(json["summary"]["unreadable"], 1);
    EXPECT_EQ(json["summary"]["header"], 1);
}

TEST_F(ValidateCommand, JsonMatchesItsSchema) {
    CODESET_REQUIRE_SCHEMA_TOOLS();
    import_samples();
    const CommandResult result =
        codeset({"validate", "icd10cm", write_csv(known_answers), "--date-column", "service_date", "--format", "json",
                 "-o", (dir / "judged.json").string()});
    ASSERT_EQ(result.exit_code, 1) << result.err;
    const CommandResult valid = validate_against_schema("validate.schema.json", dir / "judged.json");
    EXPECT_EQ(valid.exit_code, 0) << valid.err;
}

TEST_F(ValidateCommand, ExitsZeroWhenEveryRowIsValidAndWritesTextAndCsv) {
    import_samples();
    const std::string file = write_csv("code\nE11.9\nc50a1\n");
    const CommandResult text = codeset({"validate", "icd10cm", file, "--at", "FY2026"});
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_EQ(text.out, "2 rows: valid 2\n");
    const CommandResult older = codeset({"validate", "icd10cm", file, "--at", "2025-01-01", "--format", "csv"});
    EXPECT_EQ(older.exit_code, 1) << older.err;
    EXPECT_EQ(older.out, "line,code,date,status,release,since,replacements\n"
                         "2,E11.9,FY2025,valid,FY2025,,\n"
                         "3,c50a1,FY2025,not_yet_valid,FY2025,FY2026,\n");
}

TEST_F(ValidateCommand, ReportsUnreadableRowsWithTheirLineAndNeverSkipsThem) {
    import_samples();
    const CommandResult result = codeset(
        {"validate", "icd10cm", write_csv("code,date\nE11.9,2025-01-01\n\"E11\"9,2025-01-01\nE11.9\n,2025-01-01\n"),
         "--date-column", "date"});
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_THAT(result.out, HasSubstr("line 3:   unreadable: only a comma may follow a closing quote"));
    EXPECT_THAT(result.out, HasSubstr("line 4:   unreadable: expected 2 fields, found 1"));
    EXPECT_THAT(result.out, HasSubstr("line 5:  2025-01-01 unreadable: the code is empty"));
    EXPECT_THAT(result.out, HasSubstr("4 rows: valid 1 unreadable 3"));
}

TEST_F(ValidateCommand, AMissingColumnIsAOneLineErrorNamingTheFile) {
    import_samples();
    const std::string file = write_csv("dx,date\nE11.9,2025-01-01\n");
    const CommandResult result = codeset({"validate", "icd10cm", file});
    EXPECT_GE(result.exit_code, 2);
    EXPECT_THAT(result.err, HasSubstr(file + " line 1: expected a column named code in the header row"));
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(codeset({"validate", "icd10cm", file, "--code-column", "DX"}).exit_code, 0);
}

}  // namespace
}  // namespace codeset::test
