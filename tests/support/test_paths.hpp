// Where tests find their data: hand-written fixtures in tests/data, real releases in ../shared/data.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace codeset::test {

inline std::filesystem::path fixture(const std::string& relative) {
    return std::filesystem::path(CODESET_TEST_DATA) / relative;
}

// The folder of real CMS/CDC releases: $CODESET_SHARED_DATA, else ../shared/data.
inline std::filesystem::path shared_data() {
    if (const char* env = std::getenv("CODESET_SHARED_DATA"); env && *env) return env;
    return CODESET_SHARED_DATA;
}

inline bool have_shared_data() { return std::filesystem::is_directory(shared_data() / "icd10cm"); }

// A fresh scratch folder under the build tree's temp dir, removed by the caller's fixture.
inline std::filesystem::path scratch_dir(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("codeset-test-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace codeset::test

// Skips the current test, visibly, when the real releases are not next to the repository.
#define CODESET_REQUIRE_SHARED_DATA()                                                              \
    do {                                                                                           \
        if (!::codeset::test::have_shared_data())                                                  \
            GTEST_SKIP() << "real CMS releases not found at " << ::codeset::test::shared_data()    \
                         << " (set CODESET_SHARED_DATA): skipping real-data test";                  \
    } while (0)
