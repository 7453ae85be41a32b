// The store on the real ICD-10-CM releases: unchanged content is not stored again, and the
// order of imports does not matter.
#include "real_releases.hpp"

#include "codeset/diff/diff.hpp"

#include <gtest/gtest.h>

namespace codeset::test {
namespace {

TEST(RealStore, TenReleasesTakeAtMostTwiceTheSpaceOfOne) {
    CODESET_REQUIRE_SHARED_DATA();
    const auto dir = scratch_dir("space");
    const auto& releases = real_icd10cm_releases();
    std::uint64_t one = 0;
    {
        Store store(dir / "one.db");
        import_real(store, releases.back());
        one = store.file_size();
    }
    Store store(dir / "all.db");
    for (const RealRelease& release : releases) import_real(store, release);
    const std::uint64_t all = store.file_size();
    ASSERT_GE(store.releases("icd10cm").size(), 10u);
    std::cout << releases.size() << " ICD-10-CM releases: " << all << " bytes; one release: " << one
              << " bytes; ratio " << double(all) / double(one) << '\n';
    EXPECT_LE(all, 2 * one);
    std::filesystem::remove_all(dir);
}

TEST(RealStore, ImportOrderDoesNotChangeTheResult) {
    CODESET_REQUIRE_SHARED_DATA();
    const auto dir = scratch_dir("order");
    const std::vector<std::string> labels = {"FY2024", "FY2025", "FY2026"};
    Store in_order(dir / "in-order.db");
    for (const auto& label : labels) import_real(in_order, real_release("icd10cm", label));
    Store reversed(dir / "reversed.db");
    for (auto it = labels.rbegin(); it != labels.rend(); ++it) import_real(reversed, real_release("icd10cm", *it));

    const auto a = in_order.releases("icd10cm");
    const auto b = reversed.releases("icd10cm");
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].info.version, b[i].info.version);
        EXPECT_EQ(a[i].code_count, b[i].code_count);
        std::vector<std::string> codes_a, codes_b;
        in_order.for_each_code(a[i], [&](const CodeRecord& r) { codes_a.push_back(r.code + r.long_title); });
        reversed.for_each_code(b[i], [&](const CodeRecord& r) { codes_b.push_back(r.code + r.long_title); });
        EXPECT_EQ(codes_a, codes_b) << a[i].info.version;
    }
    EXPECT_EQ(diff_releases(in_order, a[0], a[2]).summary, diff_releases(reversed, b[0], b[2]).summary);
    std::filesystem::remove_all(dir);
}

TEST(RealStore, ReimportingTheSameZipIsANoOp) {
    CODESET_REQUIRE_SHARED_DATA();
    const auto dir = scratch_dir("reimport");
    Store store(dir / "store.db");
    EXPECT_EQ(import_real(store, real_release("icd10cm", "FY2026")).outcome, ImportOutcome::imported);
    const std::uint64_t size = store.file_size();
    EXPECT_EQ(import_real(store, real_release("icd10cm", "FY2026")).outcome, ImportOutcome::unchanged);
    EXPECT_EQ(store.file_size(), size);
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace codeset::test
