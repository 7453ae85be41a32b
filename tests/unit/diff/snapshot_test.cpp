// Whole-release exports (CSV, JSONL) and the licensed-text guard.
#include "codeset/export/snapshot.hpp"
#include "diff_test_support.hpp"
#include "store_test_support.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace codeset {
namespace {

using test::billable;
using test::header;

TEST(SnapshotFormatNames, Parse) {
    EXPECT_EQ(parse_snapshot_format("csv"), SnapshotFormat::csv);
    EXPECT_EQ(parse_snapshot_format("jsonl"), SnapshotFormat::jsonl);
    EXPECT_EQ(parse_snapshot_format("json"), std::nullopt);
}

class Snapshot : public test::ScratchStore {
protected:
    std::string write(const ReleaseRecord& release, SnapshotFormat format, bool include_licensed_text = false) {
        std::ostringstream out;
        write_snapshot(out, store(), release, format, include_licensed_text);
        return out.str();
    }

    ReleaseRecord icd10cm() {
        return import("icd10cm", "FY2026", {2025, 10, 1},
                      {header("A00", "Cholera"),
                       billable("A000", "Cholera due to Vibrio cholerae 01, biovar cholerae",
                                "Cholera due to Vibrio cholerae 01, biovar cholerae"),
                       billable("A001", "Cholera \"eltor\"", "Cholera eltor")});
    }

    // Invented codes and descriptors of the licensed system: never real CPT text.
    ReleaseRecord cpt() {
        return import("cpt", "2026", {2026, 1, 1},
                      {header("0000X", "Invented section heading", "Invented section heading"),
                       billable("0001X", "Invented descriptor alpha", "Invented alpha", {{"kind", "invented"}})});
    }
};

TEST_F(Snapshot, CsvInOrderFileOrder) {
    EXPECT_EQ(write(icd10cm(), SnapshotFormat::csv),
              "order,code,display_code,billable,short_title,long_title\n"
              "1,A00,A00,0,Cholera,Cholera\n"
              "2,A000,A00.0,1,\"Cholera due to Vibrio cholerae 01, biovar cholerae\","
              "\"Cholera due to Vibrio cholerae 01, biovar cholerae\"\n"
              "3,A001,A00.1,1,Cholera eltor,\"Cholera \"\"eltor\"\"\"\n");
}

TEST_F(Snapshot, Jsonl) {
    EXPECT_EQ(
        write(icd10cm(), SnapshotFormat::jsonl),
        R"({"order":1,"code":"A00","display_code":"A00","billable":false,"short_title":"Cholera","long_title":"Cholera"}
{"order":2,"code":"A000","display_code":"A00.0","billable":true,"short_title":"Cholera due to Vibrio cholerae 01, biovar cholerae","long_title":"Cholera due to Vibrio cholerae 01, biovar cholerae"}
{"order":3,"code":"A001","display_code":"A00.1","billable":true,"short_title":"Cholera eltor","long_title":"Cholera \"eltor\""}
)");
}

TEST_F(Snapshot, AttributesColumnWhenAnyCodeHasAttributes) {
    const ReleaseRecord release =
        import("hcpcs", "2025-04", {2025, 4, 1},
               {billable("G0001", "Invented service", "Invented svc", {{"betos", "M1A"}, {"pricing", "11"}}),
                billable("G0002", "Invented service two", "Invented svc two")});
    EXPECT_EQ(
        write(release, SnapshotFormat::csv),
        "order,code,display_code,billable,short_title,long_title,attributes\n"
        "1,G0001,G0001,1,Invented svc,Invented service,\"{\"\"betos\"\":\"\"M1A\"\",\"\"pricing\"\":\"\"11\"\"}\"\n"
        "2,G0002,G0002,1,Invented svc two,Invented service two,\n");
    EXPECT_EQ(
        write(release, SnapshotFormat::jsonl),
        R"({"order":1,"code":"G0001","display_code":"G0001","billable":true,"short_title":"Invented svc","long_title":"Invented service","attributes":{"betos":"M1A","pricing":"11"}}
{"order":2,"code":"G0002","display_code":"G0002","billable":true,"short_title":"Invented svc two","long_title":"Invented service two"}
)");
}

TEST_F(Snapshot, LicensedTextIsLeftOutUnlessIncluded) {
    const ReleaseRecord release = cpt();
    const std::string csv = write(release, SnapshotFormat::csv);
    const std::string jsonl = write(release, SnapshotFormat::jsonl);
    EXPECT_EQ(csv,
              "order,code,display_code,billable,short_title,long_title\n"
              "1,0000X,0000X,0,,\n"
              "2,0001X,0001X,1,,\n");
    EXPECT_EQ(jsonl,
              "{\"order\":1,\"code\":\"0000X\",\"display_code\":\"0000X\",\"billable\":false}\n"
              "{\"order\":2,\"code\":\"0001X\",\"display_code\":\"0001X\",\"billable\":true}\n");
    for (const std::string& text : {csv, jsonl}) {
        EXPECT_EQ(text.find("Invented"), std::string::npos) << text;
        EXPECT_EQ(text.find("invented"), std::string::npos) << text;
    }
}

TEST_F(Snapshot, LicensedTextWhenTheCallersLicenceCoversIt) {
    const ReleaseRecord release = cpt();
    EXPECT_EQ(write(release, SnapshotFormat::csv, true),
              "order,code,display_code,billable,short_title,long_title,attributes\n"
              "1,0000X,0000X,0,Invented section heading,Invented section heading,\n"
              "2,0001X,0001X,1,Invented alpha,Invented descriptor alpha,\"{\"\"kind\"\":\"\"invented\"\"}\"\n");
    EXPECT_EQ(
        write(release, SnapshotFormat::jsonl, true),
        R"({"order":1,"code":"0000X","display_code":"0000X","billable":false,"short_title":"Invented section heading","long_title":"Invented section heading"}
{"order":2,"code":"0001X","display_code":"0001X","billable":true,"short_title":"Invented alpha","long_title":"Invented descriptor alpha","attributes":{"kind":"invented"}}
)");
}

}  // namespace
}  // namespace codeset
