// The ICD-10-CM tabular XML parser on hand-written fixtures (tests/data/icd10cm_xml).
#include "codeset/core/attribute_values.hpp"
#include "common/line_reader.hpp"
#include "companions/tabular_importer.hpp"
#include "icd10cm_xml/billable.hpp"
#include "icd10cm_xml/tabular.hpp"

#include "importer_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace codeset::importers::icd10cm_xml {
namespace {

using test::fixture;

TabularRelease read_fixture(const std::string& name) {
    auto source = Source::open(fixture("icd10cm_xml/" + name));
    return read_tabular(*source, source->members().front());
}

std::string error_reading(const std::string& name) {
    try {
        read_fixture(name);
    } catch (const ParseError& error) {
        return error.what();
    }
    ADD_FAILURE() << "no ParseError reading " << name;
    return {};
}

const TabularCode& code_of(const TabularRelease& release, const std::string& code) {
    const auto found = std::find_if(release.codes.begin(), release.codes.end(),
                                    [&](const TabularCode& c) { return c.code == code; });
    if (found == release.codes.end()) throw std::runtime_error("no code " + code);
    return *found;
}

using Characters = std::vector<std::pair<char, std::string>>;

TEST(XmlIcd10Cm, ReadsChaptersSectionsAndCodesInDocumentOrder) {
    const TabularRelease release = read_fixture("tabular_small.xml");
    EXPECT_EQ(release.version, "2099");
    std::vector<std::string> codes;
    for (const TabularCode& code : release.codes) codes.push_back(code.code);
    EXPECT_EQ(codes, (std::vector<std::string>{"A00", "A000", "A001", "A81", "A818", "A8182", "S52", "S525", "S5252",
                                               "S52521", "S52529", "S529", "S5290", "T07", "T36", "T360", "T360X",
                                               "T360X1"}));

    ASSERT_EQ(release.chapters.size(), 2u);
    const Chapter& first = release.chapters[0];
    EXPECT_EQ(first.number, "1");
    EXPECT_EQ(first.title, "Certain infectious and parasitic diseases (A00-B99)");
    EXPECT_EQ(first.notes.at("includes"),
              std::vector<std::string>{"diseases generally recognized as communicable or transmissible"});
    ASSERT_EQ(first.sections.size(), 2u);
    EXPECT_EQ(first.sections[1].id, "A80-A89");
    EXPECT_EQ(first.sections[1].first, "A81");  // from the sectionRef, not the id
    EXPECT_EQ(first.sections[1].last, "A89");
    EXPECT_EQ(first.sections[1].notes.at("use_additional_code"),
              (std::vector<std::string>{"code to identify any associated:", "fever (R50.-) and chills"}));
    const Section& t07 = release.chapters[1].sections[1];
    EXPECT_EQ(t07.id, "T07");
    EXPECT_EQ(t07.first, "T07");
    EXPECT_EQ(t07.last, "T07");
    EXPECT_EQ(t07.title, "Injuries involving multiple body regions (T07)");

    const TabularCode& a000 = code_of(release, "A000");
    EXPECT_EQ(a000.name, "A00.0");
    EXPECT_EQ(a000.title, "Cholera due to Vibrio cholerae 01, biovar cholerae");
    EXPECT_EQ(a000.parent, "A00");
    EXPECT_EQ(a000.chapter, "1");
    EXPECT_EQ(a000.chapter_title, "Certain infectious and parasitic diseases (A00-B99)");
    EXPECT_EQ(a000.section, "A00-A09");
    EXPECT_EQ(a000.section_title, "Intestinal infectious diseases (A00-A09)");
    EXPECT_FALSE(a000.has_children);
    EXPECT_EQ(a000.line, 32u);
    EXPECT_EQ(code_of(release, "A00").parent, "");
    EXPECT_TRUE(code_of(release, "A00").has_children);
}

TEST(XmlIcd10Cm, KeepsEveryNoteKind) {
    const TabularRelease release = read_fixture("tabular_small.xml");
    const TabularCode& gss = code_of(release, "A8182");
    EXPECT_EQ(gss.title, "Gerstmann-Str\xC3\xA4ussler-Scheinker syndrome");  // UTF-8 kept
    const Notes expected = {
        {"inclusion_terms", {"GSS syndrome"}},
        {"code_first", {"underlying condition"}},
        {"code_also", {"any associated dementia"}},
        {"excludes2", {"Creutzfeldt-Jakob disease (A81.0-)"}},
        {"notes", {"A rare prion disease.  Two blanks after a full stop are kept."}},
    };
    EXPECT_EQ(gss.notes, expected);
    EXPECT_EQ(code_of(release, "A81").notes.at("excludes1"), std::vector<std::string>{"postpolio syndrome (G14)"});
}

TEST(XmlIcd10Cm, InheritsSeventhCharactersFromTheNearestDefinition) {
    const TabularRelease release = read_fixture("tabular_small.xml");
    const Characters s52 = {{'A', "initial encounter for closed fracture"},
                            {'B', "initial encounter for open fracture type I or II"},
                            {'C', "initial encounter for open fracture type IIIA, IIIB, or IIIC"}};
    for (const char* code : {"S52", "S525", "S5252", "S52521", "S52529"}) {
        SCOPED_TRACE(code);
        const TabularCode& c = code_of(release, code);
        EXPECT_EQ(c.seventh_characters, s52);
        EXPECT_EQ(c.seventh_character_terms, (Characters{{'B', "initial encounter for open fracture NOS"}}));
        EXPECT_EQ(c.seventh_character_note, "The appropriate 7th character is to be added to each code from category S52");
    }
    const Characters s529 = {{'A', "initial encounter"}, {'D', "subsequent encounter"}};
    EXPECT_EQ(code_of(release, "S529").seventh_characters, s529);  // its own definition wins
    EXPECT_EQ(code_of(release, "S5290").seventh_characters, s529);
    EXPECT_TRUE(code_of(release, "S5290").seventh_character_terms.empty());
    EXPECT_EQ(code_of(release, "S5290").seventh_character_note, "Only two 7th characters apply here");
    EXPECT_EQ(code_of(release, "T07").seventh_characters.size(), 3u);  // from its section
    EXPECT_EQ(code_of(release, "T360X1").seventh_characters.size(), 3u);
    EXPECT_TRUE(code_of(release, "A000").seventh_characters.empty());
}

TEST(XmlIcd10Cm, GeneratesTheBillableCodes) {
    const TabularRelease release = read_fixture("tabular_small.xml");
    EXPECT_EQ(billable_codes(release),
              (std::vector<std::string>{"A000", "A001", "A8182", "S52521A", "S52521B", "S52521C", "S52529A",
                                        "S52529B", "S52529C", "S5290XA", "S5290XD", "T07XXXA", "T07XXXD", "T07XXXS",
                                        "T360X1A", "T360X1D", "T360X1S"}));
    EXPECT_TRUE(is_header(code_of(release, "T07")));  // 7th characters make it a header
    EXPECT_TRUE(is_header(code_of(release, "S52")));
    EXPECT_FALSE(is_header(code_of(release, "A000")));
    EXPECT_EQ(with_seventh_character("S52521", 'A'), "S52521A");
    EXPECT_EQ(with_seventh_character("T360X1", 'A'), "T360X1A");
    EXPECT_EQ(with_seventh_character("S5290", 'D'), "S5290XD");
    EXPECT_EQ(with_seventh_character("T07", 'S'), "T07XXXS");
}

TEST(XmlIcd10Cm, WarnsOnceAboutAnUnknownElement) {
    const TabularRelease release = read_fixture("tabular_small.xml");
    ASSERT_EQ(release.warnings.size(), 1u);
    EXPECT_EQ(release.warnings[0].where, fixture("icd10cm_xml/tabular_small.xml").string() + ", line 45");
    EXPECT_NE(release.warnings[0].message.find("skipped element <futureElement>"), std::string::npos);
}

// The order-file rows the fixture stands for: its headers and billable codes.
std::vector<CodeRecord> order_rows_of(const TabularRelease& release) {
    std::vector<CodeRecord> rows;
    for (const TabularCode& code : release.codes) {
        if (is_header(code)) rows.push_back(CodeRecord{code.code, false, "", code.title, {}, 0});
        for (const std::string& billable : billable_codes_of(code))
            rows.push_back(CodeRecord{billable, true, "", code.title, {}, 0});
    }
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i].order = std::uint32_t(i + 1);
    return rows;
}

TEST(XmlIcd10Cm, SelfCheckReportsEachDifference) {
    const TabularRelease release = read_fixture("tabular_small.xml");
    std::vector<CodeRecord> rows = order_rows_of(release);
    const Location order{"cms_2099_dx.zip", "icd10cm_order_2099.txt", 0, 0};
    EXPECT_TRUE(self_check(release, code_rows(rows), order).empty());

    // The order file lacks S52521B and has a code the XML does not make; A001 is a header there.
    rows.erase(std::find_if(rows.begin(), rows.end(), [](const CodeRecord& r) { return r.code == "S52521B"; }));
    rows.push_back(CodeRecord{"A009", true, "", "Cholera, unspecified", {}, 99});
    std::find_if(rows.begin(), rows.end(), [](const CodeRecord& r) { return r.code == "A001"; })->billable = false;
    const auto warnings = self_check(release, code_rows(rows), order);
    std::vector<std::string> seen;
    for (const ImportWarning& warning : warnings) seen.push_back(warning.where + ": " + warning.message);
    const std::string xml = fixture("icd10cm_xml/tabular_small.xml").string();
    EXPECT_EQ(seen, (std::vector<std::string>{
                        "icd10cm_order_2099.txt in cms_2099_dx.zip, line 3: code A001 is a header in the order file "
                        "but billable in the tabular XML",
                        "icd10cm_order_2099.txt in cms_2099_dx.zip, line 99: code A009 is billable in the order file "
                        "but not produced by the tabular XML",
                        xml + ", line 124: code S52521B is produced by the tabular XML but not billable in the order file",
                    }));
}

TEST(XmlIcd10Cm, StreamsACategoryAtATime) {
    // The visitor sees codes before the document ends: a chapter arrives after its codes.
    class Recorder : public TabularVisitor {
    public:
        void on_version(const std::string& version) override { events.push_back("version " + version); }
        void on_code(const TabularCode& code) override { events.push_back(code.code); }
        void on_chapter(const Chapter& chapter) override { events.push_back("chapter " + chapter.number); }
        std::vector<std::string> events;
    } recorder;
    const std::string text = test::read_text(fixture("icd10cm_xml/tabular_small.xml"));
    MemoryStream stream(text, 7);
    parse_tabular(stream, Location{"tabular_small.xml", "", 0, 0}, recorder);
    EXPECT_EQ(recorder.events.front(), "version 2099");
    EXPECT_EQ(recorder.events[1], "A00");
    EXPECT_EQ(recorder.events[7], "chapter 1");
    EXPECT_EQ(recorder.events.back(), "chapter 19");
}

TEST(XmlIcd10Cm, FindsTheTabularMemberOfARelease) {
    auto folder = Source::open(fixture("icd10cm_xml/release_folder"));
    const auto member = find_tabular_member(*folder);
    ASSERT_TRUE(member);
    EXPECT_EQ(member->name, "icd10cm_tabular_2099.xml");
    const TabularRelease release = read_tabular(*folder, *member);
    EXPECT_EQ(release.codes.size(), 1u);
    EXPECT_EQ(release.where.member, "icd10cm_tabular_2099.xml");
    EXPECT_FALSE(find_tabular_member(*Source::open(fixture("icd10pcs_xml/pcs_small.xml"))));
}

TEST(XmlIcd10Cm, MalformedFilesAreParseErrorsWithTheirLine) {
    const std::string dir = fixture("icd10cm_xml").string() + "/";
    const std::string unclosed = error_reading("unclosed_tag.xml");
    EXPECT_TRUE(unclosed.starts_with(dir + "unclosed_tag.xml, line 12, column")) << unclosed;
    EXPECT_NE(unclosed.find("expected well-formed XML"), std::string::npos) << unclosed;

    EXPECT_EQ(error_reading("bad_code_name.xml"),
              dir + "bad_code_name.xml, line 13: expected an ICD-10-CM code in <name> (a letter and 2 more "
                    "characters, then a dot and up to 4 letters or digits, e.g. \"S52.521\"), found 'A0.00'");
    EXPECT_EQ(error_reading("diag_without_name.xml"),
              dir + "diag_without_name.xml, line 12: expected a <name> with the code in each <diag>");
    EXPECT_EQ(error_reading("duplicate_code.xml"),
              dir + "duplicate_code.xml, line 13: expected each code once, found A00 again (first on line 9)");
    EXPECT_EQ(error_reading("bad_seventh_character.xml"),
              dir + "bad_seventh_character.xml, line 14: expected a char attribute of one letter or digit on each "
                    "<extension>, found 'AB'");
    EXPECT_EQ(error_reading("wrong_root.xml"),
              dir + "wrong_root.xml, line 2: expected the root element <ICD10CM.tabular> of an ICD-10-CM tabular list");
}

TEST(XmlIcd10Cm, EntityBombsAndExternalEntitiesAreRefused) {
    const std::string dir = fixture("icd10cm_xml").string() + "/";
    const std::string refused =
        ", line 2, column 1: expected an XML document without entity declarations (external entities and DTDs are "
        "refused)";
    EXPECT_EQ(error_reading("billion_laughs.xml"), dir + "billion_laughs.xml" + refused);
    EXPECT_EQ(error_reading("xxe_passwd.xml"), dir + "xxe_passwd.xml" + refused);
    EXPECT_EQ(error_reading("external_dtd.xml"),
              dir + "external_dtd.xml, line 3, column 1: expected an XML document without entity declarations "
                    "(external entities and DTDs are refused)");
}

}  // namespace
}  // namespace codeset::importers::icd10cm_xml

namespace codeset::importers {
namespace {

// The companion keeps what the parser reads of chapters and sections: their titles and notes,
// keyed as their codes name them.
TEST(TabularCompanion, GivesTheChaptersAndSectionsWithTheirNotes) {
    auto source = Source::open(test::fixture("icd10cm_xml/tabular_small.xml"));
    CollectingSink sink;
    const auto annotations = icd10cm_tabular_importer().read_annotations(*source, sink, {});
    const std::vector<Division> divisions = annotations->divisions();
    ASSERT_GE(divisions.size(), 4u);
    EXPECT_EQ(divisions[0].attribute, "chapter");
    EXPECT_EQ(divisions[0].value, "1");
    EXPECT_EQ(divisions[0].title, "Certain infectious and parasitic diseases (A00-B99)");
    ASSERT_EQ(divisions[0].notes.size(), 1u);
    EXPECT_EQ(divisions[0].notes[0].name, "includes");
    EXPECT_EQ(decode_list(divisions[0].notes[0].value),
              std::vector<std::string>{"diseases generally recognized as communicable or transmissible"});
    const auto section = std::find_if(divisions.begin(), divisions.end(),
                                      [](const Division& d) { return d.attribute == "section" && d.value == "A80-A89"; });
    ASSERT_NE(section, divisions.end());
    ASSERT_EQ(section->notes.size(), 1u);
    EXPECT_EQ(section->notes[0].name, "use_additional_code");
    EXPECT_EQ(decode_list(section->notes[0].value).size(), 2u);
}

}  // namespace
}  // namespace codeset::importers
