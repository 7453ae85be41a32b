// Every fuzz harness over its seed corpus and the inputs kept from fuzzing (tests/data/fuzz/NAME):
// each input is read or refused with codeset::Error. Under the sanitizer build (tools/setup.sh
// asan) a crash or leak any of them once caused fails here again.
#include "harnesses.hpp"

#include <gtest/gtest.h>

#include <exception>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace codeset::fuzz {
namespace {

const std::filesystem::path test_data = CODESET_TEST_DATA;

std::vector<std::filesystem::path> inputs_of(const Harness& harness) {
    std::vector<std::filesystem::path> folders;
    for (std::string_view seed : harness.seeds) folders.push_back(test_data / seed);
    folders.push_back(test_data / "fuzz" / harness.name);
    std::vector<std::filesystem::path> files;
    for (const auto& folder : folders) {
        if (!std::filesystem::is_directory(folder)) continue;
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            if (entry.is_regular_file()) files.push_back(entry.path());
    }
    return files;
}

std::string bytes_of(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

class FuzzInputs : public ::testing::TestWithParam<Harness> {};

TEST_P(FuzzInputs, AreReadOrRefusedWithACodesetError) {
    const Harness& harness = GetParam();
    const std::vector<std::filesystem::path> files = inputs_of(harness);
    ASSERT_FALSE(files.empty()) << harness.name << " has no seed input";
    for (const auto& file : files) {
        try {
            harness.run(bytes_of(file));
        } catch (const std::exception& error) {
            ADD_FAILURE() << harness.name << " on " << file << ": " << error.what();
        }
    }
}

TEST(FuzzHarnesses, AreFoundByName) {
    for (const Harness& harness : harnesses()) EXPECT_EQ(&fuzz::harness(harness.name), &harness);
    EXPECT_THROW(fuzz::harness("no such parser"), std::invalid_argument);
}

INSTANTIATE_TEST_SUITE_P(EveryParser, FuzzInputs, ::testing::ValuesIn(harnesses()),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace codeset::fuzz
