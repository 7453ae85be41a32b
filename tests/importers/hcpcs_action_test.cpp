// The action-code check over a diff of the two hand-written HCPCS fixtures (CY2017 -> CY2018), each
// action code and each kind of disagreement written into them on purpose (make_fixtures.py).
#include "hcpcs/action_check.hpp"
#include "hcpcs/hcpcs_anweb_importer.hpp"
#include "hcpcs/profile.hpp"

#include "codeset/diff/diff.hpp"

#include "importer_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace codeset::importers {
namespace {

using namespace hcpcs;

struct Read {
    CollectingSink sink;
    std::vector<CodeRecord> left_out;
};

Read read_fixture(const std::string& name) {
    Read read;
    auto source = Source::open(test::fixture("hcpcs/" + name));
    hcpcs::read_anweb_release(*source, read.sink, {}, &read.left_out);
    return read;
}

ChangeSet fixture_diff(const Read& before, const Read& after) {
    return diff_snapshots({"hcpcs", "2017-01", "2018-01"}, before.sink.codes, after.sink.codes);
}

TEST(HcpcsActionCodes, TheFixtureDiffCountsAsExpected) {
    const ChangeSet changes =
        fixture_diff(read_fixture("HCPC17_CONTR_ANWEB.txt"), read_fixture("HCPC2018_CONTR_ANWEB_disc.txt"));
    EXPECT_EQ(changes.summary.added, 5u);    // FY, QQ, E0953, G0516, G9142 (reactivated)
    EXPECT_EQ(changes.summary.deleted, 4u);  // Z9, G0364, G0480, G0481
    EXPECT_EQ(changes.summary.revised, 2u);  // G0202 (long), J1745 (short)
    EXPECT_EQ(changes.summary.revised_long, 1u);
    EXPECT_EQ(changes.summary.revised_short, 1u);
    EXPECT_EQ(changes.summary.attributes, 6u);  // G0499, G0500, G9143, J0129, J7030, Q0035
}

TEST(HcpcsActionCodes, ListsEveryDisagreementWithItsReason) {
    const Read after = read_fixture("HCPC2018_CONTR_ANWEB_disc.txt");
    const ChangeSet changes = fixture_diff(read_fixture("HCPC17_CONTR_ANWEB.txt"), after);
    const std::vector<ActionDisagreement> expected = {
        {"G0480", "", "deleted",
         "deleted by the diff, but the newer file has no record of it (CMS keeps a discontinued code for four "
         "years, with action D)"},
        {"G0481", "N", "deleted", "deleted by the diff (terminated 2017-06-30), but the action code is not D"},
        {"G0500", "A", "unchanged", "action A (add), but the code was already in 2017-01"},
        {"G0516", "N", "added", "added by the diff (not in 2017-01), but the action code is not A or R"},
        {"J7030", "C", "unchanged", "action C (change in long description), but the long description did not change"},
    };
    EXPECT_EQ(check_action_codes(changes, after.sink.codes, after.left_out), expected);
}

TEST(HcpcsActionCodes, WithoutTheLeftOutRecordsDeletedCodesAreUnconfirmed) {
    const Read after = read_fixture("HCPC2018_CONTR_ANWEB_disc.txt");
    const ChangeSet changes = fixture_diff(read_fixture("HCPC17_CONTR_ANWEB.txt"), after);
    std::vector<std::string> unconfirmed;
    for (const ActionDisagreement& d : check_action_codes(changes, after.sink.codes))
        if (d.computed == "deleted") {
            unconfirmed.push_back(d.code);
            EXPECT_EQ(
                d.reason,
                "deleted by the diff; not confirmed: the records the importer left out of 2018-01 were not given");
        }
    EXPECT_EQ(unconfirmed, (std::vector<std::string>{"G0364", "G0480", "G0481", "Z9"}));
}

TEST(HcpcsActionCodes, TalliesTheWholeFileProceduresAndModifiersApart) {
    const Read after = read_fixture("HCPC2018_CONTR_ANWEB_disc.txt");
    std::vector<CodeRecord> all = after.sink.codes;
    all.insert(all.end(), after.left_out.begin(), after.left_out.end());
    const std::vector<ActionCount> expected = {
        {"A", 2, 2}, {"C", 2, 0}, {"D", 2, 1}, {"F", 1, 0}, {"N", 7, 2},
        {"P", 1, 0}, {"R", 1, 0}, {"S", 1, 0}, {"T", 1, 0},
    };
    EXPECT_EQ(tally_action_codes(all), expected);
}

TEST(HcpcsActionCodes, TheDeleteLinesGiveBackTheDiscontinuedRecords) {
    // The importer keeps a code the file discontinues (action D, terminated before the release) as a
    // Delete line; the check rebuilds from it the record it left out.
    const Read after = read_fixture("HCPC2018_CONTR_ANWEB_disc.txt");
    std::vector<std::string> discontinued;
    for (const CodeRecord& record : discontinued_records(after.sink.addenda)) {
        discontinued.push_back(record.code);
        EXPECT_EQ(*record.attribute("action_code"), "D");
        EXPECT_EQ(*record.attribute("entry_kind"), record.code.size() == 2 ? "modifier" : "procedure");
    }
    std::vector<std::string> left_out_with_d;
    for (const CodeRecord& record : after.left_out)
        if (*record.attribute("action_code") == "D") left_out_with_d.push_back(record.code);
    std::sort(discontinued.begin(), discontinued.end());
    std::sort(left_out_with_d.begin(), left_out_with_d.end());
    EXPECT_FALSE(discontinued.empty());
    EXPECT_EQ(discontinued, left_out_with_d);
}

TEST(HcpcsActionCodes, TheProfilesReleaseCheckReportsTheTallyAndTheDisagreements) {
    const Read after = read_fixture("HCPC2018_CONTR_ANWEB_disc.txt");
    const ChangeSet changes = fixture_diff(read_fixture("HCPC17_CONTR_ANWEB.txt"), after);
    const ReleaseCheck* check = hcpcs_profile().release_check;
    ASSERT_EQ(check, &action_code_check());
    const ReleaseCheckReport report = check->check({changes, after.sink.codes, after.sink.addenda});

    const std::vector<CodeRecord> left_out = discontinued_records(after.sink.addenda);
    std::vector<CheckDisagreement> expected;
    for (const ActionDisagreement& d : check_action_codes(changes, after.sink.codes, left_out))
        expected.push_back({d.code, d.action_code, d.computed, d.reason});
    EXPECT_EQ(report.disagreements, expected);
    EXPECT_FALSE(report.agrees());
    ASSERT_EQ(report.columns.size(), 2u);
    EXPECT_EQ(report.columns[0].name, "procedures");
    EXPECT_EQ(report.columns[1].name, "modifiers");
    // The whole file: the release's records and the discontinued ones (D: 2 procedures, 1 modifier).
    const auto d = std::find_if(report.tallies.begin(), report.tallies.end(),
                                [](const CheckTally& t) { return t.value == "D"; });
    ASSERT_NE(d, report.tallies.end());
    EXPECT_EQ(d->counts, (std::vector<std::size_t>{2, 1}));
}

TEST(HcpcsActionCodes, AgainstItselfEveryClaimedChangeDisagrees) {
    // Checked against itself, every A, C, S, ... claims a change the (empty) diff does not find.
    const Read after = read_fixture("HCPC2018_CONTR_ANWEB_disc.txt");
    const ChangeSet nothing = fixture_diff(after, after);
    ASSERT_TRUE(nothing.empty());
    const ReleaseCheckReport report = action_code_check().check({nothing, after.sink.codes, after.sink.addenda});
    for (const CheckDisagreement& d : report.disagreements) EXPECT_NE(d.value, "N") << d.code << ": " << d.reason;
    EXPECT_FALSE(report.disagreements.empty());
}

}  // namespace
}  // namespace codeset::importers
