// The store with real ICD-10-CM releases from ../shared/data (skipped, visibly, when absent).
// Prints timings and sizes for the product goals; asserts only what is deterministic (content,
// deduplication, space), never a time.
#include "codeset/store/store.hpp"
#include "store_test_support.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

namespace codeset {
namespace {

using Clock = std::chrono::steady_clock;

struct RealRelease {
    const char* zip;
    const char* member;  // ECMAScript regex on the base name
    const char* version;
    Date effective;
    ReleaseKind kind;
};

// The ICD-10-CM order files in ../shared/data/icd10cm (see its MANIFEST.md), in date order.
const std::vector<RealRelease>& real_releases() {
    static const std::vector<RealRelease> releases = {
        {"cms_2016_dx.zip", "icd10cm_order_2016\\.txt", "FY2016", {2015, 10, 1}, ReleaseKind::annual},
        {"cms_2017_dx.zip", "icd10cm_order_2017\\.txt", "FY2017", {2016, 10, 1}, ReleaseKind::annual},
        {"cms_2018_dx.zip", "icd10cm_order_2018\\.txt", "FY2018", {2017, 10, 1}, ReleaseKind::annual},
        {"icd10cm-codes-order-Jan-2021.zip",
         "icd10cm-order-Jan-2021\\.txt",
         "FY2021-01",
         {2021, 1, 1},
         ReleaseKind::january},
        {"Code Descriptions zip.zip", "icd10cm-order-2022\\.txt", "FY2022", {2021, 10, 1}, ReleaseKind::annual},
        {"cms_2022_dx.zip", "icd10cm_order_2022\\.txt", "FY2022-04", {2022, 4, 1}, ReleaseKind::april},
        {"icd10-Order-CodeFiles2023.zip", "icd10cm-order-2023\\.txt", "FY2023", {2022, 10, 1}, ReleaseKind::annual},
        {"cms_2023_dx.zip", "icd10cm_order_2023\\.txt", "FY2023-04", {2023, 4, 1}, ReleaseKind::april},
        {"icd10cm-CodesDescriptions-2024.zip",
         "icd10cm-order-2024\\.txt",
         "FY2024",
         {2023, 10, 1},
         ReleaseKind::annual},
        {"ICD10-CM Code Descriptions 2025.zip",
         "icd10cm-order-2025\\.txt",
         "FY2025",
         {2024, 10, 1},
         ReleaseKind::annual},
        {"icd10cm-Code Descriptions-2026.zip",
         "icd10cm-order-2026\\.txt",
         "FY2026",
         {2025, 10, 1},
         ReleaseKind::annual},
    };
    return releases;
}

std::vector<CodeRecord> read_release(const RealRelease& release) {
    return test::read_order_file(test::shared_data() / "icd10cm" / release.zip, release.member);
}

ReleaseInfo info_of(const RealRelease& release) {
    return test::release_info(release.version, release.effective, "icd10cm", release.kind);
}

std::function<void(RecordSink&)> reader(const std::vector<CodeRecord>& codes) {
    return [&codes](RecordSink& sink) {
        for (const auto& record : codes) sink.add_code(record);
    };
}

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void report(const std::string& what, const std::string& value) {
    std::printf("[  MEASURE ] %s: %s\n", what.c_str(), value.c_str());
    ::testing::Test::RecordProperty(what, value);
}

class StoreRealData : public test::StoreTest {};

TEST_F(StoreRealData, ImportsFY2026AndReadsItBack) {
    CODESET_REQUIRE_SHARED_DATA();
    const auto& fy2026 = real_releases().back();
    const auto& fy2025 = real_releases()[real_releases().size() - 2];
    const auto codes = read_release(fy2026);
    const auto codes_2025 = read_release(fy2025);
    ASSERT_GT(codes.size(), 98000u);
    for (std::size_t i = 0; i < codes.size(); ++i) ASSERT_EQ(codes[i].order, i + 1) << "order numbers are sequential";

    Store store(store_path());
    auto start = Clock::now();
    const auto first = store.import_release(info_of(fy2026), reader(codes));
    const double first_ms = ms_since(start);
    EXPECT_EQ(first.new_contents, codes.size());
    EXPECT_EQ(first.release.code_count, codes.size());
    const auto billable = std::count_if(codes.begin(), codes.end(), [](auto& c) { return c.billable; });
    EXPECT_EQ(first.release.billable_count, std::uint64_t(billable));
    const auto one_release_size = store.file_size();

    start = Clock::now();
    const auto second = store.import_release(info_of(fy2025), reader(codes_2025));
    const double second_ms = ms_since(start);
    EXPECT_LT(second.new_contents, codes_2025.size() / 20) << "a neighbouring release shares most content";

    start = Clock::now();
    const auto again = store.import_release(info_of(fy2026), reader(codes));
    const double again_ms = ms_since(start);
    EXPECT_EQ(again.outcome, ImportOutcome::unchanged);

    start = Clock::now();
    std::size_t i = 0;
    store.for_each_code(first.release, [&](const CodeRecord& record) {
        ASSERT_TRUE(record.same_content(codes[i])) << record.code;
        ASSERT_EQ(record.order, codes[i].order);
        ++i;
    });
    const double scan_ms = ms_since(start);
    EXPECT_EQ(i, codes.size());

    start = Clock::now();
    const auto ids = store.members(first.release);
    const auto loaded = store.load_contents(ids);
    const double load_ms = ms_since(start);
    ASSERT_EQ(loaded.size(), codes.size());

    start = Clock::now();
    const auto found = store.find_code(first.release, "U071");
    const double find_ms = ms_since(start);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->long_title, "COVID-19");

    report("rows", std::to_string(codes.size()) + " (" + std::to_string(billable) + " billable)");
    report("import FY2026 into an empty store (ms)", std::to_string(first_ms));
    report("import FY2025 next to it (ms)",
           std::to_string(second_ms) + ", new contents " + std::to_string(second.new_contents));
    report("re-import FY2026, unchanged (ms)", std::to_string(again_ms));
    report("for_each_code FY2026 (ms)", std::to_string(scan_ms));
    report("members + load_contents FY2026 (ms)", std::to_string(load_ms));
    report("find_code (ms)", std::to_string(find_ms));
    report("store size, 1 release (bytes)", std::to_string(one_release_size));
    report("store size, 2 releases (bytes)", std::to_string(store.file_size()));
}

TEST_F(StoreRealData, ManyReleasesTakeLittleMoreSpaceThanOne) {
    CODESET_REQUIRE_SHARED_DATA();
    std::uint64_t one_release_size = 0;
    {
        Store one(store_path("one.db"));
        one.import_release(info_of(real_releases().back()), reader(read_release(real_releases().back())));
        one_release_size = one.file_size();
    }

    Store store(store_path("all.db"));
    double import_ms = 0;
    std::uint64_t rows = 0;
    for (const auto& release : real_releases()) {
        const auto codes = read_release(release);
        rows += codes.size();
        const auto start = Clock::now();
        const auto result = store.import_release(info_of(release), reader(codes));
        import_ms += ms_since(start);
        EXPECT_EQ(result.outcome, ImportOutcome::imported) << release.version;
        EXPECT_EQ(result.release.code_count, codes.size()) << release.version;
    }
    const auto all_size = store.file_size();
    EXPECT_EQ(std::filesystem::file_size(store_path("all.db")), all_size);
    const double ratio = double(all_size) / double(one_release_size);
    report("releases", std::to_string(real_releases().size()) + " (" + std::to_string(rows) + " rows)");
    report("import all, store time (ms)", std::to_string(import_ms));
    report("store size, FY2026 alone (bytes)", std::to_string(one_release_size));
    report("store size, all releases (bytes)", std::to_string(all_size));
    report("size ratio all / one", std::to_string(ratio));
    EXPECT_LE(ratio, 2.0) << "goal: 10 ICD-10-CM releases in at most twice the space of one";

    const auto releases = store.releases("icd10cm");
    ASSERT_EQ(releases.size(), real_releases().size());
    EXPECT_EQ(releases.front().info.version, "FY2016");
    EXPECT_EQ(store.resolve_release("icd10cm", "2023-06-01").info.version, "FY2023-04");
}

TEST_F(StoreRealData, ImportOrderDoesNotMatter) {
    CODESET_REQUIRE_SHARED_DATA();
    const auto& list = real_releases();
    const std::vector<const RealRelease*> picked = {&list[0], &list[5], &list.back()};
    std::vector<std::vector<CodeRecord>> codes;
    for (const auto* release : picked) codes.push_back(read_release(*release));

    Store forward(store_path("forward.db"));
    for (std::size_t i = 0; i < picked.size(); ++i) forward.import_release(info_of(*picked[i]), reader(codes[i]));
    Store backward(store_path("backward.db"));
    for (std::size_t i = picked.size(); i-- > 0;) backward.import_release(info_of(*picked[i]), reader(codes[i]));

    const auto a = forward.releases();
    const auto b = backward.releases();
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t r = 0; r < a.size(); ++r) {
        EXPECT_EQ(a[r].info.version, b[r].info.version);
        EXPECT_EQ(a[r].code_count, b[r].code_count);
        EXPECT_EQ(a[r].billable_count, b[r].billable_count);
        const auto left = forward.load_contents(forward.members(a[r]));
        const auto right = backward.load_contents(backward.members(b[r]));
        ASSERT_EQ(left.size(), right.size());
        for (std::size_t i = 0; i < left.size(); ++i) ASSERT_TRUE(left[i].same_content(right[i])) << left[i].code;
    }
    // Ids and page layout differ with the order; the space taken does not, much.
    EXPECT_NEAR(double(forward.file_size()), double(backward.file_size()), 0.05 * double(forward.file_size()));
}

}  // namespace
}  // namespace codeset
