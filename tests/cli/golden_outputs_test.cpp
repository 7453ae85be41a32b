// The outputs users read most, on the sample releases, compared byte for byte with
// tests/cli/expected/. After an intended change to one of them, regenerate the files with
//   CODESET_UPDATE_EXPECTED=1 ctest --test-dir build -R GoldenOutputs
// (the test then writes them and skips), and review `git diff tests/cli/expected` before committing.
#include "cli_fixture.hpp"

#include <cstdlib>
#include <regex>

namespace codeset::test {
namespace {

using GoldenOutputs = CliTest;

struct Golden {
    std::string file;  // in tests/cli/expected
    std::vector<std::string> args;
};

const std::vector<Golden>& goldens() {
    static const std::vector<Golden> all = {
        {"diff.txt", {"diff", "icd10cm", "FY2025", "FY2026"}},
        {"diff.md", {"diff", "icd10cm", "FY2025", "FY2026", "--format", "markdown"}},
        {"diff-reversed.txt", {"diff", "icd10cm", "FY2026", "FY2025"}},
        {"show-header.txt", {"show", "icd10cm", "B88.0"}},
        {"show-revised-before.txt", {"show", "icd10cm", "L02.212", "--at", "FY2025"}},
        {"show-header.json", {"show", "icd10cm", "Z59.86", "--format", "json"}},
        {"history-flip.txt", {"history", "icd10cm", "B88.0"}},
        {"history-removed.txt", {"history", "icd10cm", "T78.1XXA"}},
        {"history-revised.json", {"history", "icd10cm", "L02.212", "--format", "json"}},
        {"releases.txt", {"releases"}},
    };
    return all;
}

// The import time is the only part of an output that differs from run to run.
std::string without_import_times(const std::string& text) {
    static const std::regex timestamp(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)");
    return std::regex_replace(text, timestamp, "YYYY-MM-DDTHH:MM:SSZ");
}

TEST_F(GoldenOutputs, CommandsWriteExactlyTheExpectedOutputs) {
    import_samples();
    const std::filesystem::path expected_dir = CODESET_EXPECTED_DIR;
    const char* update = std::getenv("CODESET_UPDATE_EXPECTED");
    for (const Golden& golden : goldens()) {
        const CommandResult result = codeset(golden.args);
        ASSERT_EQ(result.exit_code, 0) << golden.file << ": " << result.err;
        EXPECT_EQ(result.err, "") << golden.file;
        const std::string actual = without_import_times(result.out);
        if (update && *update) {
            std::ofstream(expected_dir / golden.file, std::ios::binary) << actual;
            continue;
        }
        ASSERT_TRUE(std::filesystem::exists(expected_dir / golden.file)) << golden.file;
        EXPECT_EQ(actual, read_text(expected_dir / golden.file)) << golden.file;
    }
    if (update && *update) GTEST_SKIP() << "wrote the expected outputs to " << expected_dir.string();
}

}  // namespace
}  // namespace codeset::test
