// The pure diff engine: compare_contents and diff_snapshots on hand-written records.
#include "codeset/diff/diff.hpp"
#include "diff/content_difference.hpp"
#include "diff_test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace codeset {
namespace {

using test::billable;
using test::header;
using test::kinds;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

const ReleaseLabel label{"icd10cm", "FY2025", "FY2026"};

ChangeSet diff(const std::vector<CodeRecord>& from, const std::vector<CodeRecord>& to) {
    return diff_snapshots(label, from, to);
}

TEST(ChangeKindNames, AreStable) {
    EXPECT_EQ(to_string(ChangeKind::added), "added");
    EXPECT_EQ(to_string(ChangeKind::deleted), "deleted");
    EXPECT_EQ(to_string(ChangeKind::revised), "revised");
    EXPECT_EQ(to_string(ChangeKind::whitespace), "whitespace");
    EXPECT_EQ(to_string(ChangeKind::header_added), "header_added");
    EXPECT_EQ(to_string(ChangeKind::header_deleted), "header_deleted");
    EXPECT_EQ(to_string(ChangeKind::header_revised), "header_revised");
    EXPECT_EQ(to_string(ChangeKind::attributes), "attributes");
}

TEST(Diff, SameSnapshotIsEmpty) {
    const std::vector<CodeRecord> a = {header("A00", "Cholera"), billable("A000", "Cholera due to Vibrio cholerae 01"),
                                       billable("A001", "Cholera due to Vibrio cholerae 01, biovar eltor")};
    const ChangeSet changes = diff(a, a);
    EXPECT_TRUE(changes.empty());
    EXPECT_EQ(changes.summary, DiffSummary{});
    EXPECT_EQ(changes.system, "icd10cm");
    EXPECT_EQ(changes.from, "FY2025");
    EXPECT_EQ(changes.to, "FY2026");
}

TEST(Diff, OrderNumbersAreNotContent) {
    std::vector<CodeRecord> a = {billable("A000", "Cholera"), billable("A001", "Cholera, eltor")};
    std::vector<CodeRecord> b = {billable("A001", "Cholera, eltor"), billable("A000", "Cholera")};
    a[0].order = 1;
    a[1].order = 2;
    b[0].order = 7;
    b[1].order = 9;
    EXPECT_TRUE(diff(a, b).empty());
}

TEST(Diff, AddedAndDeleted) {
    const ChangeSet changes = diff({billable("A000", "Old code"), header("B00", "Old header")},
                                   {billable("A0472", "New code"), header("C00", "New header")});
    EXPECT_THAT(kinds(changes), ElementsAre("A000:deleted", "A0472:added", "B00:header_deleted", "C00:header_added"));
    EXPECT_EQ(changes.summary.added, 1u);
    EXPECT_EQ(changes.summary.deleted, 1u);
    EXPECT_EQ(changes.summary.headers.added, 1u);
    EXPECT_EQ(changes.summary.headers.deleted, 1u);
    const Change& added = changes.changes[1];
    EXPECT_FALSE(added.before);
    ASSERT_TRUE(added.after);
    EXPECT_EQ(added.after->long_title, "New code");
    const Change& deleted = changes.changes[0];
    ASSERT_TRUE(deleted.before);
    EXPECT_FALSE(deleted.after);
    EXPECT_THAT(deleted.expanded_into, IsEmpty());
}

// CMS writes a flip as "Delete: 1 Z283" + "Add: 0 Z283": the header side counts in headers.*.
TEST(Diff, HeaderToBillableIsAddedAndHeaderDeleted) {
    const ChangeSet changes =
        diff({header("Z283", "Underimmunization status")}, {billable("Z283", "Underimmunization status")});
    EXPECT_THAT(kinds(changes), ElementsAre("Z283:added", "Z283:header_deleted"));
    EXPECT_EQ(changes.summary.added, 1u);
    EXPECT_EQ(changes.summary.headers.deleted, 1u);
    EXPECT_EQ(changes.summary.deleted, 0u);
    for (const Change& change : changes.changes) {
        ASSERT_TRUE(change.before);
        ASSERT_TRUE(change.after);
        EXPECT_FALSE(change.before->billable);
        EXPECT_TRUE(change.after->billable);
    }
}

TEST(Diff, BillableToHeaderIsDeletedAndHeaderAdded) {
    const ChangeSet changes =
        diff({billable("Z283", "Underimmunization status")}, {header("Z283", "Underimmunization status")});
    EXPECT_THAT(kinds(changes), ElementsAre("Z283:deleted", "Z283:header_added"));
    EXPECT_EQ(changes.summary.deleted, 1u);
    EXPECT_EQ(changes.summary.headers.added, 1u);
    // For a deleted code, `after` is the header it became.
    ASSERT_TRUE(changes.changes[0].after);
    EXPECT_FALSE(changes.changes[0].after->billable);
    // No subcodes were added: not an expansion.
    EXPECT_THAT(changes.changes[0].expanded_into, IsEmpty());
    EXPECT_EQ(changes.summary.expanded, 0u);
}

TEST(Diff, DeletedCodeExpandedIntoNewSubcodes) {
    const std::vector<CodeRecord> from = {
        billable("E1110", "Type 2 diabetes mellitus with ketoacidosis without coma"),
        billable("E1111", "Type 2 diabetes mellitus with ketoacidosis with coma"),
    };
    const std::vector<CodeRecord> to = {
        header("E1110", "Type 2 diabetes mellitus with ketoacidosis without coma"),
        billable("E11100", "Type 2 diabetes mellitus with ketoacidosis without coma, unspecified"),
        billable("E11101", "Type 2 diabetes mellitus with ketoacidosis without coma, with hyperosmolarity"),
        header("E11102", "An invented header below it"),  // a header: not an expansion target
        billable("E1111", "Type 2 diabetes mellitus with ketoacidosis with coma"),
        billable("E1112", "An invented new code next to it"),  // added, but not under E1110
    };
    const ChangeSet changes = diff(from, to);
    EXPECT_THAT(kinds(changes), ElementsAre("E1110:deleted", "E1110:header_added", "E11100:added", "E11101:added",
                                            "E11102:header_added", "E1112:added"));
    EXPECT_THAT(changes.changes[0].expanded_into, ElementsAre("E11100", "E11101"));
    EXPECT_EQ(changes.summary.expanded, 1u);
    EXPECT_EQ(changes.summary.added, 3u);
    EXPECT_EQ(changes.summary.deleted, 1u);
    EXPECT_EQ(changes.summary.headers.added, 2u);
}

TEST(Diff, ExpansionCountsSubcodesThatWereHeadersBefore) {
    // A header that became billable under the expanded code is "added" in this diff too.
    const ChangeSet changes = diff({billable("S000", "A"), header("S0001", "B")},
                                   {header("S000", "A"), billable("S0001", "B"), billable("S0002", "C")});
    ASSERT_EQ(changes.changes[0].kind, ChangeKind::deleted);
    EXPECT_THAT(changes.changes[0].expanded_into, ElementsAre("S0001", "S0002"));
}

TEST(Diff, RevisedLongShortAndBoth) {
    const ChangeSet changes = diff(
        {
            billable("A011", "Paratyphoid fever A", "Paratyphoid fever A"),
            billable("A012", "Paratyphoid fever B", "Paratyphoid fever B"),
            billable("A013", "Paratyphoid fever C", "Paratyphoid fever C"),
        },
        {
            billable("A011", "Paratyphoid fever A, new", "Paratyphoid fever A"),
            billable("A012", "Paratyphoid fever B", "Paratyphoid fev B"),
            billable("A013", "Paratyphoid fever C, new", "Paratyphoid fev C"),
        });
    EXPECT_THAT(kinds(changes), ElementsAre("A011:revised", "A012:revised", "A013:revised"));
    EXPECT_TRUE(changes.changes[0].long_changed);
    EXPECT_FALSE(changes.changes[0].short_changed);
    EXPECT_FALSE(changes.changes[1].long_changed);
    EXPECT_TRUE(changes.changes[1].short_changed);
    EXPECT_TRUE(changes.changes[2].long_changed);
    EXPECT_TRUE(changes.changes[2].short_changed);
    EXPECT_EQ(changes.summary.revised, 3u);
    EXPECT_EQ(changes.summary.revised_long, 2u);
    EXPECT_EQ(changes.summary.revised_short, 2u);
    EXPECT_EQ(changes.changes[2].before->long_title, "Paratyphoid fever C");
    EXPECT_EQ(changes.changes[2].after->long_title, "Paratyphoid fever C, new");
}

TEST(Diff, CaseChangeIsARevision) {
    const ChangeSet changes =
        diff({billable("A000", "Cholera due to vibrio", "x")}, {billable("A000", "Cholera due to Vibrio", "x")});
    EXPECT_THAT(kinds(changes), ElementsAre("A000:revised"));
}

TEST(Diff, WhiteSpaceOnlyIsNotARevision) {
    const ChangeSet changes = diff(
        {
            billable("B000", "Eczema  herpeticum", "Eczema herpeticum"),
            billable("B001", "Herpesviral vesicular dermatitis ", "Herpesviral derm"),
            header("B00", "Herpesviral  infections", "Herpesviral infections"),
            // Long title only white space, short title really changed: revised, short only.
            billable("B002", "Herpesviral gingivostomatitis", "Herpesviral gingivo"),
        },
        {
            billable("B000", "Eczema herpeticum", "Eczema herpeticum"),
            billable("B001", "Herpesviral vesicular dermatitis", "Herpesviral  derm"),
            header("B00", "Herpesviral infections", "Herpesviral infections"),
            billable("B002", "Herpesviral  gingivostomatitis", "Herpesviral gingivostom"),
        });
    EXPECT_THAT(kinds(changes), ElementsAre("B00:whitespace", "B000:whitespace", "B001:whitespace", "B002:revised"));
    EXPECT_EQ(changes.summary.whitespace_only, 3u);
    EXPECT_EQ(changes.summary.revised, 1u);
    EXPECT_EQ(changes.summary.revised_long, 0u);
    EXPECT_EQ(changes.summary.revised_short, 1u);
    EXPECT_EQ(changes.summary.headers.revised, 0u);
    // Which title differs is marked on white-space changes too.
    EXPECT_TRUE(changes.changes[1].long_changed);
    EXPECT_FALSE(changes.changes[1].short_changed);
    EXPECT_TRUE(changes.changes[2].long_changed);
    EXPECT_TRUE(changes.changes[2].short_changed);
    EXPECT_FALSE(changes.changes[3].long_changed);
    EXPECT_TRUE(changes.changes[3].short_changed);
}

TEST(Diff, HeaderRevised) {
    const ChangeSet changes =
        diff({header("A01", "Typhoid and paratyphoid fevers")}, {header("A01", "Typhoid and paratyphoid fever")});
    EXPECT_THAT(kinds(changes), ElementsAre("A01:header_revised"));
    EXPECT_TRUE(changes.changes[0].long_changed);
    EXPECT_EQ(changes.summary.headers.revised, 1u);
    EXPECT_EQ(changes.summary.revised, 0u);
}

TEST(Diff, AttributesOnly) {
    const ChangeSet changes = diff(
        {billable("G0001", "Invented service", "Invented svc", {{"coverage", "C"}, {"pricing", "11"}, {"zz", "1"}})},
        {billable("G0001", "Invented service", "Invented svc", {{"betos", "M1A"}, {"pricing", "12"}, {"zz", "1"}})});
    EXPECT_THAT(kinds(changes), ElementsAre("G0001:attributes"));
    EXPECT_EQ(changes.summary.attributes, 1u);
    EXPECT_EQ(changes.summary.revised, 0u);
    const auto& attributes = changes.changes[0].attribute_changes;
    ASSERT_EQ(attributes.size(), 3u);
    EXPECT_EQ(attributes[0].name, "betos");
    EXPECT_EQ(attributes[0].before, std::nullopt);
    EXPECT_EQ(attributes[0].after, "M1A");
    EXPECT_EQ(attributes[1].name, "coverage");
    EXPECT_EQ(attributes[1].before, "C");
    EXPECT_EQ(attributes[1].after, std::nullopt);
    EXPECT_EQ(attributes[2].name, "pricing");
    EXPECT_EQ(attributes[2].before, "11");
    EXPECT_EQ(attributes[2].after, "12");
}

TEST(Diff, RevisedChangeCarriesAttributeChanges) {
    const ChangeSet changes = diff({billable("G0001", "Invented service", "svc", {{"pricing", "11"}})},
                                   {billable("G0001", "Invented service, revised", "svc", {{"pricing", "12"}})});
    EXPECT_THAT(kinds(changes), ElementsAre("G0001:revised"));
    ASSERT_EQ(changes.changes[0].attribute_changes.size(), 1u);
    EXPECT_EQ(changes.changes[0].attribute_changes[0].name, "pricing");
    EXPECT_EQ(changes.summary.attributes, 0u);
}

TEST(Diff, WhiteSpaceAndAttributesAreTwoChanges) {
    const ChangeSet changes = diff({billable("G0001", "Invented  service", "svc", {{"pricing", "11"}})},
                                   {billable("G0001", "Invented service", "svc", {{"pricing", "12"}})});
    EXPECT_THAT(kinds(changes), ElementsAre("G0001:whitespace", "G0001:attributes"));
    EXPECT_THAT(changes.changes[0].attribute_changes, IsEmpty());
    EXPECT_EQ(changes.changes[1].attribute_changes.size(), 1u);
}

TEST(CompareContents, AcceptsUnsortedListsAndSortsByCodeThenKind) {
    const ChangeSet changes =
        compare_contents(label, {billable("C000", "c"), header("A000", "a"), billable("B000", "b")},
                         {billable("D000", "d"), billable("A000", "a"), header("B000", "b"), billable("B0001", "b1")});
    EXPECT_THAT(kinds(changes), ElementsAre("A000:added", "A000:header_deleted", "B000:deleted", "B000:header_added",
                                            "B0001:added", "C000:deleted", "D000:added"));
    EXPECT_THAT(changes.changes[2].expanded_into, ElementsAre("B0001"));
}

// diff(b, a) is diff(a, b) with added <-> deleted, header_added <-> header_deleted and
// before <-> after. Expansions are the one asymmetric part: they describe deleted codes only.
Change inverse(Change change) {
    switch (change.kind) {
        case ChangeKind::added:
            change.kind = ChangeKind::deleted;
            break;
        case ChangeKind::deleted:
            change.kind = ChangeKind::added;
            break;
        case ChangeKind::header_added:
            change.kind = ChangeKind::header_deleted;
            break;
        case ChangeKind::header_deleted:
            change.kind = ChangeKind::header_added;
            break;
        default:
            break;
    }
    std::swap(change.before, change.after);
    for (AttributeChange& attribute : change.attribute_changes) std::swap(attribute.before, attribute.after);
    change.expanded_into.clear();
    return change;
}

std::string describe(const Change& c) {
    const auto record = [](const std::optional<CodeRecord>& r) {
        if (!r) return std::string("-");
        std::string text = (r->billable ? "1|" : "0|") + r->short_title + "|" + r->long_title;
        for (const Attribute& a : r->attributes) text += "|" + a.name + "=" + a.value;
        return text;
    };
    std::string text = c.code + " " + std::string(to_string(c.kind)) + " [" + record(c.before) + "] -> [" +
                       record(c.after) + "] long=" + std::to_string(c.long_changed) +
                       " short=" + std::to_string(c.short_changed);
    for (const AttributeChange& a : c.attribute_changes)
        text += " " + a.name + ":" + a.before.value_or("~") + ">" + a.after.value_or("~");
    return text;
}

std::vector<std::string> describe_all(const std::vector<Change>& changes) {
    std::vector<std::string> out;
    for (const Change& change : changes) out.push_back(describe(change));
    return out;
}

std::vector<std::string> describe_inverse(const ChangeSet& changes) {
    std::vector<Change> inverted;
    for (const Change& change : changes.changes) inverted.push_back(inverse(change));
    std::stable_sort(inverted.begin(), inverted.end(), [](const Change& a, const Change& b) {
        return a.code != b.code ? a.code < b.code : a.kind < b.kind;
    });
    return describe_all(inverted);
}

std::vector<std::string> describe_without_expansion(ChangeSet changes) {
    for (Change& change : changes.changes) change.expanded_into.clear();
    return describe_all(changes.changes);
}

TEST(Diff, ReverseDiffIsTheInverse) {
    const std::vector<CodeRecord> a = {
        billable("A000", "gone"),
        header("A01", "header title"),
        billable("A011", "revised long", "same short"),
        billable("A012", "ws  long", "short"),
        header("B00", "header to be deleted"),
        billable("E1110", "expanded"),
        header("Z283", "flip up"),
        billable("Z284", "flip down"),
        billable("G0001", "svc", "svc", {{"pricing", "11"}, {"old", "x"}}),
        billable("G0002", "svc two", "svc", {{"pricing", "11"}}),
        billable("K000", "unchanged"),
    };
    const std::vector<CodeRecord> b = {
        billable("A0472", "new"),
        header("A01", "header title revised"),
        billable("A011", "revised long, new", "same short"),
        billable("A012", "ws long", "short"),
        header("C00", "new header"),
        header("E1110", "expanded"),
        billable("E11100", "expanded a"),
        billable("E11101", "expanded b"),
        billable("Z283", "flip up"),
        header("Z284", "flip down"),
        billable("G0001", "svc", "svc", {{"new", "y"}, {"pricing", "12"}}),
        billable("G0002", "svc two, revised", "svc", {{"pricing", "12"}}),
        billable("K000", "unchanged"),
    };
    const ChangeSet forward = diff(a, b);
    const ChangeSet backward = diff_snapshots({"icd10cm", "FY2026", "FY2025"}, b, a);
    ASSERT_EQ(forward.changes.size(), 17u);
    EXPECT_EQ(describe_inverse(forward), describe_without_expansion(backward));

    DiffSummary expected = forward.summary;
    std::swap(expected.added, expected.deleted);
    std::swap(expected.headers.added, expected.headers.deleted);
    expected.expanded = 0;
    EXPECT_EQ(backward.summary, expected);
    EXPECT_EQ(forward.summary.expanded, 1u);

    // And the whole thing is independent of input order.
    std::vector<CodeRecord> shuffled_a = a;
    std::vector<CodeRecord> shuffled_b = b;
    std::mt19937 random(42);
    std::shuffle(shuffled_a.begin(), shuffled_a.end(), random);
    std::shuffle(shuffled_b.begin(), shuffled_b.end(), random);
    const ChangeSet again = diff(shuffled_a, shuffled_b);
    EXPECT_EQ(describe_all(again.changes), describe_all(forward.changes));
    EXPECT_EQ(again.summary, forward.summary);
}

TEST(SameButWhitespace, IgnoresRunsAndEnds) {
    EXPECT_TRUE(same_but_whitespace("a  b", " a b "));
    EXPECT_TRUE(same_but_whitespace("", "  "));
    EXPECT_FALSE(same_but_whitespace("ab", "a b"));
    EXPECT_FALSE(same_but_whitespace("a b", "a B"));
}

}  // namespace
}  // namespace codeset

namespace codeset {
namespace {

std::vector<ContentId> sorted(std::vector<ContentId> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}

TEST(ContentDifference, DenseAndSparseIdsGiveTheSameSets) {
    const std::vector<ContentId> a = {5, 1, 9, 3, 7};
    const std::vector<ContentId> b = {3, 10, 1, 11, 7};
    auto [only_a, only_b] = detail::content_difference(a, b);
    EXPECT_EQ(sorted(only_a), (std::vector<ContentId>{5, 9}));
    EXPECT_EQ(sorted(only_b), (std::vector<ContentId>{10, 11}));

    const std::vector<ContentId> sparse_a = {5, 1, 9'000'000'000, 3};
    const std::vector<ContentId> sparse_b = {3, 1, 7'000'000'000};
    auto [sparse_only_a, sparse_only_b] = detail::content_difference(sparse_a, sparse_b);
    EXPECT_EQ(sorted(sparse_only_a), (std::vector<ContentId>{5, 9'000'000'000}));
    EXPECT_EQ(sorted(sparse_only_b), (std::vector<ContentId>{7'000'000'000}));

    auto [all_a, none] = detail::content_difference(a, {});
    EXPECT_EQ(all_a, a);
    EXPECT_TRUE(none.empty());
}

}  // namespace
}  // namespace codeset
