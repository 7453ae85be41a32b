// codeset publish git on the real releases: ICD-10-CM and ICD-10-PCS FY2025 and FY2026, HCPCS
// 2017 and 2018 (whose action codes are bookkeeping the history leaves out). Two stores imported
// in opposite orders give the same commit ids; `git diff --numstat` agrees with `codeset diff`.
#include "git_history_support.hpp"
#include "real_releases.hpp"

#include "codeset/core/code_system.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;

struct RealSystem {
    std::string name;
    std::vector<std::string> files;  // oldest first
    std::string from;
    std::string to;
};

std::vector<RealSystem> real_systems() {
    return {
        {"icd10cm", {real_release("icd10cm", "FY2025").file, real_release("icd10cm", "FY2026").file}, "FY2025", "FY2026"},
        {"icd10pcs", {real_release("icd10pcs", "FY2025").file, real_release("icd10pcs", "FY2026").file}, "FY2025",
         "FY2026"},
        {"hcpcs", {"hcpcs/2017-Alpha-Numeric-HCPCS-File.zip", "hcpcs/2018-Alpha-Numeric-HCPCS-File.zip"}, "2017-01",
         "2018-01"},
    };
}

class PublishGitRealData : public testing::Test {
protected:
    void SetUp() override {
        CODESET_REQUIRE_SHARED_DATA();
        if (!have_git()) GTEST_SKIP() << "git is not installed: the published history cannot be read back";
        dir = scratch_dir("publish-git-realdata");
    }
    void TearDown() override { std::filesystem::remove_all(dir); }
    CommandResult codeset(const std::vector<std::string>& args) { return run_codeset(args, dir); }
    std::filesystem::path dir;
};

TEST_F(PublishGitRealData, SameCommitsFromEitherImportOrderAndNumstatAgreesWithTheDiff) {
    const std::filesystem::path forward = dir / "forward.git";
    const std::filesystem::path backward = dir / "backward.git";
    for (const RealSystem& system : real_systems()) {
        std::vector<std::string> paths;
        for (const std::string& file : system.files) paths.push_back((shared_data() / file).string());
        ASSERT_EQ(codeset({"--db", "forward.db", "import", paths[0], paths[1]}).exit_code, 0) << system.name;
        ASSERT_EQ(codeset({"--db", "backward.db", "import", paths[1], paths[0]}).exit_code, 0) << system.name;
        const CommandResult a = codeset({"--db", "forward.db", "publish", "git", system.name, forward.string(), "--init"});
        ASSERT_EQ(a.exit_code, 0) << a.err;
        const CommandResult b = codeset({"--db", "backward.db", "publish", "git", system.name, backward.string(), "--init"});
        ASSERT_EQ(b.exit_code, 0) << b.err;
        EXPECT_EQ(a.out, b.out) << system.name;
        EXPECT_THAT(a.out, HasSubstr(system.name + "/" + system.to + " "));

        const std::string tip = run_git(forward, "rev-parse " + system.name).out;
        EXPECT_EQ(run_git(backward, "rev-parse " + system.name).out, tip) << system.name;
        EXPECT_EQ(run_git(forward, "rev-list --count " + system.name).out, "2\n");

        const CommandResult diff =
            codeset({"--db", "forward.db", "diff", system.name, system.from, system.to, "--format", "json"});
        ASSERT_EQ(diff.exit_code, 0) << diff.err;
        const NumStat expected = expected_numstat(nlohmann::json::parse(diff.out), require_code_system(system.name));
        ASSERT_FALSE(expected.empty()) << system.name;
        EXPECT_EQ(git_numstat(forward, system.name + "/" + system.from, system.name + "/" + system.to), expected)
            << system.name;
    }
    const CommandResult fsck = run_git(forward, "fsck --strict --no-dangling");
    EXPECT_EQ(fsck.exit_code, 0) << fsck.err;
    // Three systems, three branches, six tags, in one repository.
    EXPECT_EQ(run_git(forward, "tag").out,
              "hcpcs/2017-01\nhcpcs/2018-01\nicd10cm/FY2025\nicd10cm/FY2026\nicd10pcs/FY2025\nicd10pcs/FY2026\n");
    const CommandResult rerun = codeset({"--db", "forward.db", "publish", "git", "icd10cm", forward.string()});
    EXPECT_EQ(rerun.out, "branch icd10cm is up to date at icd10cm/FY2026\n");
}

}  // namespace
}  // namespace codeset::test
