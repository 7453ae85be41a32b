// ICD-10-CM FY2016 and FY2017 with their tabular XML, and ICD-10-PCS with its tables XML, through
// the command line on the real files.
#include "run_command.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace codeset::test {
namespace {

// The warnings a release's XML zip brings by CDC's own files: FY2017's Index to Diseases names 16
// codes and its External Cause Index 6 that its tabular list lacks (one warning each); FY2016's none.
int index_warnings(const nlohmann::json& version) { return version == "FY2017" ? 2 : 0; }

using ::testing::HasSubstr;

class TabularCli : public testing::Test {
protected:
    void SetUp() override {
        CODESET_REQUIRE_SHARED_DATA();
        dir = scratch_dir("tabular-cli");
    }
    void TearDown() override { std::filesystem::remove_all(dir); }
    CommandResult codeset(const std::vector<std::string>& args) { return run_codeset(args, dir); }
    std::string cm(const std::string& file) { return (shared_data() / "icd10cm" / file).string(); }
    std::filesystem::path dir;
};

TEST_F(TabularCli, XmlGivenWithTheOrderFileOrAddedLaterAnnotatesTheRelease) {
    // FY2016: order file and tabular XML in one call; FY2017: the XML added to the release in the store.
    ASSERT_EQ(codeset({"import", cm("cms_2016_dx.zip"), cm("ICD10CM_FY2016_ Full_ XML.ZIP")}).exit_code, 0);
    ASSERT_EQ(codeset({"import", cm("cms_2017_dx.zip")}).exit_code, 0);
    const CommandResult added = codeset({"import", cm("ICD10CM_FY2017_Full_XML.zip")});
    ASSERT_EQ(added.exit_code, 0) << added.err;
    EXPECT_THAT(added.out, HasSubstr("to icd10cm FY2017"));

    // The XML's billable codes equal the order file's: the self-check leaves no warning (FY2017's
    // two are its Alphabetic Index's, which names codes its tabular list lacks).
    const nlohmann::json releases = nlohmann::json::parse(codeset({"releases", "--format", "json"}).out);
    for (const auto& release : releases)
        EXPECT_EQ(release["warnings"], index_warnings(release["version"])) << release["version"];

    const nlohmann::json shown = nlohmann::json::parse(codeset({"show", "icd10cm", "S52.521A", "--format", "json"}).out);
    ASSERT_EQ(shown["ancestry"].size(), 4u);
    EXPECT_EQ(shown["ancestry"][0]["code"], "S52");
    EXPECT_EQ(shown["attributes"]["seventh_character"], "A");
    EXPECT_EQ(shown["attributes"]["seventh_character_meaning"], "initial encounter for closed fracture");
    EXPECT_THAT(codeset({"show", "icd10cm", "E11.9"}).out, HasSubstr("Excludes1: type 1 diabetes mellitus (E10.-)"));

    const nlohmann::json diff =
        nlohmann::json::parse(codeset({"diff", "icd10cm", "FY2016", "FY2017", "--format", "json"}).out);
    EXPECT_EQ(diff["summary"]["added"], 1974);  // the order-file counts are unchanged by the XML
    EXPECT_EQ(diff["summary"]["chapters"].size(), 21u);
    ASSERT_TRUE(diff.contains("notes"));
    std::set<std::string> kinds;
    for (const auto& note : diff["notes"]) kinds.insert(note["kind"]);
    for (const char* kind : {"excludes1", "excludes2", "inclusion_terms", "seventh_characters"})
        EXPECT_TRUE(kinds.count(kind)) << kind;

    // Adding the same XML again changes nothing.
    const std::string before = read_text(dir / "codeset.db");
    EXPECT_EQ(codeset({"import", cm("ICD10CM_FY2017_Full_XML.zip")}).exit_code, 0);
    EXPECT_EQ(read_text(dir / "codeset.db"), before);
}

TEST_F(TabularCli, XmlOfAReleaseNotInTheStoreIsRefused) {
    const CommandResult result = codeset({"import", cm("ICD10CM_FY2017_Full_XML.zip")});
    EXPECT_EQ(result.exit_code, 5);
    EXPECT_THAT(result.err, HasSubstr("import the release's order file first"));
}

TEST_F(TabularCli, ProcedureCodesAreExplainedCharacterByCharacter) {
    // The January 2022 errata zip holds both the order file and the tables XML.
    const CommandResult imported = codeset(
        {"import", (shared_data() / "icd10pcs/cms_2022_errata.zip").string(), "--version", "FY2022-01"});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    const nlohmann::json releases = nlohmann::json::parse(codeset({"releases", "--format", "json"}).out);
    EXPECT_EQ(releases[0]["warnings"], 0);
    const CommandResult shown = codeset({"show", "icd10pcs", "0DTJ4ZZ"});
    EXPECT_THAT(shown.out, HasSubstr("3 Operation: Resection (Cutting out or off, without replacement, all of a body part)"));
    EXPECT_THAT(shown.out, HasSubstr("4 Body Part: Appendix"));
    EXPECT_THAT(shown.out, HasSubstr("5 Approach: Percutaneous Endoscopic"));
}

TEST_F(TabularCli, TablesXmlGivenAsAFileAnnotatesItsReleaseAndTableChangesShowInTheDiff) {
    for (const char* year : {"2025", "2026"}) {
        const std::string xml = (dir / ("icd10pcs_tables_" + std::string(year) + ".xml")).string();
        const std::string unpack = "xz -dc " + shell_quote((shared_data() / "icd10pcs" /
                                                           ("icd10pcs_tables_" + std::string(year) + ".xml.xz"))
                                                              .string()) +
                                   " > " + shell_quote(xml);
        ASSERT_EQ(std::system(unpack.c_str()), 0);
        const CommandResult imported =
            codeset({"import", (shared_data() / "icd10pcs" / ("cms_" + std::string(year) + "_pr.zip")).string(), xml});
        ASSERT_EQ(imported.exit_code, 0) << imported.err;
    }
    const nlohmann::json releases = nlohmann::json::parse(codeset({"releases", "icd10pcs", "--format", "json"}).out);
    for (const auto& release : releases) EXPECT_EQ(release["warnings"], 0) << release["version"];
    const nlohmann::json diff =
        nlohmann::json::parse(codeset({"diff", "icd10pcs", "FY2025", "FY2026", "--format", "json"}).out);
    EXPECT_EQ(diff["summary"]["added"], 206);
    // Two revised codes also changed the label of their device character in the tables.
    EXPECT_EQ(diff["summary"]["attribute_fields"]["character_6"], 2);
}

TEST_F(TabularCli, ChapterAndSectionNotesAreKeptShownAndDiffed) {
    ASSERT_EQ(codeset({"import", cm("cms_2016_dx.zip"), cm("ICD10CM_FY2016_ Full_ XML.ZIP")}).exit_code, 0);
    ASSERT_EQ(codeset({"import", cm("cms_2017_dx.zip"), cm("ICD10CM_FY2017_Full_XML.zip")}).exit_code, 0);

    // I10: the notes of chapter 9, then of section I10-I16, then the code's own, in that order.
    const nlohmann::json shown = nlohmann::json::parse(codeset({"show", "icd10cm", "I10", "--format", "json"}).out);
    std::vector<std::string> levels;
    for (const auto& note : shown["notes"]) levels.push_back(note["level"]);
    ASSERT_FALSE(levels.empty());
    EXPECT_TRUE(std::is_sorted(levels.begin(), levels.end(), [](const std::string& a, const std::string& b) {
        const auto rank = [](const std::string& level) { return level == "chapter" ? 0 : level == "section" ? 1 : 2; };
        return rank(a) < rank(b);
    }));
    EXPECT_EQ(levels.front(), "chapter");
    EXPECT_NE(std::find(levels.begin(), levels.end(), "section"), levels.end());
    EXPECT_EQ(levels.back(), "code");
    const std::string text = codeset({"show", "icd10cm", "I10"}).out;
    EXPECT_THAT(text, HasSubstr("    Chapter 9  Excludes2: neoplasms (C00-D49)"));
    EXPECT_THAT(text, HasSubstr("    Section I10-I16  Excludes1: neonatal hypertension (P29.2)"));
    EXPECT_THAT(text, HasSubstr("    I10  Includes: high blood pressure"));

    const nlohmann::json diff =
        nlohmann::json::parse(codeset({"diff", "icd10cm", "FY2016", "FY2017", "--format", "json"}).out);
    std::size_t division_notes = 0;
    for (const auto& note : diff["notes"]) division_notes += note["level"] != "code";
    EXPECT_GE(division_notes, 24u);  // dozens of chapter and section notes changed
    // Every chapter has its title, chapter 17 included (no category of it changed).
    ASSERT_EQ(diff["summary"]["chapters"].size(), 21u);
    for (const auto& [number, chapter] : diff["summary"]["chapters"].items())
        EXPECT_FALSE(chapter["title"].get<std::string>().empty()) << number;
    EXPECT_EQ(diff["summary"]["chapters"]["17"]["title"],
              "Congenital malformations, deformations and chromosomal abnormalities (Q00-Q99)");
    const std::string report = codeset({"diff", "icd10cm", "FY2016", "FY2017"}).out;
    EXPECT_THAT(report, HasSubstr("Congenital malformations, deformations and chromosomal abnormalities (Q00-Q99)"));
    EXPECT_THAT(report, HasSubstr("  Section I10-I15  excludes1 - neonatal hypertension (P29.2)"));
    // Chapter and section notes do not add warnings.
    const nlohmann::json releases = nlohmann::json::parse(codeset({"releases", "--format", "json"}).out);
    for (const auto& release : releases)
        EXPECT_EQ(release["warnings"], index_warnings(release["version"])) << release["version"];
}

TEST_F(TabularCli, AReleaseWithItsXmlIsComparedWithOneWithoutOnlyByWhatBothHave) {
    ASSERT_EQ(codeset({"import", cm("cms_2017_dx.zip"), cm("ICD10CM_FY2017_Full_XML.zip")}).exit_code, 0);
    ASSERT_EQ(codeset({"import", cm("cms_2018_dx.zip")}).exit_code, 0);
    const nlohmann::json diff =
        nlohmann::json::parse(codeset({"diff", "icd10cm", "FY2017", "FY2018", "--format", "json"}).out);
    EXPECT_EQ(diff["not_compared"]["release"], "FY2018");
    EXPECT_EQ(diff["summary"]["attributes"], 0);
    EXPECT_FALSE(diff.contains("notes"));
    EXPECT_LT(diff["changes"].size(), 2000u);  // the order file's changes only, not every code's notes
    EXPECT_THAT(codeset({"diff", "icd10cm", "FY2017", "FY2018"}).out,
                HasSubstr("FY2018 has no tabular XML: notes and tabular XML attributes not compared"));
}

TEST_F(TabularCli, APcsReleaseWithItsTablesIsComparedWithOneWithoutOnlyByWhatBothHave) {
    const std::string xml = (dir / "icd10pcs_tables_2025.xml").string();
    const std::string unpack =
        "xz -dc " + shell_quote((shared_data() / "icd10pcs/icd10pcs_tables_2025.xml.xz").string()) + " > " +
        shell_quote(xml);
    ASSERT_EQ(std::system(unpack.c_str()), 0);
    ASSERT_EQ(codeset({"import", (shared_data() / "icd10pcs/cms_2025_pr.zip").string(), xml}).exit_code, 0);
    ASSERT_EQ(codeset({"import", (shared_data() / "icd10pcs/cms_2026_pr.zip").string()}).exit_code, 0);
    const nlohmann::json diff =
        nlohmann::json::parse(codeset({"diff", "icd10pcs", "FY2025", "FY2026", "--format", "json"}).out);
    EXPECT_EQ(diff["not_compared"]["release"], "FY2026");
    EXPECT_EQ(diff["not_compared"]["missing"], "tables XML");
    EXPECT_EQ(diff["summary"]["attributes"], 0);
    EXPECT_EQ(diff["summary"]["added"], 206);

    // The same tables XML given again changes nothing.
    const std::string stored = read_text(dir / "codeset.db");
    EXPECT_EQ(codeset({"import", xml}).exit_code, 0);
    EXPECT_EQ(read_text(dir / "codeset.db"), stored);
}

}  // namespace
}  // namespace codeset::test
