// `codeset summary` through the binary: on the sample releases, and on invented ICD-10-CM releases
// FY2090, FY2091, its April update FY2091-04 and FY2093 (FY2092 is missing: a gap). Every step's
// counts are checked against `codeset diff FROM TO --format json` for the same pair, in every
// format; the errors, the JSON schema and the self-contained HTML page are checked too.
#include "browser_check.hpp"
#include "cli_fixture.hpp"
#include "order_file.hpp"
#include "schema_validation.hpp"

#include <gmock/gmock.h>

#include <regex>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::vector<OrderLine> fy2090 = {
    {"A10", true, "Invented infection"},
    {"B20", true, "Invented virus disease"},
    {"C10", true, "Invented neoplasm of the pharynx"},
    {"D50", true, "Invented iron anemia"},
};
// B20 expanded into B200 and B201; C10 deleted; D50 revised; E10 added.
const std::vector<OrderLine> fy2091 = {
    {"A10", true, "Invented infection"},
    {"B20", false, "Invented virus disease"},
    {"B200", true, "Invented virus disease, early"},
    {"B201", true, "Invented virus disease, late"},
    {"D50", true, "Invented iron deficiency anaemia"},
    {"E10", true, "Invented diabetes"},
};
// The April update adds one code.
const std::vector<OrderLine> fy2091_04 = [] {
    std::vector<OrderLine> lines = fy2091;
    lines.push_back({"E11", true, "Invented diabetes, second kind"});
    return lines;
}();
// FY2093, after the missing FY2092: A10 becomes a header over A100; E11 is gone.
const std::vector<OrderLine> fy2093 = {
    {"A10", false, "Invented infection"},
    {"A100", true, "Invented infection, acute"},
    {"B20", false, "Invented virus disease"},
    {"B200", true, "Invented virus disease, early"},
    {"B201", true, "Invented virus disease, late"},
    {"D50", true, "Invented iron deficiency anaemia"},
    {"E10", true, "Invented diabetes"},
};

class SummaryCli : public CliTest {
protected:
    void import(const std::vector<std::string>& args) {
        std::vector<std::string> command = {"import"};
        command.insert(command.end(), args.begin(), args.end());
        const CommandResult result = codeset(command);
        ASSERT_EQ(result.exit_code, 0) << result.err << result.out;
    }

    void import_invented() {
        import({write_file("fy2090/icd10cm_order_2090.txt", order_file(fy2090)),
                write_file("fy2091/icd10cm_order_2091.txt", order_file(fy2091)),
                write_file("fy2093/icd10cm_order_2093.txt", order_file(fy2093))});
        import({write_file("fy2091-04/icd10cm_order_2091.txt", order_file(fy2091_04)), "--version", "FY2091-04"});
    }

    nlohmann::json diff_summary(const std::string& from, const std::string& to) {
        return json_of({"diff", "icd10cm", from, to, "--format", "json"})["summary"];
    }

    // Each step's counts are exactly the diff's summary counts for its pair, under the same names.
    void expect_steps_match_diff(const nlohmann::json& summary) {
        ASSERT_FALSE(summary["steps"].empty());
        for (const auto& step : summary["steps"]) {
            const nlohmann::json expected = diff_summary(step["from"], step["to"]);
            ASSERT_FALSE(step["summary"].empty());
            for (const auto& [name, count] : step["summary"].items())
                EXPECT_EQ(count, expected[name]) << step["from"] << " -> " << step["to"] << ": " << name;
            for (const char* name : {"added", "deleted", "revised", "expanded", "headers"})
                EXPECT_TRUE(step["summary"].contains(name)) << name;
        }
    }
};

TEST_F(SummaryCli, TheSampleStepCountsWhatDiffCounts) {
    import_samples();
    const nlohmann::json summary = json_of({"summary", "icd10cm", "--format", "json"});
    EXPECT_EQ(summary["system"], "icd10cm");
    ASSERT_EQ(summary["steps"].size(), 1u);
    EXPECT_EQ(summary["steps"][0]["from"], "FY2025");
    EXPECT_EQ(summary["steps"][0]["to"], "FY2026");
    EXPECT_EQ(summary["steps"][0]["to_effective"], "2025-10-01");
    EXPECT_TRUE(summary["steps"][0]["missing"].empty());
    expect_steps_match_diff(summary);
}

TEST_F(SummaryCli, EveryStepOfTheInventedReleasesCountsWhatDiffCountsAndTheGapIsNamed) {
    import_invented();
    const nlohmann::json summary = json_of({"summary", "icd10cm", "--format", "json"});
    ASSERT_EQ(summary["steps"].size(), 3u);
    const std::vector<std::pair<std::string, std::string>> pairs = {
        {"FY2090", "FY2091"}, {"FY2091", "FY2091-04"}, {"FY2091-04", "FY2093"}};
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        EXPECT_EQ(summary["steps"][i]["from"], pairs[i].first);
        EXPECT_EQ(summary["steps"][i]["to"], pairs[i].second);
    }
    expect_steps_match_diff(summary);
    // The mid-year update is an ordinary step; only the step over FY2092 crosses a gap.
    EXPECT_TRUE(summary["steps"][0]["missing"].empty());
    EXPECT_TRUE(summary["steps"][1]["missing"].empty());
    ASSERT_EQ(summary["steps"][2]["missing"].size(), 1u);
    EXPECT_EQ(summary["steps"][2]["missing"][0]["version"], "FY2092");
    EXPECT_EQ(summary["steps"][2]["missing"][0]["effective"], "2091-10-01");
    // What the invented files hold, so the comparison above compares something.
    const nlohmann::json& first = summary["steps"][0]["summary"];
    EXPECT_EQ(first["added"], 3);  // B200, B201, E10
    EXPECT_EQ(first["deleted"], 2);  // B20 (expanded), C10
    EXPECT_EQ(first["expanded"], 1);
    EXPECT_EQ(first["revised"], 1);  // D50
    EXPECT_EQ(first["headers"]["added"], 1);  // B20
    EXPECT_EQ(summary["steps"][1]["summary"]["added"], 1);  // E11
}

TEST_F(SummaryCli, TheTextHasAHeaderLineOneAlignedLinePerStepAndTheGapInWords) {
    import_invented();
    const CommandResult result = codeset({"summary", "icd10cm"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    std::istringstream text(result.out);
    std::vector<std::string> lines;
    for (std::string line; std::getline(text, line);) lines.push_back(line);
    ASSERT_GE(lines.size(), 6u);
    EXPECT_THAT(lines[0], HasSubstr("3 steps between 4 stored releases, FY2090 to FY2093"));
    EXPECT_THAT(lines[1], HasSubstr("ADDED"));
    const std::size_t column = lines[1].find("ADDED") + std::string("ADDED").size();
    const nlohmann::json summary = json_of({"summary", "icd10cm", "--format", "json"});
    std::size_t row = 2;
    for (const auto& step : summary["steps"]) {
        ASSERT_LT(row, lines.size());
        const std::string& line = lines[row++];
        EXPECT_TRUE(line.starts_with(step["from"].get<std::string>())) << line;
        EXPECT_THAT(line, HasSubstr(" " + step["to"].get<std::string>() + " "));
        // The added count ends under the end of its heading.
        const std::string added = std::to_string(step["summary"]["added"].get<int>());
        ASSERT_GE(line.size(), column);
        EXPECT_EQ(line.substr(column - added.size(), added.size()), added) << line;
        EXPECT_EQ(line[column - added.size() - 1], ' ') << line;
        if (!step["missing"].empty()) {
            ASSERT_LT(row, lines.size());
            EXPECT_THAT(lines[row++], HasSubstr("across a gap: not in the store: FY2092 (2091-10-01)"));
        }
    }
}

TEST_F(SummaryCli, CsvMarkdownAndHtmlCarryTheSameCountsAndOutputPicksTheFormatFromTheExtension) {
    import_invented();
    const nlohmann::json summary = json_of({"summary", "icd10cm", "--format", "json"});
    for (const char* name : {"summary.json", "summary.csv", "summary.md", "summary.html", "summary.txt"}) {
        const CommandResult result = codeset({"summary", "icd10cm", "-o", name});
        ASSERT_EQ(result.exit_code, 0) << name << ": " << result.err;
        EXPECT_TRUE(result.out.empty()) << name;
    }
    EXPECT_EQ(nlohmann::json::parse(read_text(dir / "summary.json")), summary);
    EXPECT_THAT(read_text(dir / "summary.txt"), HasSubstr("HEADERS+"));
    EXPECT_THAT(read_text(dir / "summary.md"), HasSubstr("| FY2091-04 | FY2093 | 2092-10-01 |"));

    std::istringstream csv(read_text(dir / "summary.csv"));
    std::string header;
    std::getline(csv, header);
    EXPECT_EQ(header, "from,to,from_effective,to_effective,added,deleted,expanded,revised,revised_long,revised_short,"
                      "whitespace_only,attributes,headers_added,headers_deleted,headers_revised,missing");
    for (const auto& step : summary["steps"]) {
        std::string row;
        ASSERT_TRUE(std::getline(csv, row));
        const auto& s = step["summary"];
        std::string expected = step["from"].get<std::string>() + "," + step["to"].get<std::string>() + "," +
                               step["from_effective"].get<std::string>() + "," + step["to_effective"].get<std::string>();
        for (const auto* count : {&s["added"], &s["deleted"], &s["expanded"], &s["revised"], &s["revised_long"],
                                  &s["revised_short"], &s["whitespace_only"], &s["attributes"], &s["headers"]["added"],
                                  &s["headers"]["deleted"], &s["headers"]["revised"]})
            expected += "," + count->dump();
        expected += step["missing"].empty() ? "," : ",FY2092";
        EXPECT_EQ(row, expected);
    }

    const std::string html = read_text(dir / "summary.html");
    for (const auto& step : summary["steps"])
        EXPECT_THAT(html, HasSubstr("<tr id=\"step-" + step["to"].get<std::string>() + "\""));
    EXPECT_THAT(html, HasSubstr("<td class=\"count\" data-count=\"added\">3</td>"));
}

TEST_F(SummaryCli, TheHtmlPageDrawsItsChartAndLoadsNothingFromElsewhere) {
    import_invented();
    const CommandResult result = codeset({"summary", "icd10cm", "--format", "html"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string& html = result.out;
    EXPECT_THAT(html, HasSubstr("<svg "));
    EXPECT_THAT(html, HasSubstr("FY2091-04 \u2192 FY2093  (across a gap: FY2092)"));
    EXPECT_THAT(html, HasSubstr("@media print"));
    // The SVG namespace is a name, not a request; no other address appears.
    const std::regex address(R"(https?://[^"'\s<>)]*)");
    for (auto match = std::sregex_iterator(html.begin(), html.end(), address); match != std::sregex_iterator(); ++match)
        EXPECT_EQ(match->str(), "http://www.w3.org/2000/svg");
    EXPECT_THAT(html, Not(HasSubstr("<link")));
    EXPECT_THAT(html, Not(HasSubstr("src=")));
    EXPECT_THAT(html, Not(HasSubstr("@import")));
    EXPECT_THAT(html, Not(HasSubstr("url(")));
}

TEST_F(SummaryCli, TheJsonMatchesItsSchema) {
    CODESET_REQUIRE_SCHEMA_TOOLS();
    import_invented();
    const CommandResult result = codeset({"summary", "icd10cm", "-o", "summary.json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const CommandResult valid = validate_against_schema("summary.schema.json", dir / "summary.json");
    EXPECT_EQ(valid.exit_code, 0) << valid.err;
    // The check can fail: a count the schema does not know.
    nlohmann::json summary = nlohmann::json::parse(read_text(dir / "summary.json"));
    summary["steps"][0]["summary"]["unexpected"] = 1;
    std::ofstream(dir / "unknown-count.json") << summary.dump();
    EXPECT_EQ(validate_against_schema("summary.schema.json", dir / "unknown-count.json").exit_code, 1);
}

TEST_F(SummaryCli, TheHtmlPageLoadsInABrowserWithoutErrorsOrRequests) {
    CODESET_REQUIRE_BROWSER();
    import_invented();
    for (const char* file : {"summary.html", "summary.json"}) {
        const CommandResult result = codeset({"summary", "icd10cm", "-o", file});
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }
    const CommandResult checked =
        check_summary_in_browser(dir / "summary.html", dir / "summary.json", browser_screenshot("summary-invented"));
    EXPECT_EQ(checked.exit_code, 0) << checked.err;
    EXPECT_THAT(checked.err, HasSubstr("ok no console error"));
}

TEST_F(SummaryCli, UnknownSystemsAndTooFewReleasesAreOneLineErrors) {
    const CommandResult no_store = codeset({"summary", "icd10cm"});
    EXPECT_EQ(no_store.exit_code, 4) << no_store.err;

    import({sample(sample_2026).string()});
    const CommandResult unknown = codeset({"summary", "icd11"});
    EXPECT_EQ(unknown.exit_code, 5);
    EXPECT_THAT(unknown.err, HasSubstr("icd11"));

    const CommandResult one = codeset({"summary", "icd10cm"});
    EXPECT_EQ(one.exit_code, 5);
    EXPECT_THAT(one.err, HasSubstr("icd10cm has one release, FY2026,"));
    EXPECT_THAT(one.err, HasSubstr("a summary needs two"));
    EXPECT_EQ(std::count(one.err.begin(), one.err.end(), '\n'), 1) << one.err;
    EXPECT_TRUE(one.out.empty());

    const CommandResult none = codeset({"summary", "icd10pcs"});
    EXPECT_EQ(none.exit_code, 5);
    EXPECT_THAT(none.err, HasSubstr("icd10pcs has no release"));
}

TEST_F(SummaryCli, FormatsItCannotWriteAndUnwritableFilesAreRefusedAndTheStoreIsNotWritten) {
    import_samples();
    const std::string before = store_bytes();
    const CommandResult fhir = codeset({"summary", "icd10cm", "--format", "fhir"});
    EXPECT_EQ(fhir.exit_code, 2);
    EXPECT_THAT(fhir.err, HasSubstr("--format fhir: release summaries are written as text, json, csv, markdown or html"));
    const CommandResult xlsx = codeset({"summary", "icd10cm", "-o", "summary.xlsx"});
    EXPECT_EQ(xlsx.exit_code, 2) << xlsx.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "summary.xlsx"));

    const CommandResult unwritable = codeset({"summary", "icd10cm", "-o", (dir / "no-such-folder" / "summary.json").string()});
    EXPECT_EQ(unwritable.exit_code, 3) << unwritable.err;
    EXPECT_THAT(unwritable.err, HasSubstr("no-such-folder"));
    EXPECT_TRUE(unwritable.out.empty());

    ASSERT_EQ(codeset({"summary", "icd10cm", "--format", "html"}).exit_code, 0);
    EXPECT_EQ(store_bytes(), before);
}

}  // namespace
}  // namespace codeset::test
