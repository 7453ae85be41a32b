// A scratch folder with a store holding the two sample ICD-10-CM releases, for CLI tests.
#pragma once

#include "run_command.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace codeset::test {

inline std::filesystem::path sample(const std::string& name) { return fixture("samples/" + name); }
inline const std::string sample_2025 = "icd10cm-sample-2025.zip";
inline const std::string sample_2026 = "icd10cm-sample-2026.zip";

class CliTest : public testing::Test {
protected:
    void SetUp() override {
        const auto* info = testing::UnitTest::GetInstance()->current_test_info();
        dir = scratch_dir(std::string(info->test_suite_name()) + "-" + info->name());
    }
    void TearDown() override { std::filesystem::remove_all(dir); }

    CommandResult codeset(const std::vector<std::string>& args) { return run_codeset(args, dir); }

    void import_samples() {
        const CommandResult result = codeset({"import", sample(sample_2025).string(), sample(sample_2026).string()});
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }

    // Writes `text` to `name` under the scratch folder (its folders made) and returns its path.
    std::string write_file(const std::string& name, const std::string& text) {
        const auto path = dir / name;
        std::filesystem::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << text;
        return path.string();
    }

    // The store's bytes: what a read command must leave as it found them.
    std::string store_bytes() { return read_text(dir / "codeset.db"); }

    nlohmann::json json_of(const std::vector<std::string>& args) {
        const CommandResult result = codeset(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return nlohmann::json::parse(result.out);
    }

    std::filesystem::path dir;
};

}  // namespace codeset::test
