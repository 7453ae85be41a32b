// Notes at every level, like compared with like, and companions that follow the rules of releases,
// through the binary on the hand-written releases of tests/data/icd10cm_xml/notes (README.md).
#include "cli_fixture.hpp"

#include <gmock/gmock.h>

#include <set>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string notes(const std::string& name) { return fixture("icd10cm_xml/notes/" + name).string(); }

class NotesCli : public CliTest {
protected:
    // 2098 with its XML; 2099 without.
    void import_both() {
        const CommandResult result = codeset({"import", notes("2098"), notes("2099")});
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }
    void annotate_2099() {
        const CommandResult result = codeset({"import", notes("xml_2099")});
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }
};

TEST_F(NotesCli, ShowPrintsTheNotesOfTheChapterAndSectionDownToTheCode) {
    import_both();
    const CommandResult shown = codeset({"show", "icd10cm", "E11.9", "--at", "FY2098"});
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    const std::string& out = shown.out;
    const auto chapter = out.find("    Chapter 4  Note: Neonatal conditions are not coded here");
    const auto section = out.find("    Section E08-E13  Excludes1: gestational diabetes (O24.4-)");
    const auto category = out.find("    E11  Includes: diabetes due to insulin secretory defect");
    ASSERT_NE(chapter, std::string::npos) << out;
    ASSERT_NE(section, std::string::npos) << out;
    ASSERT_NE(category, std::string::npos) << out;
    EXPECT_LT(chapter, section);
    EXPECT_LT(section, category);
    // Notes of other chapters do not apply.
    EXPECT_THAT(out, Not(HasSubstr("communicable")));

    const nlohmann::json json = json_of({"show", "icd10cm", "E11.9", "--at", "FY2098", "--format", "json"});
    ASSERT_EQ(json["notes"].size(), 3u);
    EXPECT_EQ(json["notes"][0]["level"], "chapter");
    EXPECT_EQ(json["notes"][0]["from"], "4");
    EXPECT_EQ(json["notes"][1]["level"], "section");
    EXPECT_EQ(json["notes"][1]["from"], "E08-E13");
    EXPECT_EQ(json["notes"][1]["kind"], "excludes1");
    EXPECT_EQ(json["notes"][2]["level"], "code");
    EXPECT_EQ(json["notes"][2]["from"], "E11");
}

TEST_F(NotesCli, AReleaseWithoutItsXmlIsComparedWithoutNotesAndSaysSo) {
    import_both();
    const CommandResult text = codeset({"diff", "icd10cm", "FY2098", "FY2099"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("FY2099 has no tabular XML: notes and tabular XML attributes not compared"));
    EXPECT_THAT(text.out, HasSubstr("No changes."));
    EXPECT_THAT(text.out, Not(HasSubstr("Attributes")));

    const nlohmann::json json = json_of({"diff", "icd10cm", "FY2098", "FY2099", "--format", "json"});
    EXPECT_EQ(json["not_compared"]["release"], "FY2099");
    EXPECT_EQ(json["not_compared"]["missing"], "tabular XML");
    EXPECT_EQ(json["summary"]["attributes"], 0);
    EXPECT_TRUE(json["changes"].empty());

    EXPECT_THAT(codeset({"diff", "icd10cm", "FY2098", "FY2099", "--format", "markdown"}).out,
                HasSubstr("> FY2099 has no tabular XML"));
    // History: the code did not change because the later release lacks the XML.
    EXPECT_THAT(codeset({"history", "icd10cm", "E11.9"}).out, Not(HasSubstr("changed")));
}

TEST_F(NotesCli, ChapterAndSectionNoteChangesAreInEveryDiffFormat) {
    import_both();
    annotate_2099();
    const CommandResult text = codeset({"diff", "icd10cm", "FY2098", "FY2099"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_THAT(text.out, Not(HasSubstr("not compared")));
    EXPECT_THAT(text.out, HasSubstr("Chapter 4  notes + All neoplasms are classified in chapter 2"));
    EXPECT_THAT(text.out, HasSubstr("Chapter 4  notes - Neonatal conditions are not coded here"));

    const nlohmann::json json = json_of({"diff", "icd10cm", "FY2098", "FY2099", "--format", "json"});
    EXPECT_FALSE(json.contains("not_compared"));
    ASSERT_EQ(json["notes"].size(), 1u);
    EXPECT_EQ(json["notes"][0]["level"], "chapter");
    EXPECT_EQ(json["notes"][0]["code"], "4");
    EXPECT_EQ(json["notes"][0]["added"][0], "All neoplasms are classified in chapter 2");

    EXPECT_THAT(codeset({"diff", "icd10cm", "FY2098", "FY2099", "--format", "markdown"}).out,
                HasSubstr("| Chapter 4 | notes | All neoplasms are classified in chapter 2 | Neonatal conditions"));
    // Only a chapter changed: diff --exit-code says there are changes.
    EXPECT_EQ(codeset({"diff", "icd10cm", "FY2098", "FY2099", "--exit-code"}).exit_code, 1);
    EXPECT_EQ(codeset({"diff", "icd10cm", "FY2099", "FY2099", "--exit-code"}).exit_code, 0);
}

TEST_F(NotesCli, TheSameXmlAgainIsANoOpAndADifferentOneAConflict) {
    import_both();
    annotate_2099();
    const std::string stored = read_text(dir / "codeset.db");
    const CommandResult again = codeset({"import", notes("xml_2099")});
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(read_text(dir / "codeset.db"), stored);

    const CommandResult different = codeset({"import", notes("xml_2099_revised")});
    EXPECT_EQ(different.exit_code, 4);
    EXPECT_THAT(different.err, HasSubstr("icd10cm FY2099 already has a tabular XML"));
    EXPECT_THAT(different.err, HasSubstr("--replace"));
    EXPECT_EQ(read_text(dir / "codeset.db"), stored);

    const CommandResult replaced = codeset({"import", "--replace", notes("xml_2099_revised")});
    ASSERT_EQ(replaced.exit_code, 0) << replaced.err;
    const nlohmann::json shown = json_of({"show", "icd10cm", "E11.9", "--format", "json"});
    std::vector<std::string> texts;
    for (const auto& note : shown["notes"]) texts.push_back(note["text"]);
    EXPECT_THAT(texts, testing::Contains("neonatal diabetes mellitus (P70.2)"));
    EXPECT_THAT(texts, testing::Contains("diabetes NOS"));
    EXPECT_THAT(texts, Not(testing::Contains("gestational diabetes (O24.4-)")));

    // The replaced XML's files and warnings are gone; none is listed twice.
    const nlohmann::json releases = json_of({"releases", "--files", "--warnings", "--format", "json"});
    for (const auto& release : releases) {
        if (release["version"] != "FY2099") continue;
        for (const auto& file : release["files"])
            EXPECT_NE(file["path"], notes("xml_2099")) << release["files"].dump();
        std::set<std::string> warnings;
        if (release.contains("warning_list")) {
            for (const auto& warning : release["warning_list"]) EXPECT_TRUE(warnings.insert(warning.dump()).second);
        }
    }
}

TEST_F(NotesCli, AnXmlCoveringASmallPartOfTheReleaseIsRefused) {
    import_both();
    const std::string stored = read_text(dir / "codeset.db");
    const CommandResult partial = codeset({"import", notes("xml_2099_partial")});
    EXPECT_EQ(partial.exit_code, 3);
    EXPECT_THAT(partial.err, HasSubstr("covers 1 of the release's 7 codes (14.3%)"));
    EXPECT_THAT(partial.err, HasSubstr("xml_2099_partial"));
    EXPECT_EQ(read_text(dir / "codeset.db"), stored);
}

}  // namespace
}  // namespace codeset::test
