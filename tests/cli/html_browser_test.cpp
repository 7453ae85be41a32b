// The HTML change report of the sample releases in a real browser (tests/browser/check_report.js):
// the counts shown equal the JSON summary, the filter narrows the rows, a chapter folds, printing
// opens the chapters and hides the filter, no request leaves the page, no console error. Runs
// without the real releases, so the suite always checks the page.
#include "browser_check.hpp"
#include "cli_fixture.hpp"

#include <gmock/gmock.h>

namespace codeset::test {
namespace {

class HtmlInBrowser : public CliTest {};

TEST_F(HtmlInBrowser, TheSampleReportWorksInChromium) {
    import_samples();
    const std::filesystem::path page = dir / "changes.html";
    const std::filesystem::path summary = dir / "changes.json";
    const CommandResult html = codeset({"diff", "icd10cm", "FY2025", "FY2026", "-o", page.string()});
    ASSERT_EQ(html.exit_code, 0) << html.err;
    ASSERT_EQ(codeset({"diff", "icd10cm", "FY2025", "FY2026", "-o", summary.string()}).exit_code, 0);
    ASSERT_THAT(read_text(page), ::testing::StartsWith("<!DOCTYPE html>"));
    CODESET_REQUIRE_BROWSER();
    const CommandResult checked = check_report_in_browser(page, summary, browser_screenshot("html-report-samples"));
    EXPECT_EQ(checked.exit_code, 0) << checked.err;
    EXPECT_THAT(checked.err, ::testing::HasSubstr("ok no request left the page"));
}

}  // namespace
}  // namespace codeset::test
