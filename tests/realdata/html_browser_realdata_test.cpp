// The HTML change report of real releases in a real browser: ICD-10-CM FY2025 -> FY2026 (chapters
// from the profile, no XML) and ICD-10-PCS FY2025 -> FY2026 with both tables XML files. Each page
// is checked by tests/browser/check_report.js against the JSON diff of the same releases, and its
// screenshot is left in the build tree for a person to look at.
#include "browser_check.hpp"
#include "real_releases.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;

class HtmlRealInBrowser : public testing::Test {
protected:
    void SetUp() override {
        CODESET_REQUIRE_SHARED_DATA();
        dir = scratch_dir("html-browser-realdata");
    }
    void TearDown() override { std::filesystem::remove_all(dir); }
    CommandResult codeset(const std::vector<std::string>& args) { return run_codeset(args, dir); }

    // Writes the HTML and JSON diffs and checks the page in chromium; returns the page's text.
    std::string check(const std::string& system, const std::string& name) {
        const std::filesystem::path page = dir / (name + ".html");
        const std::filesystem::path summary = dir / (name + ".json");
        const CommandResult html = codeset({"diff", system, "FY2025", "FY2026", "-o", page.string()});
        EXPECT_EQ(html.exit_code, 0) << html.err;
        EXPECT_EQ(codeset({"diff", system, "FY2025", "FY2026", "-o", summary.string()}).exit_code, 0);
        if (const auto missing = browser_missing()) {
            std::cout << "[ SKIPPED  ] " << *missing << ": the page is not checked in a browser\n";
            return read_text(page);
        }
        const CommandResult checked = check_report_in_browser(page, summary, browser_screenshot(name));
        EXPECT_EQ(checked.exit_code, 0) << checked.err;
        EXPECT_THAT(checked.err, HasSubstr("ok no console errors"));
        return read_text(page);
    }

    std::filesystem::path dir;
};

TEST_F(HtmlRealInBrowser, Icd10cmFy2025ToFy2026) {
    for (const char* version : {"FY2025", "FY2026"})
        ASSERT_EQ(codeset({"import", (shared_data() / real_release("icd10cm", version).file).string()}).exit_code, 0);
    CODESET_REQUIRE_BROWSER();
    const std::string html = check("icd10cm", "html-report-icd10cm-FY2025-FY2026");
    // Without the tabular XML the chapters are the profile's, titled and in chapter order.
    EXPECT_THAT(html, HasSubstr("Certain infectious and parasitic diseases (A00-B99)"));
    EXPECT_LT(html.find("id=\"chapter-9\""), html.find("id=\"chapter-10\""));
    EXPECT_THAT(html, HasSubstr("<del>"));
}

TEST_F(HtmlRealInBrowser, Icd10pcsFy2025ToFy2026WithTheTablesXml) {
    const std::filesystem::path pcs = shared_data() / "icd10pcs";
    for (const std::string year : {"2025", "2026"}) {
        const std::filesystem::path xml = dir / ("icd10pcs_tables_" + year + ".xml");
        const std::string unpack =
            "xz -dc " + shell_quote((pcs / (xml.filename().string() + ".xz")).string()) + " > " + shell_quote(xml.string());
        ASSERT_EQ(std::system(unpack.c_str()), 0);
        const CommandResult imported = codeset({"import", (pcs / ("cms_" + year + "_pr.zip")).string(), xml.string()});
        ASSERT_EQ(imported.exit_code, 0) << imported.err;
    }
    CODESET_REQUIRE_BROWSER();
    const std::string html = check("icd10pcs", "html-report-icd10pcs-FY2025-FY2026");
    EXPECT_THAT(html, HasSubstr("Medical and Surgical"));
    EXPECT_THAT(html, HasSubstr("New Technology"));
}

}  // namespace
}  // namespace codeset::test
