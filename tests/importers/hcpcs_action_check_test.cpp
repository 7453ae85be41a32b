// The HCPCS action-code check on small invented releases.
#include "hcpcs/action_check.hpp"

#include "codeset/diff/diff.hpp"
#include "diff_test_support.hpp"

#include <gtest/gtest.h>

namespace codeset::importers::hcpcs {
namespace {

// An HCPCS entry: attributes are kept sorted by name, as the importer writes them.
CodeRecord entry(std::string code, std::string action, std::string long_title, std::string short_title,
                 std::vector<Attribute> more = {}, std::string kind = "procedure") {
    std::vector<Attribute> attributes = std::move(more);
    attributes.push_back({"action_code", std::move(action)});
    attributes.push_back({"entry_kind", std::move(kind)});
    std::sort(attributes.begin(), attributes.end(),
              [](const Attribute& a, const Attribute& b) { return a.name < b.name; });
    return test::billable(std::move(code), std::move(long_title), std::move(short_title), std::move(attributes));
}

ChangeSet diff(const std::vector<CodeRecord>& from, const std::vector<CodeRecord>& to) {
    return diff_snapshots({"hcpcs", "2017-01", "2018-01"}, from, to);
}

std::vector<std::string> codes(const std::vector<ActionDisagreement>& disagreements) {
    std::vector<std::string> out;
    for (const ActionDisagreement& d : disagreements) out.push_back(d.code);
    return out;
}

// By value: callers pass the temporary check_action_codes returns.
ActionDisagreement only(const std::vector<ActionDisagreement>& disagreements) {
    if (disagreements.size() != 1)
        throw std::logic_error("expected one disagreement, found " + std::to_string(disagreements.size()));
    return disagreements.front();
}

TEST(ActionCheck, AgreesWhenEveryActionMatchesTheDiff) {
    const std::vector<CodeRecord> from = {
        entry("A0001", "N", "Unchanged", "Unchanged"),
        entry("A0002", "N", "Old long", "Same short"),
        entry("A0003", "N", "Same long", "Old short"),
        entry("A0004", "N", "Long", "Short", {{"coverage", "C"}}),
        entry("A0005", "N", "Long", "Short", {{"pricing_indicator_1", "00"}}),
        entry("A0006", "N", "Long", "Short", {{"betos", "D1A"}}),
        entry("A0007", "N", "Old long", "Short", {{"coverage", "C"}}),
        entry("A0008", "N", "Discontinued in 2018", "Disc"),
        entry("A0009", "N", "Ends mid-2018", "Ends"),
        entry("AA", "N", "Modifier", "Modifier", {}, "modifier"),
    };
    const std::vector<CodeRecord> to = {
        entry("A0001", "N", "Unchanged", "Unchanged"),
        entry("A0002", "C", "New long", "Same short", {{"action_effective_date", "2018-01-01"}}),
        entry("A0003", "S", "Same long", "New short"),
        entry("A0004", "F", "Long", "Short", {{"coverage", "D"}}),
        entry("A0005", "P", "Long", "Short", {{"pricing_indicator_1", "11"}}),
        entry("A0006", "T", "Long", "Short", {{"betos", "D1B"}}),
        entry("A0007", "B", "New long", "Short", {{"coverage", "M"}}),
        entry("A0009", "D", "Ends mid-2018", "Ends", {{"termination_date", "2018-06-30"}}),
        entry("A0010", "A", "New code", "New"),
        entry("A0011", "R", "Reactivated", "Reactivated"),
        entry("AA", "N", "Modifier", "Modifier", {}, "modifier"),
        entry("AB", "A", "New modifier", "New modifier", {}, "modifier"),
    };
    const std::vector<CodeRecord> left_out = {
        entry("A0008", "D", "Discontinued in 2018", "Disc", {{"termination_date", "2017-12-31"}}),
        entry("A0100", "N", "Ended long ago", "Old", {{"termination_date", "2014-12-31"}}),
    };
    EXPECT_TRUE(check_action_codes(diff(from, to), to, left_out).empty());
}

TEST(ActionCheck, AnAddedCodeMustBeAOrR) {
    const auto found =
        check_action_codes(diff({}, {entry("A0010", "N", "New", "New")}), {entry("A0010", "N", "New", "New")}, {});
    const ActionDisagreement d = only(found);
    EXPECT_EQ(d.code, "A0010");
    EXPECT_EQ(d.action_code, "N");
    EXPECT_EQ(d.computed, "added");
    EXPECT_EQ(d.reason, "added by the diff (not in 2017-01), but the action code is not A or R");
}

TEST(ActionCheck, AnAddActionOnACodeThatExistedIsADisagreement) {
    const std::vector<CodeRecord> from = {entry("A0010", "A", "Code", "Code")};
    const std::vector<CodeRecord> to = {entry("A0010", "A", "Code", "Code")};
    const ActionDisagreement d = only(check_action_codes(diff(from, to), to, {}));
    EXPECT_EQ(d.computed, "unchanged");
    EXPECT_EQ(d.reason, "action A (add), but the code was already in 2017-01");
}

TEST(ActionCheck, ALongDescriptionActionWithoutALongDescriptionChange) {
    const std::vector<CodeRecord> from = {entry("A0002", "N", "Long", "Old short")};
    const std::vector<CodeRecord> to = {entry("A0002", "C", "Long", "New short")};
    const ActionDisagreement d = only(check_action_codes(diff(from, to), to, {}));
    EXPECT_EQ(d.computed, "short description");
    EXPECT_EQ(d.reason, "action C (change in long description), but the long description did not change");
}

TEST(ActionCheck, ALongDescriptionChangeUnderAnotherAction) {
    const std::vector<CodeRecord> from = {entry("A0002", "N", "Old long", "Short")};
    const std::vector<CodeRecord> to = {entry("A0002", "P", "New long", "Short")};
    const ActionDisagreement d = only(check_action_codes(diff(from, to), to, {}));
    EXPECT_EQ(d.computed, "long description");
    EXPECT_EQ(d.reason,
              "action P (payment change), but no payment field changed; the long description changed, but the "
              "action code is not C or B");
}

TEST(ActionCheck, WhiteSpaceOnlyChangesCountAsTextChangesAndSaySo) {
    const std::vector<CodeRecord> from = {entry("A0002", "N", "Long  text", "Short"),
                                          entry("A0003", "N", "Long text", "Short")};
    const std::vector<CodeRecord> to = {entry("A0002", "C", "Long text", "Short"),
                                        entry("A0003", "N", "Long text ", "Short")};
    const ActionDisagreement d = only(check_action_codes(diff(from, to), to, {}));
    EXPECT_EQ(d.code, "A0003");
    EXPECT_EQ(d.computed, "long description (white space only)");
    EXPECT_EQ(d.reason, "the long description changed (white space only), but the action code is not C or B");
}

TEST(ActionCheck, NoMaintenanceWithChangedFields) {
    const std::vector<CodeRecord> from = {entry("A0004", "N", "Long", "Short", {{"betos", "D1A"}, {"coverage", "C"}})};
    const std::vector<CodeRecord> to = {entry("A0004", "N", "Long", "Short", {{"betos", "D1B"}, {"coverage", "D"}})};
    const ActionDisagreement d = only(check_action_codes(diff(from, to), to, {}));
    EXPECT_EQ(d.computed, "fields: betos, coverage");
    EXPECT_EQ(d.reason, "fields changed (betos, coverage), but the action code is N");
}

TEST(ActionCheck, TheActionFieldsThemselvesAreNotChanges) {
    const std::vector<CodeRecord> from = {
        entry("A0004", "A", "Long", "Short", {{"action_effective_date", "2017-01-01"}})};
    const std::vector<CodeRecord> to = {
        entry("A0004", "N", "Long", "Short", {{"action_effective_date", "2018-01-01"}})};
    EXPECT_TRUE(check_action_codes(diff(from, to), to, {}).empty());
}

TEST(ActionCheck, PaymentAndAdministrativeActionsNeedTheirFields) {
    const std::vector<CodeRecord> from = {entry("A0005", "N", "Long", "Short", {{"coverage", "C"}}),
                                          entry("A0006", "N", "Long", "Short"),
                                          entry("A0007", "N", "Old long", "Short")};
    const std::vector<CodeRecord> to = {entry("A0005", "P", "Long", "Short", {{"coverage", "D"}}),
                                        entry("A0006", "F", "Long", "Short"), entry("A0007", "B", "New long", "Short")};
    const auto found = check_action_codes(diff(from, to), to, {});
    ASSERT_EQ(codes(found), (std::vector<std::string>{"A0005", "A0006", "A0007"}));
    EXPECT_EQ(found[0].reason, "action P (payment change), but no payment field changed (changed: coverage)");
    EXPECT_EQ(found[1].reason,
              "action F (change in an administrative data field), but no administrative field changed");
    EXPECT_EQ(found[2].reason,
              "action B (change in both administrative data and long description), but no administrative field "
              "changed");
}

TEST(ActionCheck, ADiscontinueActionOnAValidCodeNeedsATerminationDate) {
    const std::vector<CodeRecord> from = {entry("A0009", "N", "Long", "Short")};
    const std::vector<CodeRecord> to = {entry("A0009", "D", "Long", "Short")};
    EXPECT_EQ(only(check_action_codes(diff(from, to), to, {})).reason,
              "action D (discontinue), but the code is valid in 2018-01 and has no termination date");
}

TEST(ActionCheck, DeletedCodesAreConfirmedByTheRecordsLeftOut) {
    const std::vector<CodeRecord> from = {entry("A0008", "N", "Long", "Short"), entry("A0012", "N", "Long", "Short"),
                                          entry("A0013", "N", "Long", "Short")};
    const std::vector<CodeRecord> to = {};
    const std::vector<CodeRecord> left_out = {
        entry("A0008", "D", "Long", "Short", {{"termination_date", "2017-12-31"}}),
        entry("A0012", "N", "Long", "Short", {{"termination_date", "2017-06-30"}}),
        entry("A0014", "D", "Never seen", "Short", {{"termination_date", "2017-09-30"}}),
    };
    const ChangeSet changes = diff(from, to);
    const auto found = check_action_codes(changes, to, left_out);
    ASSERT_EQ(codes(found), (std::vector<std::string>{"A0012", "A0013", "A0014"}));
    EXPECT_EQ(found[0].reason, "deleted by the diff (terminated 2017-06-30), but the action code is not D");
    EXPECT_EQ(found[1].action_code, "");
    EXPECT_EQ(found[1].reason,
              "deleted by the diff, but the newer file has no record of it (CMS keeps a discontinued code for four "
              "years, with action D)");
    EXPECT_EQ(found[2].computed, "absent");
    EXPECT_EQ(found[2].reason, "action D (discontinue, terminated 2017-09-30), but the code was not in 2017-01");

    // Without the left-out records nothing can confirm a deletion.
    const auto unconfirmed = check_action_codes(changes, to);
    ASSERT_EQ(codes(unconfirmed), (std::vector<std::string>{"A0008", "A0012", "A0013"}));
    for (const ActionDisagreement& d : unconfirmed)
        EXPECT_EQ(d.reason,
                  "deleted by the diff; not confirmed: the records the importer left out of 2018-01 were not given");
}

TEST(ActionCheck, UnknownAndMissingActionCodes) {
    CodeRecord bare = test::billable("A0015", "Long", "Short");
    const std::vector<CodeRecord> to = {entry("A0001", "X", "Long", "Short"), bare};
    const auto found = check_action_codes(diff(to, to), to, {});
    ASSERT_EQ(codes(found), (std::vector<std::string>{"A0001", "A0015"}));
    EXPECT_EQ(found[0].reason, "unknown action code 'X'");
    EXPECT_EQ(found[1].reason, "the record has no action code");
}

TEST(ActionCheck, TalliesByActionCodeProceduresAndModifiersApart) {
    const std::vector<CodeRecord> records = {
        entry("A0001", "N", "L", "S"),
        entry("A0002", "A", "L", "S"),
        entry("AA", "A", "L", "S", {}, "modifier"),
        entry("A0003", "A", "L", "S"),
        entry("AB", "D", "L", "S", {}, "modifier"),
        test::billable("A0004", "L", "S"),
    };
    const std::vector<ActionCount> expected = {{"", 1, 0}, {"A", 2, 1}, {"D", 0, 1}, {"N", 1, 0}};
    EXPECT_EQ(tally_action_codes(records), expected);
    EXPECT_EQ(expected[1].total(), 3u);
}

}  // namespace
}  // namespace codeset::importers::hcpcs
