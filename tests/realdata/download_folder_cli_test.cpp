// A whole download folder given to one `codeset import`, and a release given with its companion
// and the options that name it, on the real CMS and CDC files.
#include "run_command.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;

class DownloadFolderCli : public testing::Test {
protected:
    void SetUp() override {
        CODESET_REQUIRE_SHARED_DATA();
        const auto* info = testing::UnitTest::GetInstance()->current_test_info();
        dir = scratch_dir(std::string("download-folder-") + info->name());
    }
    void TearDown() override { std::filesystem::remove_all(dir); }
    CommandResult codeset(const std::vector<std::string>& args) { return run_codeset(args, dir); }
    std::filesystem::path dir;
};

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

TEST_F(DownloadFolderCli, EveryFileOfTheFolderIsTriedAndEachGetsOneLine) {
    // Everything CMS and CDC posted for ICD-10-CM here: order zips, the XML zips, the
    // conversion tables (which codeset does not read yet).
    std::vector<std::string> args = {"import"};
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(shared_data() / "icd10cm"))
        paths.push_back(entry.path().string());
    std::sort(paths.begin(), paths.end());
    args.insert(args.end(), paths.begin(), paths.end());
    const CommandResult result = codeset(args);

    const std::vector<std::string> out = lines_of(result.out);
    std::vector<std::string> errors;
    for (const std::string& line : lines_of(result.err))
        if (!line.starts_with("codeset: warning: ")) errors.push_back(line);
    const bool any_failed = result.exit_code != 0;
    if (any_failed) {
        ASSERT_FALSE(errors.empty());
        EXPECT_THAT(errors.back(), HasSubstr("paths not imported"));
        errors.pop_back();
    }
    for (const std::string& line : errors) EXPECT_THAT(line, HasSubstr("codeset: error: "));
    // Each path is named by exactly one line: its release's (with the companions given with it),
    // or its error.
    for (const std::string& path : paths) {
        const auto names = [&](const std::string& line) { return line.find(path) != std::string::npos; };
        EXPECT_EQ(std::count_if(out.begin(), out.end(), names) + std::count_if(errors.begin(), errors.end(), names), 1)
            << path << "\n" << result.out << result.err;
    }
    // What was imported is in the store, once each.
    const nlohmann::json releases = nlohmann::json::parse(codeset({"releases", "--format", "json"}).out);
    std::size_t imported = 0;
    for (const std::string& line : out)
        if (line.find(": imported ") != std::string::npos) ++imported;
    EXPECT_EQ(releases.size(), imported) << result.out;
    EXPECT_GE(imported, 9u) << result.out << result.err;
    const std::size_t failed_paths = errors.size();
    EXPECT_EQ(any_failed, failed_paths > 0);

    // The same folder again: nothing new, each release says it is already there.
    const std::string before = read_text(dir / "codeset.db");
    const CommandResult again = codeset(args);
    EXPECT_EQ(read_text(dir / "codeset.db"), before);
    for (const std::string& line : lines_of(again.out)) EXPECT_THAT(line, ::testing::Not(HasSubstr(": imported ")));
}

TEST_F(DownloadFolderCli, OptionsApplyToAReleaseGivenWithItsCompanion) {
    const std::string order = (shared_data() / "icd10cm/cms_2017_dx.zip").string();
    const std::string xml = (shared_data() / "icd10cm/ICD10CM_FY2017_Full_XML.zip").string();
    const CommandResult result = codeset({"import", "--system", "icd10cm", "--version", "FY2017", order, xml});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("imported icd10cm FY2017 (effective 2016-10-01, annual)"));
    const nlohmann::json releases = nlohmann::json::parse(codeset({"releases", "--format", "json"}).out);
    ASSERT_EQ(releases.size(), 1u);
    EXPECT_EQ(releases[0]["version"], "FY2017");
    EXPECT_EQ(releases[0]["warnings"], 2);  // FY2017's index names codes its tabular list lacks
    EXPECT_THAT(codeset({"show", "icd10cm", "E11.9"}).out, HasSubstr("Excludes1"));
}

}  // namespace
}  // namespace codeset::test
