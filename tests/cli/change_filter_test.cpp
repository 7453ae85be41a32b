// `diff --range`, `--chapter` and `--section` on the sample releases: the cut keeps exactly the
// changes of the whole diff that lie in the part, its summary counts that part, every format says
// what was kept, and a range that is not one is a usage error naming it.
#include "cli_fixture.hpp"

#include <gmock/gmock.h>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;

class ChangeFilterCommand : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        import_samples();
        whole = json_of({"diff", "icd10cm", "FY2025", "FY2026", "--format", "json"});
    }

    nlohmann::json cut(const std::vector<std::string>& filter) {
        std::vector<std::string> args = {"diff", "icd10cm", "FY2025", "FY2026", "--format", "json"};
        args.insert(args.end(), filter.begin(), filter.end());
        return json_of(args);
    }

    // The whole diff's changes whose code passes `keep`, as (code, change) pairs.
    template <class Keep>
    std::vector<std::pair<std::string, std::string>> whole_changes(Keep keep) const {
        std::vector<std::pair<std::string, std::string>> kept;
        for (const auto& change : whole["changes"])
            if (keep(change["code"].get<std::string>())) kept.emplace_back(change["code"], change["change"]);
        return kept;
    }

    static std::vector<std::pair<std::string, std::string>> changes_of(const nlohmann::json& diff) {
        std::vector<std::pair<std::string, std::string>> all;
        for (const auto& change : diff["changes"]) all.emplace_back(change["code"], change["change"]);
        return all;
    }

    static std::size_t count(const std::vector<std::pair<std::string, std::string>>& changes, const std::string& kind) {
        std::size_t n = 0;
        for (const auto& change : changes) n += change.second == kind;
        return n;
    }

    nlohmann::json whole;
};

TEST_F(ChangeFilterCommand, ARangeKeepsTheChangesOfItsCodesAndCountsThem) {
    const nlohmann::json b = cut({"--range", "B00-B99"});
    const auto expected = whole_changes([](const std::string& code) { return code[0] == 'B'; });
    ASSERT_FALSE(expected.empty());
    EXPECT_LT(expected.size(), whole["changes"].size());
    EXPECT_EQ(changes_of(b), expected);
    EXPECT_EQ(b["summary"]["added"], count(expected, "added"));
    EXPECT_EQ(b["summary"]["deleted"], count(expected, "deleted"));
    EXPECT_EQ(b["scope"], "codes B00-B99");
    EXPECT_FALSE(whole.contains("scope"));
}

TEST_F(ChangeFilterCommand, RangesAreWrittenAsUsersWriteThem) {
    // Several ranges, a category alone, dots and lower case.
    const nlohmann::json several = cut({"--range", "b00-b99, c50"});
    const auto expected = whole_changes(
        [](const std::string& code) { return code[0] == 'B' || code.rfind("C50", 0) == 0; });
    EXPECT_EQ(changes_of(several), expected);
    // The header C50.A itself comes before C50.A0, so it is not in the range.
    const nlohmann::json dotted = cut({"--range", "c50.a0-c50.a9"});
    EXPECT_EQ(changes_of(dotted), whole_changes([](const std::string& code) {
                  return code.rfind("C50.A", 0) == 0 && code.size() > 5;
              }));
    ASSERT_FALSE(dotted["changes"].empty());
}

TEST_F(ChangeFilterCommand, AChapterKeepsItsCodesByTheProfilesRanges) {
    const nlohmann::json neoplasms = cut({"--chapter", "2"});
    const auto expected = whole_changes([](const std::string& code) {
        return code[0] == 'C' || (code[0] == 'D' && code.substr(1, 2) <= "49");
    });
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(changes_of(neoplasms), expected);
    EXPECT_EQ(neoplasms["scope"], "chapter 2");
}

TEST_F(ChangeFilterCommand, ASectionWrittenAsARangeNeedsNoXml) {
    EXPECT_EQ(changes_of(cut({"--section", "C50-C50"})),
              whole_changes([](const std::string& code) { return code.rfind("C50", 0) == 0; }));
}

TEST_F(ChangeFilterCommand, EveryFormatSaysWhatWasKept) {
    const CommandResult text = codeset({"diff", "icd10cm", "FY2025", "FY2026", "--range", "B00-B99"});
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("only codes B00-B99"));
    const CommandResult markdown =
        codeset({"diff", "icd10cm", "FY2025", "FY2026", "--range", "B00-B99", "--format", "markdown"});
    EXPECT_THAT(markdown.out, HasSubstr("Only codes B00-B99."));
    const CommandResult html = codeset({"diff", "icd10cm", "FY2025", "FY2026", "--range", "B00-B99", "--format", "html"});
    EXPECT_THAT(html.out, HasSubstr("<p class=\"scope\">Only codes B00-B99</p>"));
}

TEST_F(ChangeFilterCommand, ARangeThatIsNotOneIsAUsageError) {
    for (const std::string range : {"B99-A00", "A00-B10-C20", "A0$", ""}) {
        const CommandResult bad = codeset({"diff", "icd10cm", "FY2025", "FY2026", "--range", range + ","});
        EXPECT_EQ(bad.exit_code, 2) << range;
        EXPECT_THAT(bad.err, HasSubstr("--range")) << range;
        EXPECT_THAT(bad.err, HasSubstr("expected a code or a range of two codes")) << range;
    }
}

}  // namespace
}  // namespace codeset::test
