// Finding releases: listing order, labels, dates, and the messages when nothing matches.
#include "codeset/store/store.hpp"
#include "store_test_support.hpp"

#include <gtest/gtest.h>

namespace codeset {
namespace {

using test::release_info;
using test::small_release;

class StoreQuery : public test::StoreTest {
protected:
    void SetUp() override {
        test::StoreTest::SetUp();
        m_store = std::make_unique<Store>(store_path());
        // Imported out of date order on purpose.
        import("FY2026", {2025, 10, 1});
        import("FY2023-04", {2023, 4, 1}, ReleaseKind::april);
        import("FY2025", {2024, 10, 1});
        import("FY2023", {2022, 10, 1});
        import("2024-01", {2024, 1, 1}, ReleaseKind::quarterly, "hcpcs");
    }

    void import(const std::string& version, Date effective, ReleaseKind kind = ReleaseKind::annual,
                const std::string& system = "icd10cm") {
        const auto data = small_release(effective.year);
        store().import_release(release_info(version, effective, system, kind), data.reader());
    }

    Store& store() { return *m_store; }

    std::string not_found(std::string_view system, std::string_view text) {
        try {
            store().resolve_release(system, text);
        } catch (const Error& error) {
            EXPECT_EQ(error.code(), ErrorCode::not_found);
            return error.what();
        }
        ADD_FAILURE() << "expected resolve_release(" << system << ", " << text << ") to throw";
        return {};
    }

private:
    std::unique_ptr<Store> m_store;
};

std::vector<std::string> versions(const std::vector<ReleaseRecord>& releases) {
    std::vector<std::string> labels;
    for (const auto& release : releases) labels.push_back(release.info.system + ":" + release.info.version);
    return labels;
}

TEST_F(StoreQuery, ReleasesAreOrderedBySystemThenDate) {
    EXPECT_EQ(versions(store().releases()),
              (std::vector<std::string>{"icd10cm:FY2023", "icd10cm:FY2023-04", "icd10cm:FY2025", "icd10cm:FY2026",
                                        "hcpcs:2024-01"}));
    EXPECT_EQ(versions(store().releases("hcpcs")), (std::vector<std::string>{"hcpcs:2024-01"}));
    EXPECT_TRUE(store().releases("cpt").empty());
    EXPECT_EQ(store().releases("icd10cm")[1].info.kind, ReleaseKind::april);
}

TEST_F(StoreQuery, UnknownSystemNamesTheKnownOnes) {
    try {
        store().releases("icd9");
        FAIL() << "expected Error(not_found)";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::not_found);
        const std::string message = error.what();
        EXPECT_NE(message.find("icd9"), std::string::npos) << message;
        EXPECT_NE(message.find("icd10cm, icd10pcs, hcpcs, cpt"), std::string::npos) << message;
    }
    EXPECT_THROW(store().resolve_release("icd9", "FY2026"), Error);
    EXPECT_THROW(store().find_release("icd9", "FY2026"), Error);
}

TEST_F(StoreQuery, FindReleaseIgnoresCase) {
    const auto release = store().find_release("icd10cm", "fy2023-04");
    ASSERT_TRUE(release);
    EXPECT_EQ(release->info.version, "FY2023-04");
    EXPECT_EQ(release->info.effective, (Date{2023, 4, 1}));
    EXPECT_FALSE(store().find_release("icd10cm", "FY2024"));
    EXPECT_FALSE(store().find_release("hcpcs", "FY2026"));
}

TEST_F(StoreQuery, ReleaseInForceIsTheOneWhoseWindowHoldsTheDay) {
    auto in_force = [&](Date day) {
        const auto release = store().release_in_force("icd10cm", day);
        return release ? release->info.version : std::string("-");
    };
    EXPECT_EQ(in_force({2022, 9, 30}), "-");
    EXPECT_EQ(in_force({2022, 10, 1}), "FY2023");
    EXPECT_EQ(in_force({2023, 3, 31}), "FY2023");
    EXPECT_EQ(in_force({2023, 4, 1}), "FY2023-04");
    EXPECT_EQ(in_force({2023, 9, 30}), "FY2023-04");
    // FY2024 is not in the store: FY2023-04 ends at its fiscal year's end, not at FY2025.
    EXPECT_EQ(in_force({2023, 10, 1}), "-");
    EXPECT_EQ(in_force({2024, 9, 30}), "-");
    EXPECT_EQ(in_force({2024, 10, 1}), "FY2025");
    EXPECT_EQ(in_force({2026, 9, 30}), "FY2026");
    EXPECT_EQ(in_force({2026, 10, 1}), "-");
    EXPECT_EQ(in_force({2030, 1, 1}), "-");
    EXPECT_FALSE(store().release_in_force("cpt", {2030, 1, 1}));
}

TEST_F(StoreQuery, ResolveByLabel) {
    EXPECT_EQ(store().resolve_release("icd10cm", "FY2026").info.version, "FY2026");
    EXPECT_EQ(store().resolve_release("icd10cm", "fy2026").info.version, "FY2026");
    EXPECT_EQ(store().resolve_release("icd10cm", "Fy2023-04").info.version, "FY2023-04");
    EXPECT_EQ(store().resolve_release("hcpcs", "2024-01").info.version, "2024-01");
}

TEST_F(StoreQuery, ResolveByDate) {
    EXPECT_EQ(store().resolve_release("icd10cm", "2025-01-15").info.version, "FY2025");
    EXPECT_EQ(store().resolve_release("icd10cm", "2023-04-01").info.version, "FY2023-04");
    EXPECT_EQ(store().resolve_release("icd10cm", "2025-10-01").info.version, "FY2026");
    EXPECT_EQ(store().resolve_release("hcpcs", "2024-03-31").info.version, "2024-01");
}

TEST_F(StoreQuery, DateInAGapNamesTheMissingRelease) {
    EXPECT_EQ(not_found("icd10cm", "2024-06-01"),
              "no icd10cm release in force on 2024-06-01: FY2024, in force from 2023-10-01, is not in the store (" +
                  store_path().string() + "; known: FY2023, FY2023-04, FY2025, FY2026)");
    const auto quarter = not_found("hcpcs", "2024-06-30");
    EXPECT_NE(quarter.find("2024-04, in force from 2024-04-01, is not in the store"), std::string::npos) << quarter;
    const auto after = not_found("icd10cm", "2030-01-01");
    EXPECT_NE(after.find("FY2030, in force from 2029-10-01, is not in the store"), std::string::npos) << after;
}

TEST_F(StoreQuery, UnknownVersionListsTheKnownOnes) {
    const auto message = not_found("icd10cm", "FY2030");
    EXPECT_EQ(message,
              "no icd10cm release FY2030 in " + store_path().string() + "; known: FY2023, FY2023-04, FY2025, FY2026");
}

TEST_F(StoreQuery, DateBeforeTheFirstReleaseSaysSo) {
    const auto message = not_found("icd10cm", "2020-01-01");
    EXPECT_NE(message.find("no icd10cm release in force on 2020-01-01"), std::string::npos) << message;
    EXPECT_NE(message.find("known: FY2023,"), std::string::npos) << message;
}

TEST_F(StoreQuery, SystemWithoutReleasesSaysSo) {
    const auto message = not_found("cpt", "2026");
    EXPECT_NE(message.find("no cpt release 2026"), std::string::npos) << message;
    EXPECT_NE(message.find("holds no cpt release"), std::string::npos) << message;
}

TEST_F(StoreQuery, CountsAndFilesComeWithEveryListing) {
    for (const auto& release : store().releases()) {
        EXPECT_GT(release.code_count, 0u) << release.info.version;
        EXPECT_GT(release.billable_count, 0u) << release.info.version;
        EXPECT_LT(release.billable_count, release.code_count) << release.info.version;
        EXPECT_EQ(release.warning_count, 1u) << release.info.version;
        EXPECT_EQ(release.files.size(), 2u) << release.info.version;
        EXPECT_EQ(release.files[1].role, "order");
    }
}

}  // namespace
}  // namespace codeset
