#include "cli_fixture.hpp"

#include <gmock/gmock.h>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;
using DiffCommand = CliTest;

std::size_t count_changes(const nlohmann::json& diff, const std::string& kind) {
    std::size_t n = 0;
    for (const auto& change : diff["changes"]) n += change["change"] == kind;
    return n;
}

TEST_F(DiffCommand, JsonSummaryCountsTheListedChanges) {
    import_samples();
    const nlohmann::json diff = json_of({"diff", "icd10cm", "FY2025", "FY2026", "--format", "json"});
    EXPECT_EQ(diff["system"], "icd10cm");
    EXPECT_EQ(diff["from"], "FY2025");
    EXPECT_EQ(diff["to"], "FY2026");
    const auto& summary = diff["summary"];
    EXPECT_GT(summary["added"].get<std::size_t>(), 0u);
    EXPECT_GT(summary["deleted"].get<std::size_t>(), 0u);
    EXPECT_GT(summary["revised"].get<std::size_t>(), 0u);
    EXPECT_GT(summary["expanded"].get<std::size_t>(), 0u);
    EXPECT_GT(summary["whitespace_only"].get<std::size_t>(), 0u);
    for (const char* kind : {"added", "deleted", "revised"}) EXPECT_EQ(summary[kind], count_changes(diff, kind)) << kind;
    EXPECT_EQ(summary["whitespace_only"], count_changes(diff, "whitespace"));
    EXPECT_EQ(summary["headers"]["added"], count_changes(diff, "header_added"));
    EXPECT_EQ(summary["headers"]["deleted"], count_changes(diff, "header_deleted"));
    const auto revised = summary["revised"].get<std::size_t>();
    EXPECT_LE(summary["revised_long"].get<std::size_t>(), revised);
    EXPECT_LE(summary["revised_short"].get<std::size_t>(), revised);
    EXPECT_GE(summary["revised_long"].get<std::size_t>() + summary["revised_short"].get<std::size_t>(), revised);
}

TEST_F(DiffCommand, CodesAreWrittenWithTheDotAndExpansionsListTheirSubcodes) {
    import_samples();
    const nlohmann::json diff = json_of({"diff", "icd10cm", "FY2025", "FY2026", "--format", "json"});
    std::size_t expanded = 0;
    for (const auto& change : diff["changes"]) {
        const std::string code = change["code"];
        if (code.size() > 3) {
            EXPECT_EQ(code[3], '.') << code;
        }
        if (!change.contains("expanded_into")) continue;
        ++expanded;
        EXPECT_EQ(change["change"], "deleted");
        EXPECT_FALSE(change["after"]["billable"].get<bool>());
        for (const auto& subcode : change["expanded_into"]) EXPECT_EQ(subcode.get<std::string>().rfind(code, 0), 0u);
    }
    EXPECT_EQ(expanded, diff["summary"]["expanded"].get<std::size_t>());
}

TEST_F(DiffCommand, TheReverseDiffSwapsAddedAndDeleted) {
    import_samples();
    const nlohmann::json forward = json_of({"diff", "icd10cm", "FY2025", "FY2026", "--format", "json"});
    const nlohmann::json backward = json_of({"diff", "icd10cm", "FY2026", "FY2025", "--format", "json"});
    EXPECT_EQ(backward["summary"]["added"], forward["summary"]["deleted"]);
    EXPECT_EQ(backward["summary"]["deleted"], forward["summary"]["added"]);
    EXPECT_EQ(backward["summary"]["revised"], forward["summary"]["revised"]);
}

TEST_F(DiffCommand, DatesResolveToTheReleaseInForce) {
    import_samples();
    const nlohmann::json by_label = json_of({"diff", "icd10cm", "FY2025", "FY2026", "--format", "json"});
    const nlohmann::json by_date = json_of({"diff", "icd10cm", "2025-03-31", "2025-10-01", "--format", "json"});
    EXPECT_EQ(by_date["from"], "FY2025");
    EXPECT_EQ(by_date["to"], "FY2026");
    EXPECT_EQ(by_date["summary"], by_label["summary"]);
}

TEST_F(DiffCommand, ExitCodeOptionReportsChangesLikeGitDiff) {
    import_samples();
    EXPECT_EQ(codeset({"diff", "icd10cm", "FY2025", "FY2026", "--exit-code"}).exit_code, 1);
    EXPECT_EQ(codeset({"diff", "icd10cm", "FY2026", "FY2026", "--exit-code"}).exit_code, 0);
    EXPECT_EQ(codeset({"diff", "icd10cm", "FY2025", "FY2026"}).exit_code, 0);
}

TEST_F(DiffCommand, EveryFormatWritesToAFile) {
    import_samples();
    for (const std::string format : {"text", "json", "csv", "markdown"}) {
        const std::string file = "changes." + format;
        const CommandResult result = codeset({"diff", "icd10cm", "FY2025", "FY2026", "--format", format, "-o", file});
        ASSERT_EQ(result.exit_code, 0) << format << ": " << result.err;
        EXPECT_TRUE(result.out.empty()) << format;
        const std::string text = read_text(dir / file);
        EXPECT_FALSE(text.empty()) << format;
        EXPECT_EQ(text, codeset({"diff", "icd10cm", "FY2025", "FY2026", "--format", format}).out) << format;
    }
    EXPECT_THAT(read_text(dir / "changes.csv"), HasSubstr("code,change"));
}

TEST_F(DiffCommand, VerifyAgreesWithTheSamplesOwnAddenda) {
    import_samples();
    const CommandResult result = codeset({"verify", "icd10cm", "FY2026"});
    EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
    EXPECT_THAT(result.out, HasSubstr("the addenda agree with the diff"));
    // Checked against the wrong release, the same addenda disagree.
    const CommandResult wrong = codeset({"verify", "icd10cm", "FY2026", "--against", "FY2026"});
    EXPECT_EQ(wrong.exit_code, 1) << wrong.out;
    EXPECT_THAT(wrong.out, HasSubstr("DISAGREE"));
}

}  // namespace
}  // namespace codeset::test
