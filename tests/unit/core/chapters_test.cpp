// chapter_of: the release's XML first, the profile's ranges second, the first character last; and
// the ranges the profiles state cover their systems without overlaps.
#include "codeset/core/chapters.hpp"

#include <gtest/gtest.h>

#include <set>

namespace codeset {
namespace {

CodeRecord record_with(std::vector<Attribute> attributes) {
    CodeRecord record;
    record.code = "A0472";
    record.billable = true;
    record.attributes = std::move(attributes);
    return record;
}

TEST(ChapterOf, TheProfileRangesPlaceACodeWithoutItsXml) {
    const CodeSystem& cm = require_code_system("icd10cm");
    const Chapter first = chapter_of(cm, "A0472", nullptr, {});
    EXPECT_EQ(first.key, "1");
    EXPECT_EQ(first.title, "Certain infectious and parasitic diseases (A00-B99)");
    EXPECT_EQ(chapter_of(cm, "B99", nullptr, {}).key, "1");
    EXPECT_EQ(chapter_of(cm, "C00", nullptr, {}).key, "2");
    EXPECT_EQ(chapter_of(cm, "D499", nullptr, {}).key, "2");
    EXPECT_EQ(chapter_of(cm, "D500", nullptr, {}).key, "3");
    EXPECT_EQ(chapter_of(cm, "O9A111", nullptr, {}).key, "15");  // O9A sorts after O99
    EXPECT_EQ(chapter_of(cm, "O99891", nullptr, {}).key, "15");
    EXPECT_EQ(chapter_of(cm, "T8852XA", nullptr, {}).key, "19");
    EXPECT_EQ(chapter_of(cm, "QA00101", nullptr, {}).key, "17");  // QA0 (FY2026) sorts after Q99
    EXPECT_EQ(chapter_of(cm, "U071", nullptr, {}).key, "22");
    EXPECT_LT(chapter_of(cm, "Z000", nullptr, {}).order, chapter_of(cm, "U071", nullptr, {}).order);
    EXPECT_LT(chapter_of(cm, "Q000", nullptr, {}).order, chapter_of(cm, "R000", nullptr, {}).order);
}

TEST(ChapterOf, TheReleasesXmlComesFirstWithItsDivisionTitle) {
    const CodeSystem& cm = require_code_system("icd10cm");
    // A record that says chapter 2 wins over the range (the XML is what the release says).
    const CodeRecord record = record_with({{"chapter", "2"}, {"chapter_title", "Title the code carries"}});
    EXPECT_EQ(chapter_of(cm, record.code, &record, {}).key, "2");
    EXPECT_EQ(chapter_of(cm, record.code, &record, {}).title, "Title the code carries");
    const std::vector<Division> divisions = {{"section", "2", "A section, not a chapter", {}},
                                             {"chapter", "2", "Neoplasms & <growths> (C00-D49)", {}}};
    EXPECT_EQ(chapter_of(cm, record.code, &record, divisions).title, "Neoplasms & <growths> (C00-D49)");
    EXPECT_EQ(chapter_of(cm, record.code, &record, divisions).order, chapter_of(cm, "C00", nullptr, {}).order);
    // A record without the attribute (a release read without its XML) falls back to the range.
    const CodeRecord bare = record_with({});
    EXPECT_EQ(chapter_of(cm, bare.code, &bare, divisions).key, "1");
}

TEST(ChapterOf, SectionsLetterRangesAndFirstCharacters) {
    const CodeSystem& pcs = require_code_system("icd10pcs");
    EXPECT_EQ(chapter_of(pcs, "0016070", nullptr, {}).key, "0");
    EXPECT_EQ(chapter_of(pcs, "0016070", nullptr, {}).title, "Medical and Surgical");
    EXPECT_EQ(chapter_of(pcs, "XW033E5", nullptr, {}).title, "New Technology");
    EXPECT_LT(chapter_of(pcs, "9WB0XBZ", nullptr, {}).order, chapter_of(pcs, "B020ZZZ", nullptr, {}).order);

    const CodeSystem& hcpcs = require_code_system("hcpcs");
    EXPECT_EQ(chapter_of(hcpcs, "J1234", nullptr, {}).title, "Drugs administered other than oral method");
    EXPECT_EQ(chapter_of(hcpcs, "AA", nullptr, {}).key, "modifiers");  // a modifier, not a transport code
    EXPECT_EQ(chapter_of(hcpcs, "A0021", nullptr, {}).key, "A");

    // No ranges and no XML (CPT): the first character, untitled, in character order.
    const CodeSystem& cpt = require_code_system("cpt");
    const Chapter nine = chapter_of(cpt, "99213", nullptr, {});
    EXPECT_EQ(nine.key, "9");
    EXPECT_TRUE(nine.title.empty());
    EXPECT_LT(chapter_of(cpt, "0001F", nullptr, {}).order, nine.order);
}

TEST(ChapterRanges, EveryProfileStatesDistinctKeysAndOrderedBounds) {
    for (const CodeSystem* system : code_systems()) {
        std::set<std::string_view> keys;
        for (const ChapterRange& range : system->chapters) {
            EXPECT_TRUE(keys.insert(range.key).second) << system->name << ' ' << range.key;
            EXPECT_FALSE(range.title.empty()) << system->name << ' ' << range.key;
            EXPECT_LE(range.first, range.last) << system->name << ' ' << range.key;
            // Each bound lies in its own range and in no range before it: no overlaps.
            if (range.first.empty()) continue;
            std::string probe(range.first);
            if (range.length) probe.resize(range.length, '0');
            EXPECT_EQ(chapter_range(*system, probe), &range) << system->name << ' ' << probe;
        }
    }
    EXPECT_EQ(require_code_system("icd10cm").chapters.size(), 22u);
    EXPECT_EQ(range_text(require_code_system("icd10cm").chapters[14]), "O00-O9A");
    EXPECT_EQ(range_text(require_code_system("icd10pcs").chapters[0]), "0");
}

}  // namespace
}  // namespace codeset
