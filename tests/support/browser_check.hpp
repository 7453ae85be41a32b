// Checks an HTML report of codeset in a real browser with tests/browser/check_report.js (Debian's
// chromium under playwright-core, installed by tools/setup.sh test into build/browser-tools).
// Tests skip, visibly, where node, chromium or playwright-core is absent.
#pragma once

#include "run_command.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

namespace codeset::test {

// The folder playwright-core was installed in: $CODESET_BROWSER_TOOLS, else build/browser-tools.
inline std::filesystem::path browser_tools() {
    if (const char* env = std::getenv("CODESET_BROWSER_TOOLS"); env && *env) return env;
    return CODESET_BROWSER_TOOLS;
}

// Why the page cannot be checked in a browser here, or nothing when it can.
inline std::optional<std::string> browser_missing() {
    if (std::system("command -v node > /dev/null 2>&1") != 0) return "node is not installed";
    if (std::system("command -v chromium > /dev/null 2>&1") != 0) return "chromium is not on PATH (run tools/setup.sh test)";
    if (!std::filesystem::exists(browser_tools() / "node_modules/playwright-core/package.json"))
        return "playwright-core is not installed in " + browser_tools().string() + " (run tools/setup.sh test)";
    return std::nullopt;
}

// Where the screenshot of a check goes, next to the test output in the build tree.
inline std::filesystem::path browser_screenshot(const std::string& name) {
    std::filesystem::create_directories(CODESET_BROWSER_OUTPUT);
    return std::filesystem::path(CODESET_BROWSER_OUTPUT) / (name + ".png");
}

// Opens `page` in one headless chromium and checks it against `summary` (the JSON diff of the
// same releases): counts, filter, folding, print, no request elsewhere, no console error. The
// result's `err` holds one line per check; exit_code 0: all passed.
inline CommandResult check_report_in_browser(const std::filesystem::path& page, const std::filesystem::path& summary,
                                             const std::filesystem::path& screenshot) {
    std::string command = "env CODESET_BROWSER_TOOLS=" + shell_quote(browser_tools().string()) + " node " +
                          shell_quote(CODESET_BROWSER_CHECK) + " " + shell_quote(page.string()) + " " +
                          shell_quote(summary.string()) + " " + shell_quote(screenshot.string());
    return run_merged(std::move(command), page.string() + ".browser");
}

// Opens a release summary page (`codeset summary --format html`) and checks it against `summary`
// (the JSON summary of the same store) with tests/browser/check_summary.js: one bar and one row per
// step, the counts, print, no request elsewhere, no console error.
inline CommandResult check_summary_in_browser(const std::filesystem::path& page, const std::filesystem::path& summary,
                                              const std::filesystem::path& screenshot) {
    const std::filesystem::path script = std::filesystem::path(CODESET_BROWSER_CHECK).parent_path() / "check_summary.js";
    std::string command = "env CODESET_BROWSER_TOOLS=" + shell_quote(browser_tools().string()) + " node " +
                          shell_quote(script.string()) + " " + shell_quote(page.string()) + " " +
                          shell_quote(summary.string()) + " " + shell_quote(screenshot.string());
    return run_merged(std::move(command), page.string() + ".browser");
}

}  // namespace codeset::test

// Skips the current test, visibly, when the browser or its driver is not installed.
#define CODESET_REQUIRE_BROWSER()                                                                \
    do {                                                                                         \
        if (const auto missing = ::codeset::test::browser_missing())                            \
            GTEST_SKIP() << *missing << ": skipping the check in a browser";                     \
    } while (false)
