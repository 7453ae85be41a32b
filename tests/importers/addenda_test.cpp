#include "common/addenda.hpp"
#include "common/line_reader.hpp"
#include "icd10cm/icd10cm_order_importer.hpp"
#include "icd10pcs/icd10pcs_order_importer.hpp"

#include "importer_test_support.hpp"

#include <gtest/gtest.h>

#include <tuple>

namespace codeset::importers {
namespace {

using test::fixture;
using test::read_text;

struct Parsed {
    CollectingSink sink;
    AddendaCounts counts;
};

Parsed parse(const std::string& relative, AddendaLayout layout, CodeCheck check) {
    const std::string text = read_text(fixture(relative));
    MemoryStream stream(text);
    Parsed parsed;
    parsed.counts =
        parse_addenda(stream, layout, check, Location{"release.zip", relative, 0, 0}, relative, parsed.sink);
    return parsed;
}

// The same file with trailing blanks on every line, LF endings and no final newline.
TEST(Addenda, TrailingBlanksLfAndNoFinalNewlineReadTheSame) {
    const Parsed crlf = parse("icd10cm/order_addenda_actions.txt", AddendaLayout::order_with_flag, &check_icd10cm_code);
    const Parsed padded =
        parse("icd10cm/order_addenda_actions_padded.txt", AddendaLayout::order_with_flag, &check_icd10cm_code);
    EXPECT_TRUE(padded.sink.warnings.empty());
    ASSERT_EQ(padded.sink.addenda.size(), crlf.sink.addenda.size());
    for (std::size_t i = 0; i < crlf.sink.addenda.size(); ++i) {
        const AddendumEntry& a = crlf.sink.addenda[i];
        const AddendumEntry& b = padded.sink.addenda[i];
        EXPECT_EQ(std::tie(a.action, a.billable, a.code, a.short_title, a.long_title, a.line),
                  std::tie(b.action, b.billable, b.code, b.short_title, b.long_title, b.line));
    }
}

TEST(Addenda, ReadsEveryActionOfACmOrderAddendaFile) {
    const Parsed p = parse("icd10cm/order_addenda_actions.txt", AddendaLayout::order_with_flag, &check_icd10cm_code);
    EXPECT_TRUE(p.sink.warnings.empty());
    ASSERT_EQ(p.sink.addenda.size(), 6u);
    EXPECT_EQ(p.counts.entries, 6u);
    EXPECT_EQ(p.counts.skipped, 9u);  // the blank lines and the summary at the end

    const auto& a = p.sink.addenda;
    // A header flip is written "Delete: 1 B880" + "Add: 0 B880".
    EXPECT_EQ(a[0].action, AddendumAction::remove);
    EXPECT_EQ(a[0].billable, true);
    EXPECT_EQ(a[0].code, "B880");
    EXPECT_EQ(a[1].action, AddendumAction::add);
    EXPECT_EQ(a[1].billable, false);
    EXPECT_EQ(a[1].code, "B880");
    EXPECT_EQ(a[2].code, "B8801");
    EXPECT_EQ(a[2].short_title, "Infestation by Demodex mites");
    EXPECT_EQ(a[2].long_title, "Infestation by Demodex mites");
    EXPECT_EQ(a[3].action, AddendumAction::revise_from);
    EXPECT_EQ(a[3].short_title, "Cutaneous abscess of back [any part, except buttock]");
    EXPECT_EQ(a[4].action, AddendumAction::revise_to);
    EXPECT_EQ(a[4].short_title, "Cutaneous abscess of back");
    EXPECT_EQ(a[4].long_title, "Cutaneous abscess of back [any part, except buttock and flank]");
    EXPECT_EQ(a[5].action, AddendumAction::remove);
    EXPECT_EQ(a[5].code, "T781XXA");
    EXPECT_EQ(a[5].short_title, "Oth adverse food reactions, not elsewhere classified, init");
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].line, i + 1);
        EXPECT_EQ(a[i].member, "icd10cm/order_addenda_actions.txt");
    }
}

TEST(Addenda, MalformedLinesBecomeWarningsNotErrors) {
    const Parsed p = parse("icd10cm/order_addenda_malformed.txt", AddendaLayout::order_with_flag, &check_icd10cm_code);
    std::vector<std::string> codes;
    for (const auto& entry : p.sink.addenda) codes.push_back(entry.code + "@" + std::to_string(entry.line));
    EXPECT_EQ(codes, (std::vector<std::string>{"E11A@1", "P096@6", "B8809@7", "Y07435@8"}));

    std::vector<std::string> warnings;
    for (const auto& w : p.sink.warnings) warnings.push_back(w.where + ": " + w.message);
    const std::string at = "icd10cm/order_addenda_malformed.txt in release.zip, line ";
    EXPECT_EQ(warnings,
              (std::vector<std::string>{
                  at + "2, column 1: expected a change line starting with 'Add:', 'Delete:', 'Revise from:' or "
                       "'Revise to:' padded to 13 characters, found 'Add:  1 E11A    Type '; line ignored",
                  at + "3, column 14: expected flag 0 or 1 in column 14, found 'X'; change line ignored",
                  at + "4, column 18: expected an ICD-10-CM code (a letter, then 2 to 6 letters or digits), found "
                       "'E1-1A'; change line ignored",
                  at + "5, column 61: expected a long title from column 85, found a line of 60 characters; change "
                       "line ignored",
                  at + "6, column 16: expected a 'Revise to:' line for P096 after its 'Revise from:' line, found none",
                  at + "8, column 16: expected a 'Revise from:' line for Y07435 right before its 'Revise to:' line, "
                       "found none",
              }));
    EXPECT_EQ(p.counts.warnings, 6u);
}

TEST(Addenda, ReadsCodesAddendaAsBillableWithLongTitlesOnly) {
    const Parsed p = parse("icd10cm/codes_addenda.txt", AddendaLayout::codes, &check_icd10cm_code);
    EXPECT_TRUE(p.sink.warnings.empty());
    ASSERT_EQ(p.sink.addenda.size(), 4u);
    EXPECT_EQ(p.sink.addenda[0].action, AddendumAction::add);
    EXPECT_EQ(p.sink.addenda[0].code, "E11A");
    EXPECT_EQ(p.sink.addenda[0].billable, true);
    EXPECT_EQ(p.sink.addenda[0].short_title, "");
    EXPECT_EQ(p.sink.addenda[0].long_title, "Type 2 diabetes mellitus without complications in remission");
    EXPECT_EQ(p.sink.addenda[1].action, AddendumAction::remove);
    EXPECT_EQ(p.sink.addenda[2].action, AddendumAction::revise_from);
    EXPECT_EQ(p.sink.addenda[3].action, AddendumAction::revise_to);
    EXPECT_EQ(p.sink.addenda[3].long_title, "Abnormal findings on neonatal hearing screening");
}

TEST(Addenda, ReadsPcsAddendaWithoutFlagAndSkipsHeadings) {
    const Parsed p = parse("icd10pcs/order_addenda_2026.txt", AddendaLayout::order_without_flag, &check_icd10pcs_code);
    EXPECT_TRUE(p.sink.warnings.empty());
    ASSERT_EQ(p.sink.addenda.size(), 4u);
    EXPECT_EQ(p.counts.skipped, 10u);
    EXPECT_EQ(p.sink.addenda[0].action, AddendumAction::add);
    EXPECT_EQ(p.sink.addenda[0].code, "00H033J");
    EXPECT_FALSE(p.sink.addenda[0].billable);
    EXPECT_EQ(p.sink.addenda[0].short_title, "Insertion of Infusion Device into Brain, Temp, Perc Approach");
    EXPECT_EQ(p.sink.addenda[0].long_title,
              "Insertion of Infusion Device into Brain, Temporary, Percutaneous Approach");
    EXPECT_EQ(p.sink.addenda[1].action, AddendumAction::remove);
    EXPECT_EQ(p.sink.addenda[1].code, "X2A5312");
    // A 3-character table row revised: short title only.
    EXPECT_EQ(p.sink.addenda[2].code, "6A4");
    EXPECT_EQ(p.sink.addenda[2].action, AddendumAction::revise_from);
    EXPECT_EQ(p.sink.addenda[3].action, AddendumAction::revise_to);
    EXPECT_EQ(p.sink.addenda[3].short_title, "Extracrp/Syst Therapies, Phys Sys, Hypotherm");
    EXPECT_EQ(p.sink.addenda[2].long_title, p.sink.addenda[3].long_title);
}

TEST(Addenda, AFreezeYearSummaryHasNoChanges) {
    const Parsed p =
        parse("icd10cm/freeze_release_2016/icd10cm_addenda_2016.txt", AddendaLayout::codes, &check_icd10cm_code);
    EXPECT_TRUE(p.sink.addenda.empty());
    EXPECT_TRUE(p.sink.warnings.empty());
    EXPECT_EQ(p.counts.skipped, 11u);
}

TEST(Addenda, ConvertsWindows1252TitlesWithOneWarning) {
    const std::string text =
        "Add:         1 G610    Guillain-Barr\xE9 syndrome                                      Guillain-Barr\xE9 "
        "syndrome\r\n"
        "Add:         1 G611    Serum neuropathy                                             Serum neuropathy\r\n";
    MemoryStream stream(text);
    CollectingSink sink;
    parse_addenda(stream, AddendaLayout::order_with_flag, &check_icd10cm_code, Location{"a.txt", "", 0, 0}, "a.txt",
                  sink);
    ASSERT_EQ(sink.addenda.size(), 2u);
    EXPECT_EQ(sink.addenda[0].short_title, "Guillain-Barr\xC3\xA9 syndrome");
    EXPECT_EQ(sink.addenda[0].long_title, "Guillain-Barr\xC3\xA9 syndrome");
    ASSERT_EQ(sink.warnings.size(), 1u);
    EXPECT_EQ(sink.warnings[0].where, "a.txt, line 1");
}

}  // namespace
}  // namespace codeset::importers
