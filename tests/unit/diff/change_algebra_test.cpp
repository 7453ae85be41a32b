// invert and compose on hand-made change sets and on small releases diffed by diff_snapshots.
#include "codeset/diff/change_algebra.hpp"

#include "codeset/core/error.hpp"
#include "codeset/diff/diff.hpp"
#include "diff_test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace codeset {
namespace {

using test::billable;
using test::header;
using test::kinds;
using ::testing::ElementsAre;

ChangeSet diff(const std::string& from, const std::string& to, const std::vector<CodeRecord>& a,
               const std::vector<CodeRecord>& b) {
    return diff_snapshots({"icd10cm", from, to}, a, b);
}

// Three releases that exercise every kind: a split into subcodes (B880), subcodes folded back into
// their parent (X10), a revision, a white-space change, an attribute change, a code added then deleted
// again (Z001), one deleted then restored unchanged (Z002), a revision reverted (Z003).
std::vector<CodeRecord> release_a() {
    return {billable("B880", "Other acariasis"),
            billable("L02212", "Cutaneous abscess of back"),
            billable("M001", "Code with a note", "", {{"note", "old"}}),
            header("W44G", "Objects entering a natural  orifice"),
            header("X10", "Parent"),
            billable("X101", "Child one"),
            billable("X102", "Child two"),
            billable("Z002", "Restored"),
            billable("Z003", "Reverted")};
}
std::vector<CodeRecord> release_b() {
    return {header("B880", "Other acariasis"),
            billable("B8801", "Infestation by Demodex mites"),
            billable("B8809", "Other acariasis, other"),
            billable("L02212", "Cutaneous abscess of back and flank"),
            billable("M001", "Code with a note", "", {{"note", "new"}}),
            header("W44G", "Objects entering a natural orifice"),
            billable("X10", "Parent"),
            billable("Z001", "Here for one release"),
            billable("Z003", "Reverted, for a while")};
}
std::vector<CodeRecord> release_c() {
    return {header("B880", "Other acariasis"),
            billable("B8801", "Infestation by Demodex mites, all sites"),
            billable("B8809", "Other acariasis, other"),
            billable("L02212", "Cutaneous abscess of back and flank"),
            billable("M001", "Code with a note", "", {{"added", "yes"}, {"note", "new"}}),
            header("W44G", "Objects entering a natural orifice"),
            billable("X10", "Parent"),
            billable("Z002", "Restored"),
            billable("Z003", "Reverted")};
}

Change change(std::string code, ChangeKind kind, std::optional<CodeRecord> before, std::optional<CodeRecord> after) {
    Change made;
    made.code = std::move(code);
    made.kind = kind;
    made.before = std::move(before);
    made.after = std::move(after);
    return made;
}

void expect_same(const ChangeSet& actual, const ChangeSet& expected) {
    const std::optional<std::string> difference = first_difference(actual, expected);
    EXPECT_FALSE(difference) << *difference;
}

TEST(ChangeAlgebra, InvertSwapsKindsRecordsAndAttributeValues) {
    ChangeSet changes;
    changes.system = "icd10cm";
    changes.from = "FY2025";
    changes.to = "FY2026";
    Change added = change("A001", ChangeKind::added, std::nullopt, billable("A001", "New"));
    Change revised = change("A002", ChangeKind::revised, billable("A002", "Old"), billable("A002", "New"));
    revised.long_changed = true;
    revised.attribute_changes = {{"note", std::nullopt, "added"}, {"see", "old", "new"}};
    Change flip_deleted = change("B10", ChangeKind::deleted, billable("B10", "Parent"), header("B10", "Parent"));
    flip_deleted.expanded_into = {"B101"};
    Change flip_header = change("B10", ChangeKind::header_added, billable("B10", "Parent"), header("B10", "Parent"));
    Change child = change("B101", ChangeKind::added, std::nullopt, billable("B101", "Child"));
    changes.changes = {added, revised, flip_deleted, flip_header, child};

    const ChangeSet inverse = invert(changes);
    EXPECT_EQ(inverse.from, "FY2026");
    EXPECT_EQ(inverse.to, "FY2025");
    EXPECT_THAT(kinds(inverse),
                ElementsAre("A001:deleted", "A002:revised", "B10:added", "B10:header_deleted", "B101:deleted"));
    EXPECT_FALSE(inverse.changes[0].after);
    EXPECT_EQ(inverse.changes[0].before->long_title, "New");
    EXPECT_EQ(inverse.changes[1].before->long_title, "New");
    EXPECT_EQ(inverse.changes[1].after->long_title, "Old");
    EXPECT_TRUE(inverse.changes[1].long_changed);
    ASSERT_EQ(inverse.changes[1].attribute_changes.size(), 2u);
    EXPECT_EQ(inverse.changes[1].attribute_changes[0].before, "added");
    EXPECT_FALSE(inverse.changes[1].attribute_changes[0].after);
    EXPECT_EQ(inverse.changes[1].attribute_changes[1].before, "new");
    EXPECT_EQ(inverse.changes[1].attribute_changes[1].after, "old");
    // Backwards, B10 is a header turned billable: an addition, expanded into nothing.
    EXPECT_TRUE(inverse.changes[2].expanded_into.empty());
    EXPECT_EQ(inverse.summary.added, 1u);
    EXPECT_EQ(inverse.summary.deleted, 2u);
    EXPECT_EQ(inverse.summary.expanded, 0u);
    EXPECT_EQ(inverse.summary.revised, 1u);
    EXPECT_EQ(inverse.summary.headers.deleted, 1u);
    EXPECT_EQ(inverse.summary.headers.added, 0u);
}

TEST(ChangeAlgebra, InvertOfADiffIsTheDiffBackwards) {
    const ChangeSet ab = diff("FY2025", "FY2026", release_a(), release_b());
    const ChangeSet ba = diff("FY2026", "FY2025", release_b(), release_a());
    expect_same(invert(ab), ba);
    expect_same(invert(ba), ab);
    expect_same(invert(invert(ab)), ab);
    // The expansion changes direction: B880 split in a -> b, X10's children folded back in b -> a.
    const auto deleted = [](const ChangeSet& changes, const std::string& code) {
        for (const Change& change : changes.changes)
            if (change.code == code && change.kind == ChangeKind::deleted) return change.expanded_into;
        return std::vector<std::string>{"(not deleted)"};
    };
    EXPECT_THAT(deleted(ab, "B880"), ElementsAre("B8801", "B8809"));
    EXPECT_THAT(deleted(invert(ab), "X10"), ElementsAre("X101", "X102"));
    EXPECT_EQ(ab.summary.expanded, 1u);
    EXPECT_EQ(invert(ab).summary.expanded, 1u);
}

TEST(ChangeAlgebra, TheDiffOfAReleaseWithItselfIsEmptyAndItsOwnInverse) {
    const ChangeSet aa = diff("FY2025", "FY2025", release_a(), release_a());
    EXPECT_TRUE(aa.empty());
    EXPECT_EQ(aa.summary, DiffSummary{});
    expect_same(invert(aa), aa);
}

TEST(ChangeAlgebra, ComposeEqualsTheDiffOverTheWholeSpan) {
    const ChangeSet ab = diff("FY2024", "FY2025", release_a(), release_b());
    const ChangeSet bc = diff("FY2025", "FY2026", release_b(), release_c());
    const ChangeSet ac = diff("FY2024", "FY2026", release_a(), release_c());
    const ChangeSet composed = compose(ab, bc);
    expect_same(composed, ac);
    // Added then deleted, deleted then restored, revised then reverted: no change over the span.
    for (const Change& change : composed.changes) {
        EXPECT_NE(change.code, "Z001");
        EXPECT_NE(change.code, "Z002");
        EXPECT_NE(change.code, "Z003");
    }
    EXPECT_THAT(kinds(composed), testing::Contains("B8801:added"));  // revised in b -> c, new over the span
    expect_same(invert(compose(ab, bc)), compose(invert(bc), invert(ab)));
}

TEST(ChangeAlgebra, TheEmptyChangeSetIsTheIdentityOfCompose) {
    const ChangeSet ab = diff("FY2025", "FY2026", release_a(), release_b());
    expect_same(compose(diff("FY2025", "FY2025", release_a(), release_a()), ab), ab);
    expect_same(compose(ab, diff("FY2026", "FY2026", release_b(), release_b())), ab);
}

TEST(ChangeAlgebra, AChangeSetComposedWithItsInverseIsEmpty) {
    const ChangeSet ab = diff("FY2025", "FY2026", release_a(), release_b());
    const ChangeSet round_trip = compose(ab, invert(ab));
    EXPECT_EQ(round_trip.from, "FY2025");
    EXPECT_EQ(round_trip.to, "FY2025");
    EXPECT_TRUE(round_trip.empty());
}

TEST(ChangeAlgebra, ComposeRefusesChangeSetsThatDoNotFollowOn) {
    const ChangeSet ab = diff("FY2025", "FY2026", release_a(), release_b());
    EXPECT_THROW(compose(ab, ab), Error);  // FY2026 is not where FY2025 -> FY2026 starts
    // Labels that follow on, but a code whose record in FY2026 is not the same in both.
    const ChangeSet bc = diff("FY2026", "FY2027", {billable("L02212", "Something else")}, {});
    EXPECT_THROW(compose(ab, bc), Error);
}

TEST(ChangeAlgebra, FirstDifferenceNamesWhereTwoChangeSetsDiffer) {
    const ChangeSet ab = diff("FY2025", "FY2026", release_a(), release_b());
    EXPECT_FALSE(first_difference(ab, ab));
    ChangeSet changed = ab;
    changed.changes[0].kind = ChangeKind::revised;
    const std::optional<std::string> kind = first_difference(changed, ab);
    ASSERT_TRUE(kind);
    EXPECT_EQ(*kind, "B880 revised, expected B880 deleted");
    changed = ab;
    ++changed.summary.added;
    EXPECT_EQ(first_difference(changed, ab), "summary added: 5, expected 4");
    changed = ab;
    changed.changes.back().after->long_title = "Another title";
    EXPECT_TRUE(first_difference(changed, ab));
}

}  // namespace
}  // namespace codeset

namespace codeset {
namespace {

// Chapters and sections follow the algebra as codes do: inverted side by side, composed from the
// first side of the first change to the last side of the second.
TEST(ChangeAlgebraDivisions, InvertAndComposeCarryChapterAndSectionChanges) {
    const Division a{"chapter", "4", "Endocrine diseases", {{"notes", R"(["one"])"}}};
    Division b = a;
    b.notes = {{"notes", R"(["two"])"}};
    Division c = b;
    c.title = "Endocrine, nutritional and metabolic diseases";
    const Division section{"section", "E08-E13", "Diabetes mellitus", {}};

    ChangeSet ab = diff_snapshots({"icd10cm", "A", "B"}, {}, {});
    ab.division_changes = {{"chapter", "4", a, b, {}}, {"section", "E08-E13", std::nullopt, section, {}}};
    ab.divisions = {{"chapter", "4", b.title, {}}, {"section", "E08-E13", section.title, {}}};
    ChangeSet bc = diff_snapshots({"icd10cm", "B", "C"}, {}, {});
    bc.division_changes = {{"chapter", "4", b, c, {}}};
    bc.divisions = {{"chapter", "4", c.title, {}}, {"section", "E08-E13", section.title, {}}};

    const ChangeSet ba = invert(ab);
    ASSERT_EQ(ba.division_changes.size(), 2u);
    EXPECT_EQ(ba.division_changes[0].before, b);
    EXPECT_EQ(ba.division_changes[0].after, a);
    EXPECT_FALSE(ba.division_changes[1].after);  // the section is not in A
    EXPECT_FALSE(ba.empty());

    const ChangeSet ac = compose(ab, bc);
    ASSERT_EQ(ac.division_changes.size(), 2u);
    EXPECT_EQ(ac.division_changes[0].before, a);
    EXPECT_EQ(ac.division_changes[0].after, c);
    ASSERT_FALSE(ac.division_changes[0].attribute_changes.empty());
    EXPECT_EQ(ac.division_changes[0].attribute_changes[0].name, "title");
    // There and back again: nothing changed.
    EXPECT_TRUE(compose(ab, invert(ab)).division_changes.empty());
}

}  // namespace
}  // namespace codeset
