// HCPCS release labels from file names: the version detection table.
#include "hcpcs/hcpcs_version.hpp"

#include "codeset/core/code_system.hpp"

#include <gtest/gtest.h>

namespace codeset::importers::hcpcs {
namespace {

struct NameCase {
    const char* name;
    const char* label;  // "" when the name reveals no year
    ReleaseKind kind;
    const char* effective;
};

// Names as CMS publishes them (zips and members), plus made-up ones for the rules.
const NameCase name_cases[] = {
    {"2018-Alpha-Numeric-HCPCS-File.zip", "2018-01", ReleaseKind::annual, "2018-01-01"},
    {"2017-Alpha-Numeric-HCPCS-File.zip", "2017-01", ReleaseKind::annual, "2017-01-01"},
    {"HCPC2018_CONTR_ANWEB_disc.txt", "2018-01", ReleaseKind::annual, "2018-01-01"},
    {"HCPC17_CONTR_ANWEB.txt", "2017-01", ReleaseKind::annual, "2017-01-01"},
    {"HCPCS17_recordlayout.txt", "2017-01", ReleaseKind::annual, "2017-01-01"},
    {"HCPC2020_ANWEB_w_disclaimer.txt", "2020-01", ReleaseKind::annual, "2020-01-01"},
    {"2018-HCPCS-Record-Layout-.zip", "2018-01", ReleaseKind::annual, "2018-01-01"},
    // Quarters: a month word, or the month after the year.
    {"January-2019-Alpha-Numeric-HCPCS-File.zip", "2019-01", ReleaseKind::annual, "2019-01-01"},
    {"HCPC2019_JAN_ANWEB.txt", "2019-01", ReleaseKind::annual, "2019-01-01"},
    {"april-2018-alpha-numeric-hcpcs-file.zip", "2018-04", ReleaseKind::quarterly, "2018-04-01"},
    {"HCPC2020_APR_ANWEB_v2.txt", "2020-04", ReleaseKind::quarterly, "2020-04-01"},
    {"July-2018-Alpha-Numeric-HCPCS-File.zip", "2018-07", ReleaseKind::quarterly, "2018-07-01"},
    {"HCPC2021_JUL_ANWEB.txt", "2021-07", ReleaseKind::quarterly, "2021-07-01"},
    {"2020-October-Alpha-Numeric-HCPCS-File.zip", "2020-10", ReleaseKind::quarterly, "2020-10-01"},
    {"hcpcs_oct_2019.zip", "2019-10", ReleaseKind::quarterly, "2019-10-01"},
    {"hcpcs-2018-04.zip", "2018-04", ReleaseKind::quarterly, "2018-04-01"},
    // Corrections: numbered by V<n> or c<n>, 1 otherwise.
    {"2018-HCPCS-Alpha-Numeric-Corrections.zip", "2018-01-c1", ReleaseKind::correction, "2018-01-01"},
    {"V1_HCPC2018_Corrections_ANWEB.txt", "2018-01-c1", ReleaseKind::correction, "2018-01-01"},
    {"V3_HCPC2018_Corrections_ANWEB.txt", "2018-01-c3", ReleaseKind::correction, "2018-01-01"},
    {"hcpc2017_corrections_alpha.txt", "2017-01-c1", ReleaseKind::correction, "2017-01-01"},
    {"hcpcs-2018-01-c2.zip", "2018-01-c2", ReleaseKind::correction, "2018-01-01"},
    {"HCPC2018_APR_ANWEB_corrected_v2.txt", "2018-04-c2", ReleaseKind::correction, "2018-04-01"},
    // A revision number alone is CMS's re-posting, not a correction.
    {"HCPC2020_JAN_ANWEB_v4.txt", "2020-01", ReleaseKind::annual, "2020-01-01"},
    // No year, or two different ones.
    {"HCPC_CONTR_ANWEB.txt", "", ReleaseKind::annual, ""},
    {"Alpha-Numeric-HCPCS-File.zip", "", ReleaseKind::annual, ""},
    {"hcpcs_2017_to_2018.zip", "", ReleaseKind::annual, ""},
    {"anweb_1999.txt", "", ReleaseKind::annual, ""},
};

TEST(HcpcsVersion, LabelsFromNames) {
    for (const NameCase& c : name_cases) {
        SCOPED_TRACE(c.name);
        const auto detected = detect_hcpcs_version({c.name});
        if (std::string(c.label).empty()) {
            EXPECT_FALSE(detected.has_value()) << detected->label.to_string();
            continue;
        }
        ASSERT_TRUE(detected.has_value());
        EXPECT_EQ(detected->label.to_string(), c.label);
        EXPECT_EQ(detected->label.kind(), c.kind);
        EXPECT_EQ(detected->label.effective().to_string(), c.effective);
        EXPECT_EQ(detected->year_from, c.name);
    }
}

TEST(HcpcsVersion, TheYearComesFromTheMostSpecificNameTheQuarterFromAnyName) {
    // The member first, then the zip: the zip's month word still selects the quarter.
    auto detected = detect_hcpcs_version({"HCPC2018_CONTR_ANWEB.txt", "October-2018-Alpha-Numeric-HCPCS-File.zip"});
    ASSERT_TRUE(detected);
    EXPECT_EQ(detected->label.to_string(), "2018-10");
    EXPECT_EQ(detected->year_from, "HCPC2018_CONTR_ANWEB.txt");
    // A member without a year takes it from the zip.
    detected = detect_hcpcs_version({"HCPC_CONTR_ANWEB.txt", "2017-Alpha-Numeric-HCPCS-File.zip"});
    ASSERT_TRUE(detected);
    EXPECT_EQ(detected->label.to_string(), "2017-01");
    EXPECT_EQ(detected->year_from, "2017-Alpha-Numeric-HCPCS-File.zip");
    // The member's year wins over the zip's.
    detected = detect_hcpcs_version({"HCPC17_CONTR_ANWEB.txt", "2018-Alpha-Numeric-HCPCS-File.zip"});
    ASSERT_TRUE(detected);
    EXPECT_EQ(detected->label.to_string(), "2017-01");
    EXPECT_FALSE(detect_hcpcs_version({}));
}

TEST(HcpcsVersion, LabelsParseAndPrintBothWaysInTheProfilesGrammar) {
    const CodeSystem& hcpcs = require_code_system("hcpcs");
    for (const char* text : {"2018-01", "2018-04", "2018-07", "2018-10", "2018-01-c1", "2019-04-c12"}) {
        const auto label = hcpcs.parse_label(text);
        ASSERT_TRUE(label) << text;
        EXPECT_EQ(label->to_string(), text);
    }
    EXPECT_EQ(hcpcs.parse_label("2018")->to_string(), "2018-01");
    EXPECT_EQ(hcpcs.parse_label("2018-01-C2")->to_string(), "2018-01-c2");
    for (const char* text : {"", "18", "FY2018", "2018-02", "2018-13", "2018-1", "2018-01-c", "2018-01-c0",
                             "2018-01-x1", "2026-07-er"})
        EXPECT_FALSE(hcpcs.parse_label(text)) << text;
    // A label told from names is the one --version gives: one release, one label.
    EXPECT_EQ(detect_hcpcs_version({"2018-Alpha-Numeric-HCPCS-File.zip"})->label, *hcpcs.parse_label("2018"));
}

}  // namespace
}  // namespace codeset::importers::hcpcs
