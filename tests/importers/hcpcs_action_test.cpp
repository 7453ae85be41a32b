// The action-code check over a diff of the two hand-written HCPCS fixtures (CY2017 -> CY2018), each
// action code and each kind of disagreement written into them on purpose (make_fixtures.py).
#include "hcpcs/hcpcs_anweb_importer.hpp"

#include "codeset/diff/action_check.hpp"
#include "codeset/diff/diff.hpp"

#include "importer_test_support.hpp"

#include <gtest/gtest.h>

namespace codeset::importers {
namespace {

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

}  // namespace
}  // namespace codeset::importers
