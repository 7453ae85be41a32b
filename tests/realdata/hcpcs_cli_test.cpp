// HCPCS CY2017 to CY2018 through the command line, on the real CMS zips.
#include "run_command.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace codeset::test {
namespace {

class HcpcsCli : public testing::Test {
protected:
    void SetUp() override {
        CODESET_REQUIRE_SHARED_DATA();
        dir = scratch_dir("hcpcs-cli");
        const CommandResult imported =
            run_codeset({"import", (shared_data() / "hcpcs/2017-Alpha-Numeric-HCPCS-File.zip").string(),
                         (shared_data() / "hcpcs/2018-Alpha-Numeric-HCPCS-File.zip").string()},
                        dir);
        ASSERT_EQ(imported.exit_code, 0) << imported.err;
    }
    void TearDown() override { std::filesystem::remove_all(dir); }
    std::filesystem::path dir;
};

TEST_F(HcpcsCli, DiffCountsProceduresAndModifiersTogetherAndApart) {
    const CommandResult result = run_codeset({"diff", "hcpcs", "2017-01", "2018-01", "--format", "json"}, dir);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const nlohmann::json summary = nlohmann::json::parse(result.out)["summary"];
    const auto& by_kind = summary["by_kind"];
    for (const char* key : {"added", "deleted", "revised", "revised_long", "revised_short"})
        EXPECT_EQ(summary[key].get<int>(), by_kind["procedure"][key].get<int>() + by_kind["modifier"][key].get<int>())
            << key;
    // The 2018 file's action code A: 141 procedures and 11 modifiers, all found as added.
    EXPECT_GE(by_kind["procedure"]["added"].get<int>(), 141);
    EXPECT_EQ(by_kind["modifier"]["added"].get<int>(), 11);
    EXPECT_GT(summary["attribute_fields"]["asc_payment_group"].get<int>(), 0);
}

TEST_F(HcpcsCli, VerifyListsWhereActionCodesAndTheDiffDisagree) {
    const CommandResult result = run_codeset({"verify", "hcpcs", "2018-01", "--format", "json"}, dir);
    EXPECT_EQ(result.exit_code, 1) << result.err;
    const nlohmann::json check = nlohmann::json::parse(result.out);
    EXPECT_EQ(check["action_codes"]["A"]["procedures"], 141);
    EXPECT_EQ(check["action_codes"]["A"]["modifiers"], 11);
    EXPECT_EQ(check["action_codes"]["D"]["procedures"], 38);
    EXPECT_EQ(check["action_codes"]["D"]["modifiers"], 2);
    EXPECT_EQ(check["action_codes"]["S"]["procedures"], 19);
    EXPECT_EQ(check["action_codes"]["P"]["procedures"], 64);
    EXPECT_EQ(check["action_codes"]["F"]["procedures"], 2);
    // Explained in tests/importers/hcpcs_realdata_test.cpp: corrections, codes added and
    // discontinued within 2017, and changes CMS made under action N.
    EXPECT_EQ(check["disagreements"].size(), 37u);
}

TEST_F(HcpcsCli, ADiscontinuedCodeNamesTheCodeThatReplacesIt) {
    // G0202 (screening mammography) was discontinued for 2018 with a cross-reference to 77067.
    const CommandResult shown = run_codeset({"show", "hcpcs", "G0202"}, dir);
    EXPECT_EQ(shown.exit_code, 5);
    EXPECT_NE(shown.err.find("gone after 2017-01, replaced by 77067 (one_to_one)"), std::string::npos) << shown.err;
    const CommandResult history = run_codeset({"history", "hcpcs", "G0202", "--format", "json"}, dir);
    ASSERT_EQ(history.exit_code, 0) << history.err;
    const nlohmann::json events = nlohmann::json::parse(history.out)["history"];
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[1]["event"], "removed");
    EXPECT_EQ(events[1]["replaced_by"], nlohmann::json::array({"77067"}));
    EXPECT_EQ(events[1]["replacements"][0]["relation"], "one_to_one");
    EXPECT_NE(events[1]["evidence"].dump().find("cross-reference"), std::string::npos) << events[1].dump();
}

TEST_F(HcpcsCli, ADiscontinuedCodeShowsItsHistory) {
    const CommandResult result = run_codeset({"history", "hcpcs", "G0477", "--format", "json"}, dir);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const nlohmann::json history = nlohmann::json::parse(result.out)["history"];
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[1]["event"], "removed");
    EXPECT_EQ(history[1]["version"], "2018-01");
}

}  // namespace
}  // namespace codeset::test
