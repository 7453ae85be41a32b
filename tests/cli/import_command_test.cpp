#include "cli_fixture.hpp"

namespace codeset::test {
namespace {

using ImportCommand = CliTest;

TEST_F(ImportCommand, ImportsBothSamplesIntoTheDefaultStore) {
    const CommandResult result = codeset({"import", sample(sample_2025).string(), sample(sample_2026).string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("imported icd10cm FY2025 (effective 2024-10-01, annual)"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("imported icd10cm FY2026 (effective 2025-10-01, annual)"), std::string::npos) << result.out;
    EXPECT_TRUE(std::filesystem::exists(dir / "codeset.db"));
}

TEST_F(ImportCommand, DbOptionAndEnvironmentChooseTheStore) {
    ASSERT_EQ(codeset({"--db", "chosen.db", "import", sample(sample_2025).string()}).exit_code, 0);
    EXPECT_TRUE(std::filesystem::exists(dir / "chosen.db"));
    EXPECT_FALSE(std::filesystem::exists(dir / "codeset.db"));
    const CommandResult from_env = run_codeset({"releases"}, dir, (dir / "chosen.db").string());
    EXPECT_NE(from_env.out.find("FY2025"), std::string::npos) << from_env.out;
}

TEST_F(ImportCommand, ImportingTheSameFilesAgainSaysSoAndChangesNothing) {
    import_samples();
    const std::string before = read_text(dir / "codeset.db");
    const CommandResult again = codeset({"import", sample(sample_2026).string()});
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find("already in the store with identical content"), std::string::npos) << again.out;
    EXPECT_EQ(read_text(dir / "codeset.db"), before);
}

TEST_F(ImportCommand, DifferentContentUnderAnExistingLabelNeedsReplace) {
    import_samples();
    // The 2025 sample presented as FY2026: same label, different content.
    const CommandResult refused = codeset({"import", sample(sample_2025).string(), "--version", "FY2026"});
    EXPECT_EQ(refused.exit_code, 4);
    EXPECT_NE(refused.err.find("--replace"), std::string::npos) << refused.err;
    const CommandResult replaced = codeset({"import", sample(sample_2025).string(), "--version", "FY2026", "--replace"});
    EXPECT_EQ(replaced.exit_code, 0) << replaced.err;
    EXPECT_NE(replaced.out.find("replaced icd10cm FY2026"), std::string::npos) << replaced.out;
    const nlohmann::json diff = json_of({"diff", "icd10cm", "FY2025", "FY2026", "--format", "json"});
    EXPECT_TRUE(diff["changes"].empty());
}

TEST_F(ImportCommand, VersionAndEffectiveOverrideWhatTheNamesSay) {
    const CommandResult result =
        codeset({"import", sample(sample_2026).string(), "--version", "fy2026-04", "--effective", "2026-04-01"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const nlohmann::json releases = json_of({"releases", "--format", "json"});
    ASSERT_EQ(releases.size(), 1u);
    EXPECT_EQ(releases[0]["version"], "FY2026-04");
    EXPECT_EQ(releases[0]["kind"], "april");
    EXPECT_EQ(releases[0]["effective"], "2026-04-01");
}

TEST_F(ImportCommand, VersionIsReadWithTheSystemsGrammarAndOthersNeedEffective) {
    // A quarterly HCPCS label sets its own date and kind.
    const std::string hcpcs = fixture("hcpcs/2018-Alpha-Numeric-HCPCS-File.zip").string();
    ASSERT_EQ(codeset({"import", hcpcs, "--version", "2018-04"}).exit_code, 0);
    const nlohmann::json releases = json_of({"releases", "--format", "json"});
    ASSERT_EQ(releases.size(), 1u);
    EXPECT_EQ(releases[0]["version"], "2018-04");
    EXPECT_EQ(releases[0]["effective"], "2018-04-01");
    EXPECT_EQ(releases[0]["kind"], "quarterly");
    // ICD-10-CM labels are fiscal years: a calendar label is not one, nor is a word.
    for (const char* label : {"2018-04", "spring"}) {
        const CommandResult refused = codeset({"import", sample(sample_2025).string(), "--version", label});
        EXPECT_EQ(refused.exit_code, 2) << label;
        EXPECT_NE(refused.err.find("is not a label of icd10cm (FY2026, FY2023-04"), std::string::npos) << refused.err;
        EXPECT_NE(refused.err.find("--effective"), std::string::npos) << refused.err;
    }
    EXPECT_EQ(codeset({"import", sample(sample_2025).string(), "--version", "spring", "--effective", "2025-03-01"}).exit_code,
              0);
}

TEST_F(ImportCommand, AVersionGivenInAnotherSpellingIsTheSameRelease) {
    // The file's name says 2018 (2018-01, the annual file); --version 2018 is the same label.
    const std::string hcpcs = fixture("hcpcs/2018-Alpha-Numeric-HCPCS-File.zip").string();
    const CommandResult by_name = codeset({"import", hcpcs});
    ASSERT_EQ(by_name.exit_code, 0) << by_name.err;
    EXPECT_NE(by_name.out.find("imported hcpcs 2018-01 (effective 2018-01-01, annual)"), std::string::npos)
        << by_name.out;
    const std::string before = read_text(dir / "codeset.db");
    const CommandResult given = codeset({"import", hcpcs, "--version", "2018"});
    ASSERT_EQ(given.exit_code, 0) << given.err;
    EXPECT_NE(given.out.find("hcpcs 2018-01 (effective 2018-01-01, annual): already in the store with identical content"),
              std::string::npos)
        << given.out;
    EXPECT_EQ(read_text(dir / "codeset.db"), before);
    const nlohmann::json releases = json_of({"releases", "hcpcs", "--format", "json"});
    ASSERT_EQ(releases.size(), 1u);
    EXPECT_EQ(releases[0]["version"], "2018-01");
}

TEST_F(ImportCommand, AnExtractedFolderAndTheOrderFileAloneGiveTheSameRelease) {
    ASSERT_EQ(std::system(("cd " + shell_quote(dir.string()) + " && mkdir unpacked && cd unpacked && unzip -q " +
                           shell_quote(sample(sample_2026).string()))
                              .c_str()),
              0);
    ASSERT_EQ(codeset({"--db", "zip.db", "import", sample(sample_2026).string()}).exit_code, 0);
    ASSERT_EQ(codeset({"--db", "folder.db", "import", "unpacked"}).exit_code, 0);
    std::string order_file;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir / "unpacked"))
        if (entry.path().filename().string().find("order-2026") != std::string::npos &&
            entry.path().filename().string().find("addenda") == std::string::npos)
            order_file = entry.path().string();
    ASSERT_FALSE(order_file.empty());
    ASSERT_EQ(codeset({"--db", "file.db", "import", order_file}).exit_code, 0);
    const std::string zip_rows = codeset({"--db", "zip.db", "export", "icd10cm", "FY2026"}).out;
    EXPECT_EQ(codeset({"--db", "folder.db", "export", "icd10cm", "FY2026"}).out, zip_rows);
    EXPECT_EQ(codeset({"--db", "file.db", "export", "icd10cm", "FY2026"}).out, zip_rows);
}

TEST_F(ImportCommand, ReleasesListsSourceFilesWithTheirChecksums) {
    import_samples();
    const nlohmann::json releases = json_of({"releases", "icd10cm", "--format", "json"});
    ASSERT_EQ(releases.size(), 2u);
    EXPECT_EQ(releases[0]["version"], "FY2025");
    EXPECT_EQ(releases[1]["version"], "FY2026");
    bool has_order = false;
    for (const auto& file : releases[1]["files"]) {
        EXPECT_EQ(file["sha256"].get<std::string>().size(), 64u);
        if (file["role"] == "order") has_order = true;
    }
    EXPECT_TRUE(has_order);
    EXPECT_GT(releases[1]["billable"].get<int>(), 0);
}

}  // namespace
}  // namespace codeset::test

namespace codeset::test {
namespace {

// `codeset import ~/Downloads/cms/*.zip`: every path is tried, each gets one line, all that can
// be imported are, and the exit code is the first failure's.
TEST_F(ImportCommand, ADownloadFolderIsImportedAsFarAsItCanBe) {
    std::ofstream(dir / "readme.txt") << "Not a release.\n";
    const CommandResult result = codeset({"import", sample(sample_2025).string(), (dir / "missing.zip").string(),
                                          (dir / "readme.txt").string(), sample(sample_2026).string()});
    EXPECT_EQ(result.exit_code, 3) << result.err;
    EXPECT_NE(result.out.find("imported icd10cm FY2025"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("imported icd10cm FY2026"), std::string::npos) << result.out;
    const auto lines = [](const std::string& text) { return std::count(text.begin(), text.end(), '\n'); };
    EXPECT_EQ(lines(result.out), 2) << result.out;
    EXPECT_EQ(lines(result.err), 3) << result.err;  // one per failed path, then the count
    EXPECT_NE(result.err.find("codeset: error: " + (dir / "missing.zip").string()), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("codeset: error: " + (dir / "readme.txt").string()), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("2 of 4 paths not imported"), std::string::npos) << result.err;
    EXPECT_EQ(json_of({"releases", "--format", "json"}).size(), 2u);

    // A conflict stops nothing either: the 2025 sample stored as FY2026 makes the 2026 sample a
    // conflict, and the release after it is imported.
    std::filesystem::remove(dir / "codeset.db");
    ASSERT_EQ(codeset({"import", "--version", "FY2026", sample(sample_2025).string()}).exit_code, 0);
    const CommandResult after = codeset({"import", sample(sample_2026).string(), sample(sample_2025).string()});
    EXPECT_EQ(after.exit_code, 4) << after.err;
    EXPECT_NE(after.err.find("--replace"), std::string::npos) << after.err;
    EXPECT_NE(after.out.find("imported icd10cm FY2025"), std::string::npos) << after.out;
    EXPECT_NE(after.err.find("1 of 2 paths not imported"), std::string::npos) << after.err;
    EXPECT_EQ(json_of({"releases", "--format", "json"}).size(), 2u);
}

TEST_F(ImportCommand, VersionNamesOneReleaseOfManyPaths) {
    const CommandResult two = codeset(
        {"import", "--version", "FY2026", sample(sample_2025).string(), sample(sample_2026).string()});
    EXPECT_EQ(two.exit_code, 2) << two.err;
    EXPECT_NE(two.err.find("--version names one release"), std::string::npos) << two.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "codeset.db"));
}

}  // namespace
}  // namespace codeset::test
