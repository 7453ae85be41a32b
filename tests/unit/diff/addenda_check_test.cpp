// The check of a diff against CMS's addenda, on hand-written releases and addenda lines.
#include "codeset/diff/addenda_check.hpp"
#include "codeset/core/code_system.hpp"
#include "codeset/diff/diff.hpp"
#include "diff_test_support.hpp"

#include <gtest/gtest.h>

namespace codeset {
namespace {

using test::billable;
using test::header;

AddendumEntry line(AddendumAction action, std::optional<bool> flag, std::string code) {
    AddendumEntry entry;
    entry.action = action;
    entry.billable = flag;
    entry.code = std::move(code);
    return entry;
}

const AddendaComparison& comparison(const AddendaCheck& check, ChangeKind kind) {
    for (const AddendaComparison& c : check.comparisons)
        if (c.kind == kind) return c;
    throw std::invalid_argument(std::string(to_string(kind)));
}

// Profiles made for the test: addenda lines with a flag, and lines without one where 3-character codes
// are headers.
CodeSystem flagged_system() {
    CodeSystem system;
    system.name = "flagged";
    return system;
}
CodeSystem unflagged_system() {
    CodeSystem system;
    system.name = "unflagged";
    system.addenda.unflagged_header_length = 3;
    return system;
}

// FY2025 -> FY2026 in small: B880 expanded into B8801, W44G changed in white space only,
// L02212 revised.
ChangeSet small_diff() {
    return diff_snapshots({"icd10cm", "FY2025", "FY2026"},
                          {billable("B880", "Other acariasis", "Other acariasis"),
                           header("W44G", "Objects entering a natural  orifice", "Objects natural orifice"),
                           billable("L02212", "Cutaneous abscess of back", "Cutaneous abscess of back")},
                          {header("B880", "Other acariasis", "Other acariasis"),
                           billable("B8801", "Infestation by Demodex mites", "Demodex mites"),
                           header("W44G", "Objects entering a natural orifice", "Objects natural orifice"),
                           billable("L02212", "Cutaneous abscess of back and flank", "Cutaneous abscess of back")});
}

std::vector<AddendumEntry> cms_lines() {
    return {line(AddendumAction::remove, true, "B880"),     line(AddendumAction::add, false, "B880"),
            line(AddendumAction::add, true, "B8801"),       line(AddendumAction::revise_from, false, "W44G"),
            line(AddendumAction::revise_to, false, "W44G"), line(AddendumAction::revise_from, true, "L02212"),
            line(AddendumAction::revise_to, true, "L02212")};
}

TEST(AddendaCheck, AgreesWithTheLinesCmsWouldWrite) {
    const AddendaCheck check = check_addenda(flagged_system(), small_diff(), cms_lines());
    EXPECT_TRUE(check.agrees());
    EXPECT_EQ(check.entries, 7u);
    EXPECT_EQ(comparison(check, ChangeKind::added).listed, 1u);
    EXPECT_EQ(comparison(check, ChangeKind::deleted).found, 1u);
    EXPECT_EQ(comparison(check, ChangeKind::header_added).listed, 1u);
    EXPECT_EQ(comparison(check, ChangeKind::header_revised).listed_whitespace_only, std::vector<std::string>{"W44G"});
    EXPECT_TRUE(comparison(check, ChangeKind::header_revised).listed_not_found.empty());
}

TEST(AddendaCheck, AMissingAddLineIsADisagreement) {
    std::vector<AddendumEntry> lines = cms_lines();
    lines.erase(lines.begin() + 2);  // the Add of B8801
    const AddendaCheck check = check_addenda(flagged_system(), small_diff(), lines);
    EXPECT_FALSE(check.agrees());
    EXPECT_EQ(comparison(check, ChangeKind::added).found_not_listed, std::vector<std::string>{"B8801"});
}

TEST(AddendaCheck, AListedRevisionTheDiffDidNotFindIsADisagreement) {
    std::vector<AddendumEntry> lines = cms_lines();
    lines.push_back(line(AddendumAction::revise_from, true, "B8801"));
    const AddendaCheck check = check_addenda(flagged_system(), small_diff(), lines);
    EXPECT_FALSE(check.agrees());
    EXPECT_EQ(comparison(check, ChangeKind::revised).listed_not_found, std::vector<std::string>{"B8801"});
}

TEST(AddendaCheck, RevisionsTheAddendaOmitAreFindingsNotDisagreements) {
    std::vector<AddendumEntry> lines = cms_lines();
    lines.resize(5);  // without the L02212 revision
    const AddendaCheck check = check_addenda(flagged_system(), small_diff(), lines);
    EXPECT_TRUE(check.agrees());
    EXPECT_EQ(comparison(check, ChangeKind::revised).found_not_listed, std::vector<std::string>{"L02212"});
}

ChangeSet procedure_diff() {
    return diff_snapshots({"unflagged", "FY2025", "FY2026"}, {},
                          {header("0DT", "Resection", "Resection"),
                           billable("0DTJ4ZZ", "Resection of appendix", "Resect appendix")});
}

std::vector<AddendumEntry> unflagged_lines() {
    return {line(AddendumAction::add, std::nullopt, "0DT"), line(AddendumAction::add, std::nullopt, "0DTJ4ZZ")};
}

TEST(AddendaCheck, UnflaggedLinesAreHeadersWhenTheProfileSaysSoByLength) {
    const AddendaCheck check = check_addenda(unflagged_system(), procedure_diff(), unflagged_lines());
    EXPECT_TRUE(check.agrees());
    EXPECT_EQ(comparison(check, ChangeKind::header_added).listed, 1u);
    EXPECT_EQ(comparison(check, ChangeKind::added).listed, 1u);
}

TEST(AddendaCheck, UnflaggedLinesAreCodesWhenTheProfileHasNoHeaderRule) {
    const AddendaCheck check = check_addenda(flagged_system(), procedure_diff(), unflagged_lines());
    EXPECT_FALSE(check.agrees());
    EXPECT_EQ(comparison(check, ChangeKind::added).listed, 2u);
    EXPECT_EQ(comparison(check, ChangeKind::added).listed_not_found, std::vector<std::string>{"0DT"});
    EXPECT_EQ(comparison(check, ChangeKind::header_added).found_not_listed, std::vector<std::string>{"0DT"});
}

TEST(AddendaCheck, TheRegisteredProfilesSayHowTheirAddendaAreRead) {
    // ICD-10-PCS addenda carry no flag and list table headers by their 3 characters; HCPCS keeps only
    // its discontinued codes as addenda, checked by its own release check instead.
    const CodeSystem& pcs = require_code_system("icd10pcs");
    EXPECT_EQ(pcs.addenda.unflagged_header_length, 3u);
    EXPECT_TRUE(check_addenda(pcs, procedure_diff(), unflagged_lines()).agrees());
    EXPECT_EQ(require_code_system("icd10cm").addenda.unflagged_header_length, 0u);
    EXPECT_FALSE(require_code_system("hcpcs").addenda.lists_every_change);
    EXPECT_NE(require_code_system("hcpcs").release_check, nullptr);
    EXPECT_TRUE(require_code_system("icd10cm").addenda.lists_every_change);
}

TEST(AddendaCheck, KindsPrintAsTheChangeKindsOfTheDiff) {
    const AddendaCheck check = check_addenda(flagged_system(), small_diff(), cms_lines());
    std::vector<std::string> kinds;
    for (const AddendaComparison& c : check.comparisons) kinds.emplace_back(to_string(c.kind));
    EXPECT_EQ(kinds, (std::vector<std::string>{"added", "deleted", "revised", "header_added", "header_deleted",
                                               "header_revised"}));
}

}  // namespace
}  // namespace codeset
