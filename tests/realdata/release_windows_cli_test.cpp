// Release windows and gaps, and mid-year updates told from their October release, on the real
// CMS files as a user types the commands (issue 9, sections 1 and 2).
#include "run_command.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class ReleaseWindowsCli : public testing::Test {
protected:
    void SetUp() override {
        CODESET_REQUIRE_SHARED_DATA();
        dir = scratch_dir("release-windows-cli");
    }
    void TearDown() override { std::filesystem::remove_all(dir); }
    CommandResult codeset(const std::vector<std::string>& args) { return run_codeset(args, dir); }
    static std::string data(const std::string& file) { return (shared_data() / file).string(); }
    std::filesystem::path dir;
};

// FY2018 and the January 2021 update: FY2019, FY2020 and FY2021 are not in the store.
class GapInTheStore : public ReleaseWindowsCli {
protected:
    void SetUp() override {
        ReleaseWindowsCli::SetUp();
        if (IsSkipped()) return;
        ASSERT_EQ(codeset({"import", data("icd10cm/cms_2018_dx.zip")}).exit_code, 0);
        ASSERT_EQ(codeset({"import", data("icd10cm/icd10cm-codes-order-Jan-2021.zip")}).exit_code, 0);
    }
};

TEST_F(GapInTheStore, ADateInTheGapNamesTheMissingRelease) {
    const CommandResult shown = codeset({"show", "icd10cm", "U07.1", "--at", "2020-06-01"});
    EXPECT_EQ(shown.exit_code, 5);
    EXPECT_THAT(shown.err, HasSubstr("FY2020, in force from 2019-10-01, is not in the store"));
    EXPECT_EQ(shown.out, "");
    // Inside the windows, dates resolve as before.
    EXPECT_EQ(codeset({"show", "icd10cm", "U07.1", "--at", "2021-06-01"}).exit_code, 0);
    EXPECT_EQ(codeset({"show", "icd10cm", "A00.0", "--at", "2018-09-30"}).exit_code, 0);
    const CommandResult searched = codeset({"search", "icd10cm", "cholera", "--at", "2019-03-01"});
    EXPECT_EQ(searched.exit_code, 5);
    EXPECT_THAT(searched.err, HasSubstr("FY2019, in force from 2018-10-01, is not in the store"));
}

TEST_F(GapInTheStore, ADiffBetweenDatesInTheGapIsAnErrorNotNoChanges) {
    const CommandResult diffed = codeset({"diff", "icd10cm", "2019-01-01", "2020-06-01"});
    EXPECT_EQ(diffed.exit_code, 5);
    EXPECT_THAT(diffed.err, HasSubstr("FY2019, in force from 2018-10-01, is not in the store"));
    EXPECT_THAT(diffed.out, Not(HasSubstr("No changes")));
    const CommandResult exported = codeset({"export", "icd10cm", "2020-06-01", "-o", (dir / "out.csv").string()});
    EXPECT_EQ(exported.exit_code, 5);
    EXPECT_FALSE(std::filesystem::exists(dir / "out.csv"));
}

TEST_F(GapInTheStore, HistorySaysWhereTheStoreIsBlind) {
    const CommandResult covid = codeset({"history", "icd10cm", "U07.1"});
    ASSERT_EQ(covid.exit_code, 0) << covid.err;
    EXPECT_THAT(covid.out, HasSubstr("not in the store between FY2018 and FY2021-01: FY2019 (2018-10-01), "
                                     "FY2020 (2019-10-01), FY2021 (2020-10-01)"));
    EXPECT_THAT(covid.out, HasSubstr("FY2021-01 (2021-01-01)  introduced as billable"));
    EXPECT_THAT(covid.out, HasSubstr("(here or in a release the store misses before it)"));

    const CommandResult cholera = codeset({"history", "icd10cm", "A00.0"});
    EXPECT_THAT(cholera.out, HasSubstr("FY2018 (2017-10-01)  first seen as billable"));
    EXPECT_THAT(cholera.out, HasSubstr("; the store holds no release before it"));
    EXPECT_THAT(cholera.out, Not(HasSubstr("introduced")));

    const nlohmann::json json = nlohmann::json::parse(codeset({"history", "icd10cm", "U07.1", "--format", "json"}).out);
    ASSERT_EQ(json["gaps"].size(), 1u);
    EXPECT_EQ(json["gaps"][0]["after"], "FY2018");
    EXPECT_EQ(json["gaps"][0]["before"], "FY2021-01");
    EXPECT_EQ(json["gaps"][0]["missing"].size(), 3u);
    ASSERT_EQ(json["history"].size(), 1u);
    EXPECT_EQ(json["history"][0]["event"], "introduced");
    EXPECT_EQ(json["history"][0]["missing_before"][2]["version"], "FY2021");
}

TEST_F(GapInTheStore, VerifyNamesTheReleaseTheAddendaAreWrittenAgainst) {
    const CommandResult verified = codeset({"verify", "icd10cm", "FY2021-01"});
    EXPECT_EQ(verified.exit_code, 5);
    EXPECT_THAT(verified.err, HasSubstr("its addenda are written against FY2021, in force from 2020-10-01, which is "
                                        "not in the store (the stored release before it is FY2018)"));
    EXPECT_THAT(verified.out, Not(HasSubstr("DISAGREE")));
    const CommandResult first = codeset({"verify", "icd10cm", "FY2018"});
    EXPECT_EQ(first.exit_code, 5);
    EXPECT_THAT(first.err, HasSubstr("written against FY2017, in force from 2016-10-01, which is not in the store"));
}

TEST_F(GapInTheStore, ReleasesShowEachWindowAndMarkTheGap) {
    const CommandResult listed = codeset({"releases"});
    EXPECT_THAT(listed.out, HasSubstr("UNTIL"));
    EXPECT_THAT(listed.out, HasSubstr("FY2018     2017-10-01 2018-10-01"));
    EXPECT_THAT(listed.out, HasSubstr("FY2021-01  2021-01-01 2021-10-01"));
    EXPECT_THAT(listed.out,
                HasSubstr("gap: not in the store: FY2019 (2018-10-01), FY2020 (2019-10-01), FY2021 (2020-10-01)"));
    const nlohmann::json json = nlohmann::json::parse(codeset({"releases", "--format", "json"}).out);
    ASSERT_EQ(json.size(), 2u);
    EXPECT_EQ(json[0]["until"], "2018-10-01");
    EXPECT_EQ(json[0]["missing_after"].size(), 3u);
    EXPECT_EQ(json[0]["missing_after"][0]["effective"], "2018-10-01");
    EXPECT_EQ(json[1]["until"], "2021-10-01");
    EXPECT_TRUE(json[1]["missing_after"].empty());
}

TEST_F(ReleaseWindowsCli, TheAprilUpdateAfterItsOctoberReleaseIsNotAConflictToOverwrite) {
    ASSERT_EQ(codeset({"import", data("icd10cm/Code Descriptions zip.zip")}).exit_code, 0);
    const CommandResult april = codeset({"import", data("icd10cm/cms_2022_dx.zip")});
    EXPECT_EQ(april.exit_code, 3);
    EXPECT_THAT(april.err, HasSubstr("a mid-year update or errata, not the October release; say which with "
                                     "--version FY2022-04 (April update) or --version FY2022-01"));
    EXPECT_THAT(april.err, Not(HasSubstr("--replace")));
    const CommandResult named = codeset({"import", data("icd10cm/cms_2022_dx.zip"), "--version", "FY2022-04"});
    ASSERT_EQ(named.exit_code, 0) << named.err;
    // Its addenda are written against the October release, which is now stored just before it.
    const CommandResult verified = codeset({"verify", "icd10cm", "FY2022-04"});
    EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;
    const nlohmann::json json = nlohmann::json::parse(codeset({"releases", "--format", "json"}).out);
    ASSERT_EQ(json.size(), 2u);
    EXPECT_EQ(json[0]["until"], "2022-04-01");
    EXPECT_TRUE(json[0]["missing_after"].empty());
}

TEST_F(ReleaseWindowsCli, TheCmAprilUpdateDatedInJanuaryIsRecognised) {
    // cms_2023_dx.zip: its files are dated 2023-01-04, after the January update took effect.
    const CommandResult imported = codeset({"import", data("icd10cm/cms_2023_dx.zip")});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_THAT(imported.out, HasSubstr("FY2023-04"));
}

TEST_F(ReleaseWindowsCli, PcsMidYearFilesAreNotTakenForOctoberReleases) {
    for (const char* file : {"icd10pcs/cms_2021_pr.zip", "icd10pcs/cms_2023_pr.zip", "icd10pcs/cms_2024_pr.zip"}) {
        const CommandResult result = codeset({"import", data(file)});
        EXPECT_EQ(result.exit_code, 3) << file;
        EXPECT_THAT(result.err, HasSubstr("a mid-year update or errata, not the October release")) << file;
    }
    EXPECT_FALSE(std::filesystem::exists(dir / "codeset.db"));
    // The January 2022 errata's order file is dated 2022-01-28: the April update's label.
    const CommandResult errata = codeset({"import", data("icd10pcs/cms_2022_errata.zip")});
    ASSERT_EQ(errata.exit_code, 0) << errata.err;
    EXPECT_THAT(errata.out, HasSubstr("FY2022-04"));
    // The October 2021 re-post of FY2022 stays the October release.
    const CommandResult october = codeset({"import", data("icd10pcs/cms_2022_pr.zip")});
    ASSERT_EQ(october.exit_code, 0) << october.err;
    const nlohmann::json json = nlohmann::json::parse(codeset({"releases", "--format", "json"}).out);
    ASSERT_EQ(json.size(), 2u);
    EXPECT_EQ(json[0]["version"], "FY2022");
    EXPECT_EQ(json[1]["version"], "FY2022-04");
    // Told by hand, each imports under its mid-year label.
    EXPECT_EQ(codeset({"import", data("icd10pcs/cms_2021_pr.zip"), "--version", "FY2021-01"}).exit_code, 0);
    EXPECT_EQ(codeset({"import", data("icd10pcs/cms_2023_pr.zip"), "--version", "FY2023-04"}).exit_code, 0);
}

}  // namespace
}  // namespace codeset::test
