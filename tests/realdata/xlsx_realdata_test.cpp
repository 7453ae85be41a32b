// The Excel change reports of real releases, read back with Debian's python3-openpyxl: every sheet
// against the JSON diff of the same releases for ICD-10-CM and ICD-10-PCS FY2025 -> FY2026 and
// HCPCS 2017 -> 2018 (whose attribute changes fill the Attributes sheet), and PCS codes with their
// leading zeros kept as text.
#include "real_releases.hpp"
#include "workbook_check.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace codeset::test {
namespace {

class XlsxRealReport : public testing::Test {
protected:
    void SetUp() override {
        CODESET_REQUIRE_SHARED_DATA();
        CODESET_REQUIRE_WORKBOOK_READER();
        const auto* info = testing::UnitTest::GetInstance()->current_test_info();
        dir = scratch_dir(std::string("xlsx-realdata-") + info->name());
    }
    void TearDown() override { std::filesystem::remove_all(dir); }
    CommandResult codeset(const std::vector<std::string>& args) { return run_codeset(args, dir); }

    void import(const std::vector<std::string>& files) {
        for (const std::string& file : files) {
            const CommandResult imported = codeset({"import", (shared_data() / file).string()});
            ASSERT_EQ(imported.exit_code, 0) << imported.err;
        }
    }

    // The workbook and the JSON diff of FROM -> TO, both read back; the workbook checked against it.
    nlohmann::json checked(const std::string& system, const std::string& from, const std::string& to) {
        const std::filesystem::path workbook = dir / (system + ".xlsx");
        const CommandResult written = codeset({"diff", system, from, to, "-o", workbook.string()});
        EXPECT_EQ(written.exit_code, 0) << written.err;
        const CommandResult json = codeset({"diff", system, from, to, "--format", "json"});
        EXPECT_EQ(json.exit_code, 0) << json.err;
        nlohmann::json book = read_workbook(workbook);
        expect_workbook_matches_diff(book, nlohmann::json::parse(json.out));
        return book;
    }

    std::filesystem::path dir;
};

TEST_F(XlsxRealReport, Icd10cmFy2025ToFy2026) {
    import({real_release("icd10cm", "FY2025").file, real_release("icd10cm", "FY2026").file});
    const nlohmann::json book = checked("icd10cm", "FY2025", "FY2026");
    EXPECT_GT(workbook_sheet(book, "Added")["rows"].size(), 100u);
    // The chapter column names the profile's chapters, titled.
    bool titled = false;
    for (const auto& row : workbook_sheet(book, "Added")["rows"])
        titled = titled || row[1].get<std::string>().find("(A00-B99)") != std::string::npos;
    EXPECT_TRUE(titled);
}

TEST_F(XlsxRealReport, Icd10pcsFy2025ToFy2026KeepsLeadingZeros) {
    import({real_release("icd10pcs", "FY2025").file, real_release("icd10pcs", "FY2026").file});
    const nlohmann::json book = checked("icd10pcs", "FY2025", "FY2026");
    std::size_t leading_zero = 0;
    for (const std::string& code : sheet_codes(book, "Added")) {
        EXPECT_EQ(code.size(), 7u) << code;
        leading_zero += code[0] == '0';
    }
    EXPECT_GT(leading_zero, 10u);
}

TEST_F(XlsxRealReport, Hcpcs2017To2018ListsAttributeChangesByField) {
    import({"hcpcs/2017-Alpha-Numeric-HCPCS-File.zip", "hcpcs/2018-Alpha-Numeric-HCPCS-File.zip"});
    const nlohmann::json book = checked("hcpcs", "2017-01", "2018-01");
    const auto& attributes = workbook_sheet(book, "Attributes")["rows"];
    ASSERT_GT(attributes.size(), 10u);
    for (const auto& row : attributes) EXPECT_FALSE(row[2].get<std::string>().empty());  // the field's name
}

}  // namespace
}  // namespace codeset::test
