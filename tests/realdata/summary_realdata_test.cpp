// `codeset summary icd10cm` on every ICD-10-CM order-file release in ../shared/data (FY2016 to
// FY2026, with the January 2021 and April 2022/2023 updates), imported once for the binary: each
// step's counts against `codeset diff FROM TO --format json`'s summary for that pair, and the
// store's one gap (FY2019 to FY2021, between FY2018 and FY2021-01) named where it lies.
#include "real_releases.hpp"
#include "run_command.hpp"

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;

class SummaryRealData : public testing::Test {
protected:
    static void SetUpTestSuite() {
        if (!have_shared_data()) return;
        s_dir = scratch_dir("summary-realdata");
        Store store(s_dir / "codeset.db");
        for (const RealRelease& release : real_icd10cm_releases()) import_real(store, release);
    }
    static void TearDownTestSuite() {
        if (!s_dir.empty()) std::filesystem::remove_all(s_dir);
    }
    void SetUp() override { CODESET_REQUIRE_SHARED_DATA(); }

    static CommandResult codeset(const std::vector<std::string>& args) { return run_codeset(args, s_dir); }
    static nlohmann::json json_of(const std::vector<std::string>& args) {
        const CommandResult result = codeset(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return nlohmann::json::parse(result.out);
    }

    static inline std::filesystem::path s_dir;
};

TEST_F(SummaryRealData, EveryStepCountsWhatDiffCountsForItsPair) {
    const nlohmann::json summary = json_of({"summary", "icd10cm", "--format", "json"});
    const auto& releases = real_icd10cm_releases();
    ASSERT_EQ(summary["steps"].size(), releases.size() - 1);
    for (std::size_t i = 0; i + 1 < releases.size(); ++i) {
        const nlohmann::json& step = summary["steps"][i];
        EXPECT_EQ(step["from"], releases[i].version);
        EXPECT_EQ(step["to"], releases[i + 1].version);
        const nlohmann::json diff =
            json_of({"diff", "icd10cm", releases[i].version, releases[i + 1].version, "--format", "json"})["summary"];
        for (const auto& [name, count] : step["summary"].items())
            EXPECT_EQ(count, diff[name]) << step["from"] << " -> " << step["to"] << ": " << name;
    }
    // FY2016 -> FY2017, the first update after the code freeze, added thousands of codes.
    EXPECT_GT(summary["steps"][0]["summary"]["added"].get<int>(), 1000);
}

TEST_F(SummaryRealData, TheStoresGapIsNamedOnTheStepThatCrossesIt) {
    const nlohmann::json summary = json_of({"summary", "icd10cm", "--format", "json"});
    std::size_t gaps = 0;
    for (const auto& step : summary["steps"]) {
        if (step["missing"].empty()) continue;
        ++gaps;
        EXPECT_EQ(step["from"], "FY2018");
        EXPECT_EQ(step["to"], "FY2021-01");
        std::vector<std::string> missing;
        for (const auto& release : step["missing"]) missing.push_back(release["version"]);
        EXPECT_EQ(missing, (std::vector<std::string>{"FY2019", "FY2020", "FY2021"}));
    }
    EXPECT_EQ(gaps, 1u);
    const CommandResult text = codeset({"summary", "icd10cm"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("across a gap: not in the store: FY2019 (2018-10-01), FY2020 (2019-10-01), "
                                    "FY2021 (2020-10-01)"));
}

}  // namespace
}  // namespace codeset::test
