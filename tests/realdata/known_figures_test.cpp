// The counts CMS publishes for recent ICD-10-CM releases, and the FY2018 addenda omissions.
#include "real_releases.hpp"

#include "codeset/diff/diff.hpp"

#include <gtest/gtest.h>

namespace codeset::test {
namespace {

ChangeSet real_diff(const std::string& name, const std::string& from, const std::string& to) {
    const auto dir = scratch_dir(name);
    Store store(dir / "store.db");
    const ReleaseRecord a = import_real(store, real_release("icd10cm", from)).release;
    const ReleaseRecord b = import_real(store, real_release("icd10cm", to)).release;
    ChangeSet changes = diff_releases(store, a, b);
    std::filesystem::remove_all(dir);
    return changes;
}

TEST(KnownFigures, Icd10cmFY2025ToFY2026) {
    CODESET_REQUIRE_SHARED_DATA();
    const ChangeSet changes = real_diff("fy2026", "FY2025", "FY2026");
    EXPECT_EQ(changes.summary.added, 487u);
    EXPECT_EQ(changes.summary.deleted, 28u);
    EXPECT_EQ(changes.summary.expanded, 16u);
    EXPECT_EQ(changes.summary.revised, 38u);
}

TEST(KnownFigures, Icd10cmFY2024ToFY2025) {
    CODESET_REQUIRE_SHARED_DATA();
    const ChangeSet changes = real_diff("fy2025", "FY2024", "FY2025");
    EXPECT_EQ(changes.summary.added, 252u);
    EXPECT_EQ(changes.summary.deleted, 36u);
    EXPECT_EQ(changes.summary.revised, 13u);
}

TEST(KnownFigures, ReverseDiffIsTheInverse) {
    CODESET_REQUIRE_SHARED_DATA();
    const ChangeSet forward = real_diff("forward", "FY2025", "FY2026");
    const ChangeSet backward = real_diff("backward", "FY2026", "FY2025");
    EXPECT_EQ(backward.summary.added, forward.summary.deleted);
    EXPECT_EQ(backward.summary.deleted, forward.summary.added);
    EXPECT_EQ(backward.summary.revised, forward.summary.revised);
    EXPECT_EQ(backward.summary.headers.added, forward.summary.headers.deleted);
}

TEST(KnownFigures, ExpandedCodesListTheirNewSubcodes) {
    CODESET_REQUIRE_SHARED_DATA();
    const ChangeSet changes = real_diff("expanded", "FY2025", "FY2026");
    std::size_t expanded = 0;
    for (const Change& change : changes.changes) {
        if (change.expanded_into.empty()) continue;
        ++expanded;
        EXPECT_EQ(change.kind, ChangeKind::deleted) << change.code;
        ASSERT_TRUE(change.after.has_value()) << change.code;
        EXPECT_FALSE(change.after->billable) << change.code << " should now be a header";
        for (const std::string& subcode : change.expanded_into) EXPECT_EQ(subcode.rfind(change.code, 0), 0u) << subcode;
    }
    EXPECT_EQ(expanded, 16u);
}

}  // namespace
}  // namespace codeset::test
