// The store-backed parts of the diff engine: diff_releases and code_history.
#include "codeset/core/error.hpp"
#include "codeset/diff/diff.hpp"
#include "codeset/diff/history.hpp"
#include "diff_test_support.hpp"
#include "store_test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fmt/format.h>
#include <chrono>

namespace codeset {
namespace {

using test::billable;
using test::header;
using test::kinds;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

const std::vector<CodeRecord> fy2025 = {
    header("A01", "Typhoid and paratyphoid fevers"),
    billable("A011", "Paratyphoid fever A"),
    billable("B000", "Eczema  herpeticum", "Eczema herpeticum"),
    billable("E1110", "Type 2 diabetes mellitus with ketoacidosis without coma"),
    header("Z283", "Underimmunization status"),
    billable("G0001", "Invented service", "Invented svc", {{"pricing", "11"}}),
    billable("K000", "Unchanged code"),
};
const std::vector<CodeRecord> fy2026 = {
    billable("K000", "Unchanged code"),  // moved: order numbers are not content
    header("A01", "Typhoid and paratyphoid fevers"),
    billable("A011", "Paratyphoid fever A, revised"),
    billable("A0472", "Enterocolitis due to Clostridium difficile, not specified as recurrent"),
    billable("B000", "Eczema herpeticum", "Eczema herpeticum"),
    header("E1110", "Type 2 diabetes mellitus with ketoacidosis without coma"),
    billable("E11100", "Type 2 diabetes mellitus with ketoacidosis without coma, unspecified"),
    billable("E11101", "Type 2 diabetes mellitus with ketoacidosis without coma, with hyperosmolarity"),
    billable("Z283", "Underimmunization status"),
    billable("G0001", "Invented service", "Invented svc", {{"pricing", "12"}}),
};

std::vector<std::string> describe(const ChangeSet& changes) {
    std::vector<std::string> out;
    for (const Change& c : changes.changes) {
        std::string text = c.code + ":" + std::string(to_string(c.kind));
        if (c.before) text += " before=" + c.before->long_title + "/" + c.before->short_title;
        if (c.after) text += " after=" + c.after->long_title + "/" + c.after->short_title;
        for (const std::string& code : c.expanded_into) text += " >" + code;
        for (const AttributeChange& a : c.attribute_changes)
            text += " " + a.name + ":" + a.before.value_or("~") + ">" + a.after.value_or("~");
        out.push_back(text);
    }
    return out;
}

using DiffReleases = test::ScratchStore;

TEST_F(DiffReleases, MatchesTheSnapshotDiff) {
    const ReleaseRecord from = import("icd10cm", "FY2025", {2024, 10, 1}, fy2025);
    const ReleaseRecord to = import("icd10cm", "FY2026", {2025, 10, 1}, fy2026);
    const ChangeSet stored = diff_releases(store(), from, to);
    const ChangeSet expected = diff_snapshots({"icd10cm", "FY2025", "FY2026"}, fy2025, fy2026);
    EXPECT_EQ(stored.system, "icd10cm");
    EXPECT_EQ(stored.from, "FY2025");
    EXPECT_EQ(stored.to, "FY2026");
    EXPECT_EQ(describe(stored), describe(expected));
    EXPECT_EQ(stored.summary, expected.summary);
    EXPECT_THAT(kinds(stored),
                ElementsAre("A011:revised", "A0472:added", "B000:whitespace", "E1110:deleted", "E1110:header_added",
                            "E11100:added", "E11101:added", "G0001:attributes", "Z283:added", "Z283:header_deleted"))
        << "K000 moved but did not change";
}

TEST_F(DiffReleases, MovedCodesAreUnchanged) {
    std::vector<CodeRecord> moved = fy2025;
    std::reverse(moved.begin(), moved.end());
    const ReleaseRecord a = import("icd10cm", "FY2025", {2024, 10, 1}, fy2025);
    const ReleaseRecord b = import("icd10cm", "FY2025-04", {2025, 4, 1}, moved);
    EXPECT_TRUE(diff_releases(store(), a, b).empty());
    EXPECT_TRUE(diff_releases(store(), a, a).empty());
}

TEST_F(DiffReleases, ReverseIsTheInverse) {
    const ReleaseRecord from = import("icd10cm", "FY2025", {2024, 10, 1}, fy2025);
    const ReleaseRecord to = import("icd10cm", "FY2026", {2025, 10, 1}, fy2026);
    const ChangeSet forward = diff_releases(store(), from, to);
    const ChangeSet backward = diff_releases(store(), to, from);
    EXPECT_EQ(backward.from, "FY2026");
    EXPECT_EQ(backward.to, "FY2025");
    EXPECT_EQ(backward.summary.added, forward.summary.deleted);
    EXPECT_EQ(backward.summary.deleted, forward.summary.added);
    EXPECT_EQ(backward.summary.headers.added, forward.summary.headers.deleted);
    EXPECT_EQ(backward.summary.headers.deleted, forward.summary.headers.added);
    EXPECT_EQ(backward.summary.revised, forward.summary.revised);
    EXPECT_EQ(backward.summary.whitespace_only, forward.summary.whitespace_only);
    EXPECT_EQ(backward.summary.attributes, forward.summary.attributes);
    EXPECT_THAT(kinds(backward), ElementsAre("A011:revised", "A0472:deleted", "B000:whitespace", "E1110:added",
                                             "E1110:header_deleted", "E11100:deleted", "E11101:deleted",
                                             "G0001:attributes", "Z283:deleted", "Z283:header_added"));
}

TEST_F(DiffReleases, RefusesReleasesOfDifferentSystems) {
    const ReleaseRecord cm = import("icd10cm", "FY2026", {2025, 10, 1}, fy2026);
    const ReleaseRecord pcs =
        import("icd10pcs", "FY2026", {2025, 10, 1}, {billable("0016070", "Bypass Cerebral Ventricle to Nasopharynx")});
    try {
        diff_releases(store(), cm, pcs);
        FAIL() << "expected Error(usage)";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::usage);
        EXPECT_THAT(error.what(), ::testing::HasSubstr("icd10pcs"));
    }
}

// A synthetic release of the size of ICD-10-CM (~98k rows) with 1% changes; the timing is
// printed, not asserted (machines and sanitizers differ): see the benchmark for the goal.
TEST_F(DiffReleases, LargeReleasesLoadOnlyTheDifferences) {
    constexpr int count = 98'000;
    std::vector<CodeRecord> a;
    std::vector<CodeRecord> b;
    a.reserve(count);
    b.reserve(count);
    for (int i = 0; i < count; ++i) {
        CodeRecord record = billable(fmt::format("X{:06}", i), fmt::format("Invented long title number {}", i),
                                     fmt::format("Invented {}", i));
        a.push_back(record);
        if (i % 100 == 1) record.long_title += ", revised";
        if (i % 100 == 2) continue;  // deleted
        b.push_back(std::move(record));
        if (i % 100 == 3) b.push_back(billable(fmt::format("X{:06}A", i), "Invented added code"));
    }
    const ReleaseRecord from = import("icd10cm", "FY2025", {2024, 10, 1}, a);
    const ReleaseRecord to = import("icd10cm", "FY2026", {2025, 10, 1}, b);
    const auto start = std::chrono::steady_clock::now();
    const ChangeSet changes = diff_releases(store(), from, to);
    const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
    std::cout << "[   INFO   ] diff_releases on 2 x " << count << " codes: " << elapsed.count() << " ms\n";
    EXPECT_EQ(changes.summary.revised, 980u);
    EXPECT_EQ(changes.summary.deleted, 980u);
    EXPECT_EQ(changes.summary.added, 980u);
    EXPECT_EQ(changes.changes.size(), 3u * 980u);
}

using CodeHistory = test::ScratchStore;

TEST(HistoryEventNames, AreStable) {
    EXPECT_EQ(to_string(HistoryEvent::first_seen), "first_seen");
    EXPECT_EQ(to_string(HistoryEvent::introduced), "introduced");
    EXPECT_EQ(to_string(HistoryEvent::changed), "changed");
    EXPECT_EQ(to_string(HistoryEvent::removed), "removed");
    EXPECT_EQ(to_string(HistoryEvent::reintroduced), "reintroduced");
}

std::vector<std::string> events(const std::vector<HistoryEntry>& history) {
    std::vector<std::string> out;
    for (const HistoryEntry& entry : history) {
        std::string text = entry.release.info.version + ":" + std::string(to_string(entry.event));
        for (const Change& change : entry.changes) text += " " + std::string(to_string(change.kind));
        out.push_back(text);
    }
    return out;
}

TEST_F(CodeHistory, FirstSeenChangedRemovedReintroduced) {
    // Imported out of order: history follows effective dates, not import order.
    import(
        "icd10cm", "FY2026", {2025, 10, 1},
        {billable("A000", "Comes back, retitled"), billable("B000", "Changes once, revised"), header("D00", "Header")});
    import("icd10cm", "FY2024", {2023, 10, 1},
           {billable("A000", "Comes back"), billable("B000", "Changes once"), header("D00", "Header")});
    import("icd10cm", "FY2025", {2024, 10, 1},
           {billable("B000", "Changes once, revised"), billable("C000", "Lives one year"), header("D00", "Header")});

    const std::vector<HistoryEntry> a = code_history(store(), "icd10cm", "A000");
    EXPECT_THAT(events(a), ElementsAre("FY2024:first_seen", "FY2025:removed", "FY2026:reintroduced revised"));
    ASSERT_EQ(a.size(), 3u);
    ASSERT_TRUE(a[0].record);
    EXPECT_EQ(a[0].record->long_title, "Comes back");
    EXPECT_EQ(a[0].record->order, 1u);
    EXPECT_FALSE(a[1].record);
    ASSERT_TRUE(a[2].record);
    EXPECT_EQ(a[2].record->long_title, "Comes back, retitled");
    EXPECT_EQ(a[2].release.info.effective, (Date{2025, 10, 1}));

    const std::vector<HistoryEntry> b = code_history(store(), "icd10cm", "B000");
    EXPECT_THAT(events(b), ElementsAre("FY2024:first_seen", "FY2025:changed revised"));
    ASSERT_EQ(b[1].changes.size(), 1u);
    EXPECT_TRUE(b[1].changes[0].long_changed);
    EXPECT_EQ(b[1].changes[0].before->long_title, "Changes once");
    EXPECT_EQ(b[1].changes[0].after->long_title, "Changes once, revised");

    EXPECT_THAT(events(code_history(store(), "icd10cm", "C000")), ElementsAre("FY2025:introduced", "FY2026:removed"));
    EXPECT_THAT(events(code_history(store(), "icd10cm", "D00")), ElementsAre("FY2024:first_seen"));
    EXPECT_THAT(code_history(store(), "icd10cm", "Q999"), IsEmpty());
    EXPECT_THAT(code_history(store(), "icd10pcs", "A000"), IsEmpty());
}

TEST_F(CodeHistory, ReintroducedUnchangedHasNoChanges) {
    import("icd10cm", "FY2024", {2023, 10, 1}, {billable("A000", "Same")});
    import("icd10cm", "FY2025", {2024, 10, 1}, {billable("B000", "Other")});
    import("icd10cm", "FY2026", {2025, 10, 1}, {billable("A000", "Same")});
    const auto history = code_history(store(), "icd10cm", "A000");
    EXPECT_THAT(events(history), ElementsAre("FY2024:first_seen", "FY2025:removed", "FY2026:reintroduced"));
}

TEST_F(CodeHistory, AnEventAfterAGapNamesTheReleasesTheStoreMisses) {
    import("icd10cm", "FY2022", {2021, 10, 1}, {billable("A000", "Old")});
    import("icd10cm", "FY2025", {2024, 10, 1}, {billable("A000", "Old"), billable("B000", "New")});
    const auto a = code_history(store(), "icd10cm", "A000");
    EXPECT_THAT(events(a), ElementsAre("FY2022:first_seen"));
    EXPECT_TRUE(a[0].missing_before.empty());
    const auto b = code_history(store(), "icd10cm", "B000");
    EXPECT_THAT(events(b), ElementsAre("FY2025:introduced"));
    ASSERT_EQ(b[0].missing_before.size(), 2u);
    EXPECT_EQ(b[0].missing_before[0].version, "FY2023");
    EXPECT_EQ(b[0].missing_before[1].effective, (Date{2023, 10, 1}));
}

TEST_F(CodeHistory, FlagFlipIsAChange) {
    import("icd10cm", "FY2024", {2023, 10, 1}, {billable("E1110", "Ketoacidosis")});
    import("icd10cm", "FY2025", {2024, 10, 1}, {header("E1110", "Ketoacidosis")});
    EXPECT_THAT(events(code_history(store(), "icd10cm", "E1110")),
                ElementsAre("FY2024:first_seen", "FY2025:changed deleted header_added"));
}

}  // namespace
}  // namespace codeset
