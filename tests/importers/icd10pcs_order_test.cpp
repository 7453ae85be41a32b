#include "icd10pcs/icd10pcs_order_importer.hpp"

#include "importer_test_support.hpp"

#include <gtest/gtest.h>

namespace codeset::importers {
namespace {

using test::describe_records;
using test::fixture;
using test::import_path;
using test::parse_error_of;

const Importer& pcs() { return icd10pcs_order_importer(); }

std::string pcs_path(const std::string& name) { return fixture("icd10pcs/" + name).string(); }

const char* const release_folder = "release_folder";
const char* const release_member =
    "release_folder/Zip File 5 2026 ICD-10-PCS Order File (Long and Abbreviated Titles)/icd10pcs_order_2026.txt";

TEST(Icd10PcsOrder, ReadsTableRowsAsHeadersAndCodesAsBillable) {
    const CollectingSink sink = import_path(pcs(), pcs_path("order_crlf.txt"));
    ASSERT_EQ(sink.codes.size(), 12u);
    EXPECT_TRUE(sink.warnings.empty());
    EXPECT_EQ(sink.codes[0].code, "001");
    EXPECT_FALSE(sink.codes[0].billable);
    EXPECT_EQ(sink.codes[0].short_title, "Central Nervous System and Cranial Nerves, Bypass");
    EXPECT_EQ(sink.codes[1].code, "0016070");
    EXPECT_TRUE(sink.codes[1].billable);
    EXPECT_EQ(sink.codes[1].short_title, "Bypass Cereb Vent to Nasophar with Autol Sub, Open Approach");
    EXPECT_EQ(sink.codes[1].long_title,
              "Bypass Cerebral Ventricle to Nasopharynx with Autologous Tissue Substitute, Open Approach");
    for (const CodeRecord& record : sink.codes) EXPECT_EQ(record.billable, record.code.size() == 7) << record.code;
}

TEST(Icd10PcsOrder, CrlfLfFolderZipAndLoneFileGiveTheSameRecords) {
    const auto expected = describe_records(import_path(pcs(), pcs_path("order_crlf.txt")).codes);
    for (const char* name : {"order_lf.txt", "cms_2026_pr.zip", release_folder, release_member})
        EXPECT_EQ(describe_records(import_path(pcs(), pcs_path(name)).codes), expected) << name;
}

TEST(Icd10PcsOrder, KeepsTheOrderAddendaOfTheRelease) {
    for (const char* name : {"cms_2026_pr.zip", release_folder}) {
        SCOPED_TRACE(name);
        const CollectingSink sink = import_path(pcs(), pcs_path(name));
        ASSERT_EQ(sink.addenda.size(), 4u);
        EXPECT_TRUE(sink.warnings.empty());
        EXPECT_FALSE(sink.addenda[0].billable);  // PCS addenda carry no flag
        ASSERT_EQ(sink.files.back().role, "addenda");
        EXPECT_NE(sink.files.back().member.find("order_addenda_2026.txt"), std::string::npos);
    }
}

TEST(Icd10PcsOrder, MalformedCodesAreParseErrors) {
    std::string path = pcs_path("malformed_code_letter_o.txt");
    EXPECT_EQ(parse_error_of(pcs(), path),
              path +
                  ", line 2, column 12: expected an ICD-10-PCS code of the characters 0-9 and A-Z except I and O, "
                  "found '00160O0'");
    path = pcs_path("malformed_code_length.txt");
    EXPECT_EQ(parse_error_of(pcs(), path),
              path +
                  ", line 2, column 7: expected an ICD-10-PCS code of 7 characters (or 3 for a table row), found "
                  "'00160'");
}

TEST(Icd10PcsOrder, ATableRowFlaggedBillableIsAWarning) {
    const std::string path = pcs_path("table_row_flagged_billable.txt");
    const CollectingSink sink = import_path(pcs(), path);
    ASSERT_EQ(sink.codes.size(), 4u);
    EXPECT_TRUE(sink.codes[0].billable);
    ASSERT_EQ(sink.warnings.size(), 1u);
    EXPECT_EQ(sink.warnings[0].where, path + ", line 1, column 15");
    EXPECT_EQ(sink.warnings[0].message, "expected flag 0 on a 3-character PCS table row, found 1 (kept as billable)");
}

TEST(Icd10PcsOrder, IdentifiesAndDescribes) {
    auto open = [](const std::string& name) { return Source::open(pcs_path(name)); };
    EXPECT_EQ(pcs().identify(*open("cms_2026_pr.zip")), Identification::yes);
    EXPECT_EQ(pcs().identify(*open(release_folder)), Identification::yes);
    EXPECT_EQ(pcs().identify(*open("order_crlf.txt")), Identification::maybe);
    EXPECT_EQ(pcs().identify(*open("order_addenda_2026.txt")), Identification::no);
    EXPECT_EQ(pcs().identify(*Source::open(fixture("icd10cm/order_crlf.txt"))), Identification::no);
    EXPECT_EQ(pcs().identify(*Source::open(fixture("icd10cm/icd10cm-Code Descriptions-2026.zip"))), Identification::no);

    for (const char* name : {"cms_2026_pr.zip", release_folder, release_member}) {
        SCOPED_TRACE(name);
        const ReleaseInfo info = pcs().describe(*open(name));
        EXPECT_EQ(info.system, "icd10pcs");
        EXPECT_EQ(info.version, "FY2026");
        EXPECT_EQ(info.effective.to_string(), "2025-10-01");
        EXPECT_EQ(info.kind, ReleaseKind::annual);
        EXPECT_EQ(info.importer, "icd10pcs-order");
    }
}

TEST(Icd10PcsOrder, ClassifiesMemberNames) {
    EXPECT_EQ(classify_icd10pcs_member("icd10pcs_order_2026.txt"), MemberRole::order);
    EXPECT_EQ(classify_icd10pcs_member("order_addenda_2025.txt"), MemberRole::order_addenda);
    EXPECT_EQ(classify_icd10pcs_member("codes_addenda_2016.txt"), MemberRole::codes_addenda);
    EXPECT_EQ(classify_icd10pcs_member("definitions_addenda_2022.txt"), MemberRole::none);
    EXPECT_EQ(classify_icd10pcs_member("index_addenda_2022.txt"), MemberRole::none);
    EXPECT_EQ(classify_icd10pcs_member("icd10pcs_codes_2016.txt"), MemberRole::none);
    EXPECT_EQ(classify_icd10pcs_member("icd10pcsOrderFile.pdf"), MemberRole::none);
    EXPECT_EQ(classify_icd10pcs_member("icd10cm_order_2026.txt"), MemberRole::none);
    EXPECT_EQ(classify_icd10pcs_member("icd10cm_order_addenda_2026.txt"), MemberRole::none);
}

}  // namespace
}  // namespace codeset::importers
