// The demo releases in tests/data/samples: two small ICD-10-CM releases in the CMS layout, whose
// FY2026 addenda list exactly the differences between them.
#include "icd10cm/icd10cm_order_importer.hpp"

#include "importer_test_support.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace codeset::importers {
namespace {

using test::fixture;
using test::import_path;

const std::string sample_2025 = "samples/icd10cm-sample-2025.zip";
const std::string sample_2026 = "samples/icd10cm-sample-2026.zip";

std::map<std::string, CodeRecord> by_code(const std::vector<CodeRecord>& records) {
    std::map<std::string, CodeRecord> map;
    for (const CodeRecord& record : records) map[record.code] = record;
    return map;
}

std::size_t billable(const std::vector<CodeRecord>& records) {
    std::size_t count = 0;
    for (const CodeRecord& record : records) count += record.billable;
    return count;
}

TEST(Samples, AreTwoFiscalYearsOfIcd10Cm) {
    const ReleaseInfo a = icd10cm_order_importer().describe(*Source::open(fixture(sample_2025)));
    const ReleaseInfo b = icd10cm_order_importer().describe(*Source::open(fixture(sample_2026)));
    EXPECT_EQ(a.version, "FY2025");
    EXPECT_EQ(a.effective.to_string(), "2024-10-01");
    EXPECT_EQ(b.version, "FY2026");
    EXPECT_EQ(b.effective.to_string(), "2025-10-01");
}

TEST(Samples, ImportCleanly) {
    const CollectingSink a = import_path(icd10cm_order_importer(), fixture(sample_2025));
    const CollectingSink b = import_path(icd10cm_order_importer(), fixture(sample_2026));
    EXPECT_EQ(a.codes.size(), 57u);
    EXPECT_EQ(billable(a.codes), 36u);
    EXPECT_EQ(b.codes.size(), 68u);
    EXPECT_EQ(billable(b.codes), 43u);
    EXPECT_TRUE(a.warnings.empty());
    EXPECT_TRUE(b.warnings.empty());
    EXPECT_EQ(a.addenda.size(), 4u);  // FY2025's real change within the sample: Z597 split in two
    EXPECT_EQ(b.addenda.size(), 29u);
}

TEST(Samples, TheFy2026AddendaListExactlyTheDifferences) {
    const auto old_codes = by_code(import_path(icd10cm_order_importer(), fixture(sample_2025)).codes);
    const CollectingSink b = import_path(icd10cm_order_importer(), fixture(sample_2026));
    const auto new_codes = by_code(b.codes);

    std::set<std::string> changed;
    for (const auto& [code, record] : old_codes)
        if (!new_codes.count(code) || !new_codes.at(code).same_content(record)) changed.insert(code);
    for (const auto& [code, record] : new_codes)
        if (!old_codes.count(code)) changed.insert(code);

    std::set<std::string> listed;
    for (const AddendumEntry& entry : b.addenda) {
        listed.insert(entry.code);
        // Each entry shows the code as it was (delete, revise from) or as it is (add, revise to).
        const bool before = entry.action == AddendumAction::remove || entry.action == AddendumAction::revise_from;
        const auto& side = before ? old_codes : new_codes;
        ASSERT_TRUE(side.count(entry.code)) << entry.code;
        const CodeRecord& record = side.at(entry.code);
        EXPECT_EQ(entry.billable, record.billable) << entry.code;
        EXPECT_EQ(entry.short_title, record.short_title) << entry.code;
        EXPECT_EQ(entry.long_title, record.long_title) << entry.code;
    }
    EXPECT_EQ(listed, changed);
}

TEST(Samples, ShowEveryKindOfChange) {
    const auto a = by_code(import_path(icd10cm_order_importer(), fixture(sample_2025)).codes);
    const auto b = by_code(import_path(icd10cm_order_importer(), fixture(sample_2026)).codes);
    // Added billable codes.
    EXPECT_FALSE(a.count("E11A"));
    EXPECT_TRUE(b.at("E11A").billable);
    // A deleted code.
    EXPECT_TRUE(a.count("T781XXA"));
    EXPECT_FALSE(b.count("T781XXA"));
    // A billable code expanded into subcodes: it becomes a header.
    EXPECT_TRUE(a.at("B880").billable);
    EXPECT_FALSE(b.at("B880").billable);
    EXPECT_TRUE(b.at("B8801").billable);
    EXPECT_TRUE(b.at("B8809").billable);
    // A new header row.
    EXPECT_FALSE(a.count("C50A"));
    EXPECT_FALSE(b.at("C50A").billable);
    // A revised long title only.
    EXPECT_EQ(a.at("K9161").short_title, b.at("K9161").short_title);
    EXPECT_NE(a.at("K9161").long_title, b.at("K9161").long_title);
    // A revised short title only.
    EXPECT_NE(a.at("N142").short_title, b.at("N142").short_title);
    EXPECT_EQ(a.at("N142").long_title, b.at("N142").long_title);
    // A whitespace-only title change.
    EXPECT_EQ(a.at("W44G").long_title, "Other non-organic objects entering into or through a natural  orifice");
    EXPECT_EQ(b.at("W44G").long_title, "Other non-organic objects entering into or through a natural orifice");
}

TEST(Samples, WriteAHeaderFlipTheWayCmsDoes) {
    const CollectingSink b = import_path(icd10cm_order_importer(), fixture(sample_2026));
    ASSERT_GE(b.addenda.size(), 2u);
    EXPECT_EQ(b.addenda[0].action, AddendumAction::remove);
    EXPECT_EQ(b.addenda[0].code, "B880");
    EXPECT_EQ(b.addenda[0].billable, true);
    EXPECT_EQ(b.addenda[1].action, AddendumAction::add);
    EXPECT_EQ(b.addenda[1].code, "B880");
    EXPECT_EQ(b.addenda[1].billable, false);
}

}  // namespace
}  // namespace codeset::importers
