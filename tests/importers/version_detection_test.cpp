#include "common/version_detection.hpp"

#include <gtest/gtest.h>

namespace codeset::importers {
namespace {

struct NameCase {
    const char* name;
    const char* label;  // "" when the name reveals no version
    ReleaseKind kind;
    const char* effective;
};

// Names as CMS and CDC publish them (members and downloads), plus a few made-up ones for the rules.
const NameCase name_cases[] = {
    {"icd10cm_order_2017.txt", "FY2017", ReleaseKind::annual, "2016-10-01"},
    {"icd10cm-order-2026.txt", "FY2026", ReleaseKind::annual, "2025-10-01"},
    {"icd10cm-order-2022.txt", "FY2022", ReleaseKind::annual, "2021-10-01"},
    {"icd10cm-order-Jan-2021.txt", "FY2021-01", ReleaseKind::january, "2021-01-01"},
    {"icd10cm-codes-order-Jan-2021.zip", "FY2021-01", ReleaseKind::january, "2021-01-01"},
    {"icd10cm_order_2021jan.txt", "FY2021-01", ReleaseKind::january, "2021-01-01"},
    {"icd10cm-Code Descriptions-2026.zip", "FY2026", ReleaseKind::annual, "2025-10-01"},
    {"ICD10-CM Code Descriptions 2025.zip", "FY2025", ReleaseKind::annual, "2024-10-01"},
    {"icd10cm-CodesDescriptions-2024.zip", "FY2024", ReleaseKind::annual, "2023-10-01"},
    {"icd10-Order-CodeFiles2023.zip", "FY2023", ReleaseKind::annual, "2022-10-01"},
    {"icd10pcs_order_2022.txt", "FY2022", ReleaseKind::annual, "2021-10-01"},
    {"Zip File 5 2021 ICD-10-PCS Order File (Long and Abbreviated Titles)", "FY2021", ReleaseKind::annual,
     "2020-10-01"},
    {"icd10cm-order-april-2024.txt", "FY2024-04", ReleaseKind::april, "2024-04-01"},
    {"2023-Apr-ICD-10-CM-Code-Files.zip", "FY2023-04", ReleaseKind::april, "2023-04-01"},
    {"icd10cm-January-2021.zip", "FY2021-01", ReleaseKind::january, "2021-01-01"},
    {"codeset-FY2023-04.zip", "FY2023-04", ReleaseKind::april, "2023-04-01"},
    {"ICD-10-CM-Conversion-Table-FY2022-Effective-10-1-2021-updated-08-24-2021.xlsx", "FY2022", ReleaseKind::annual,
     "2021-10-01"},
    // The names say nothing of the April / January update these are: --version FY2023-04 etc.
    {"cms_2023_dx.zip", "FY2023", ReleaseKind::annual, "2022-10-01"},
    {"cms_2022_errata.zip", "FY2022", ReleaseKind::annual, "2021-10-01"},
    // No version.
    {"Code Descriptions zip.zip", "", ReleaseKind::annual, ""},
    {"icd10cm-order.txt", "", ReleaseKind::annual, ""},
    {"order-2025-to-2026.txt", "", ReleaseKind::annual, ""},
    {"icd10cm_order_1999.txt", "", ReleaseKind::annual, ""},
    {"icd10cm_order_20250601.txt", "", ReleaseKind::annual, ""},
    {"janitor-april.txt", "", ReleaseKind::annual, ""},
};

TEST(VersionDetection, NameTable) {
    for (const NameCase& c : name_cases) {
        SCOPED_TRACE(c.name);
        const auto label = fiscal_label_from_name(c.name);
        if (*c.label == '\0') {
            EXPECT_FALSE(label) << label->to_string();
            continue;
        }
        ASSERT_TRUE(label);
        EXPECT_EQ(label->to_string(), c.label);
        EXPECT_EQ(label->kind(), c.kind);
        EXPECT_EQ(label->effective().to_string(), c.effective);
    }
}

TEST(VersionDetection, MonthTokensAreWholeWords) {
    EXPECT_FALSE(version_in_name("janitor-2021.txt").kind);
    EXPECT_FALSE(version_in_name("aprons-2021.txt").kind);
    EXPECT_EQ(version_in_name("x-JAN-2021").kind, ReleaseKind::january);
}

TEST(VersionDetection, YearFromTheMostSpecificNameMonthFromAny) {
    auto detected = detect_version({"icd10cm-order-2022.txt", "Code Descriptions", "Code Descriptions zip.zip"});
    ASSERT_TRUE(detected);
    EXPECT_EQ(detected->label.to_string(), "FY2022");
    EXPECT_EQ(detected->year_from, "icd10cm-order-2022.txt");

    detected = detect_version({"icd10cm_order_2023.txt", "2023-april-update.zip"});
    ASSERT_TRUE(detected);
    EXPECT_EQ(detected->label.to_string(), "FY2023-04");

    detected = detect_version({"order.txt", "release-2026"});
    ASSERT_TRUE(detected);
    EXPECT_EQ(detected->label.to_string(), "FY2026");
    EXPECT_EQ(detected->year_from, "release-2026");

    EXPECT_FALSE(detect_version({"order.txt", "Code Descriptions zip.zip"}));
}

TEST(OrderFileDating, TheDateOfTheOrderFileTellsAMidYearUpdateFromItsOctoberRelease) {
    const VersionLabel fy2022 = VersionLabel::fiscal(2022);  // in force from 2021-10-01
    // The dates CMS gave the order files in the real zips.
    EXPECT_EQ(date_order_file(fy2022, {2021, 6, 22}), OrderFileDating::october);     // the October release
    EXPECT_EQ(date_order_file(fy2022, {2021, 10, 26}), OrderFileDating::october);    // re-posted in October
    EXPECT_EQ(date_order_file(fy2022, {2021, 11, 24}), OrderFileDating::undecided);  // the April update, dated November
    EXPECT_EQ(date_order_file(VersionLabel::fiscal(2021), {2020, 11, 23}), OrderFileDating::undecided);  // January
    EXPECT_EQ(date_order_file(fy2022, {2022, 1, 28}), OrderFileDating::april);       // the January 2022 errata
    EXPECT_EQ(date_order_file(VersionLabel::fiscal(2023), {2023, 1, 4}), OrderFileDating::april);
    EXPECT_EQ(date_order_file(fy2022, {2022, 4, 1}), OrderFileDating::undecided);
    EXPECT_EQ(date_order_file(fy2022, {2022, 9, 30}), OrderFileDating::undecided);
    // After the fiscal year ended the date is the re-packaging's: it tells nothing.
    EXPECT_EQ(date_order_file(fy2022, {2022, 10, 1}), OrderFileDating::october);
    EXPECT_EQ(date_order_file(fy2022, {2026, 11, 30}), OrderFileDating::october);
}

}  // namespace
}  // namespace codeset::importers
