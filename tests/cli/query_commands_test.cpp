// releases, show, history and export on the two sample releases.
#include "cli_fixture.hpp"

#include <gmock/gmock.h>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;
using QueryCommands = CliTest;

// The first change of a kind in the sample diff.
nlohmann::json first_change(const nlohmann::json& diff, const std::string& kind) {
    for (const auto& change : diff["changes"])
        if (change["change"] == kind) return change;
    return nullptr;
}

TEST_F(QueryCommands, ReleasesTableNamesBothReleases) {
    import_samples();
    const CommandResult result = codeset({"releases"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("icd10cm   FY2025     2024-10-01 2025-10-01 annual"));
    EXPECT_THAT(result.out, HasSubstr("icd10cm   FY2026     2025-10-01 2026-10-01 annual"));
}

TEST_F(QueryCommands, ShowAcceptsCodesWithOrWithoutTheDot) {
    import_samples();
    const nlohmann::json diff = json_of({"diff", "icd10cm", "FY2025", "FY2026", "--format", "json"});
    const nlohmann::json revised = first_change(diff, "revised");
    ASSERT_FALSE(revised.is_null());
    const std::string code = revised["code"];
    std::string undotted = code;
    undotted.erase(std::remove(undotted.begin(), undotted.end(), '.'), undotted.end());
    for (const std::string& typed : {code, undotted}) {
        const nlohmann::json shown = json_of({"show", "icd10cm", typed, "--format", "json"});
        EXPECT_EQ(shown["code"], code);
        EXPECT_EQ(shown["version"], "FY2026");  // the latest release by default
        EXPECT_EQ(shown["long_title"], revised["after"]["long_title"]);
    }
    const nlohmann::json old = json_of({"show", "icd10cm", code, "--at", "FY2025", "--format", "json"});
    EXPECT_EQ(old["long_title"], revised["before"]["long_title"]);
    const nlohmann::json by_date = json_of({"show", "icd10cm", code, "--at", "2025-09-30", "--format", "json"});
    EXPECT_EQ(by_date["version"], "FY2025");
}

TEST_F(QueryCommands, ShowOfAHeaderListsTheBillableCodesUnderIt) {
    import_samples();
    const nlohmann::json diff = json_of({"diff", "icd10cm", "FY2025", "FY2026", "--format", "json"});
    nlohmann::json expanded;
    for (const auto& change : diff["changes"])
        if (change.contains("expanded_into")) expanded = change;
    ASSERT_FALSE(expanded.is_null());
    const nlohmann::json shown = json_of({"show", "icd10cm", expanded["code"], "--format", "json"});
    EXPECT_FALSE(shown["billable"].get<bool>());
    std::vector<std::string> under;
    for (const auto& code : shown["billable_codes_under"]) under.push_back(code["code"]);
    for (const auto& code : expanded["expanded_into"]) EXPECT_THAT(under, testing::Contains(code.get<std::string>()));
    const CommandResult text = codeset({"show", "icd10cm", expanded["code"]});
    EXPECT_THAT(text.out, HasSubstr("header (not billable)"));
}

TEST_F(QueryCommands, HistoryFollowsACodeAcrossReleases) {
    import_samples();
    const nlohmann::json diff = json_of({"diff", "icd10cm", "FY2025", "FY2026", "--format", "json"});
    const std::string revised = first_change(diff, "revised")["code"];
    const nlohmann::json history = json_of({"history", "icd10cm", revised, "--format", "json"});
    ASSERT_EQ(history["history"].size(), 2u);
    EXPECT_EQ(history["history"][0]["event"], "first_seen");  // FY2025 is the store's first release
    EXPECT_EQ(history["history"][0]["version"], "FY2025");
    EXPECT_EQ(history["history"][1]["event"], "changed");
    EXPECT_EQ(history["history"][1]["version"], "FY2026");

    const std::string deleted = first_change(diff, "deleted")["code"];
    const CommandResult text = codeset({"history", "icd10cm", deleted});
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("FY2026"));

    const std::string added = first_change(diff, "added")["code"];
    const nlohmann::json added_history = json_of({"history", "icd10cm", added, "--format", "json"});
    ASSERT_EQ(added_history["history"].size(), 1u);
    EXPECT_EQ(added_history["history"][0]["event"], "introduced");
    EXPECT_EQ(added_history["history"][0]["version"], "FY2026");
}

TEST_F(QueryCommands, ExportWritesEveryCodeInOrder) {
    import_samples();
    const nlohmann::json releases = json_of({"releases", "--format", "json"});
    const std::size_t codes = releases[1]["codes"];
    const CommandResult csv = codeset({"export", "icd10cm", "FY2026", "--format", "csv"});
    ASSERT_EQ(csv.exit_code, 0) << csv.err;
    EXPECT_EQ(std::count(csv.out.begin(), csv.out.end(), '\n'), std::ptrdiff_t(codes + 1));  // with the header row
    const CommandResult jsonl = codeset({"export", "icd10cm", "FY2026", "--format", "jsonl", "-o", "all.jsonl"});
    ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
    std::istringstream lines(read_text(dir / "all.jsonl"));
    std::string line;
    std::size_t rows = 0;
    std::uint64_t previous_order = 0;
    while (std::getline(lines, line)) {
        const nlohmann::json row = nlohmann::json::parse(line);
        EXPECT_GT(row["order"].get<std::uint64_t>(), previous_order);
        previous_order = row["order"];
        ++rows;
    }
    EXPECT_EQ(rows, codes);
}

TEST_F(QueryCommands, EveryCommandHasHelpWithExamples) {
    for (const std::string command : {"import", "releases", "show", "history", "diff", "verify", "export"}) {
        const CommandResult result = codeset({command, "--help"});
        EXPECT_EQ(result.exit_code, 0) << command;
        EXPECT_THAT(result.out, HasSubstr("Examples:")) << command;
        EXPECT_THAT(result.out, HasSubstr("codeset " + command)) << command;
    }
    const CommandResult version = codeset({"--version"});
    EXPECT_EQ(version.exit_code, 0);
    EXPECT_THAT(version.out, HasSubstr("codeset "));
}

}  // namespace
}  // namespace codeset::test
