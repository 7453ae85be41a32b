// ReleaseCodes: a release walked from the store one record at a time, or records built by a caller,
// with the changes the licence policy applies as it walks.
#include "codeset/query/release_codes.hpp"
#include "diff_test_support.hpp"
#include "store_test_support.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace codeset {
namespace {

using test::billable;
using test::header;

class ReleaseCodesTest : public test::ScratchStore {
protected:
    ReleaseRecord release() {
        return import("icd10cm", "FY2026", {2025, 10, 1},
                      {header("A00", "Cholera"), billable("A000", "Cholera due to Vibrio cholerae 01"),
                       billable("A001", "Cholera due to Vibrio cholerae 01, biovar eltor")});
    }

    static std::vector<std::string> codes_of(const ReleaseCodes& codes) {
        std::vector<std::string> seen;
        codes.for_each([&](const CodeRecord& record) { seen.push_back(record.code + "#" + std::to_string(record.order)); });
        return seen;
    }
};

TEST_F(ReleaseCodesTest, StoreBackedWalksInOrderFileOrderEveryTime) {
    const ReleaseCodes codes(store(), release());
    EXPECT_EQ(codes.size(), 3u);
    const std::vector<std::string> expected{"A00#1", "A000#2", "A001#3"};
    EXPECT_EQ(codes_of(codes), expected);
    EXPECT_EQ(codes_of(codes), expected);  // a second walk reads the store again
    EXPECT_EQ(codes.collect().size(), 3u);
}

TEST_F(ReleaseCodesTest, AnOutlineWalkReadsCodesWithoutTitles) {
    const ReleaseCodes codes(store(), release());
    std::vector<std::string> seen;
    codes.for_each([&](const CodeRecord& r) { seen.push_back(r.code + (r.billable ? "+" : "-") + r.long_title + r.short_title); },
                   CodeFields::outline);
    EXPECT_EQ(seen, (std::vector<std::string>{"A00-", "A000+", "A001+"}));
}

TEST_F(ReleaseCodesTest, AnyOfStopsAtTheFirstMatch) {
    const ReleaseCodes codes(store(), release());
    int visited = 0;
    EXPECT_TRUE(codes.any_of([&](const CodeRecord& record) {
        ++visited;
        return record.billable;
    }));
    EXPECT_EQ(visited, 2);
    EXPECT_FALSE(codes.any_of([](const CodeRecord& record) { return record.code == "B00"; }));
}

TEST_F(ReleaseCodesTest, ChangesApplyToStoreRecordsAsTheyAreWalked) {
    ReleaseCodes codes(store(), release());
    codes.apply([](CodeRecord& record) { record.long_title.clear(); });
    codes.apply([](CodeRecord& record) { record.short_title = "withheld " + record.code; });
    std::vector<std::string> titles;
    codes.for_each([&](const CodeRecord& record) { titles.push_back(record.short_title + "|" + record.long_title); });
    EXPECT_EQ(titles, (std::vector<std::string>{"withheld A00|", "withheld A000|", "withheld A001|"}));
    EXPECT_EQ(codes.collect().back().short_title, "withheld A001");
}

TEST(ReleaseCodesBuilt, ChangesApplyOnceInPlace) {
    std::vector<CodeRecord> records(2);
    records[0].code = "X1";
    records[1].code = "X2";
    ReleaseCodes codes(std::move(records));
    int calls = 0;
    codes.apply([&](CodeRecord& record) {
        ++calls;
        record.code += "!";
    });
    codes.for_each([](const CodeRecord&) {});
    codes.for_each([](const CodeRecord&) {});
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(codes.collect().front().code, "X1!");
    EXPECT_TRUE(ReleaseCodes().empty());
}

}  // namespace
}  // namespace codeset
