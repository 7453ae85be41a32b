// Helpers shared by the source tests: fixture paths, reading streams and files whole,
// and a scratch folder removed when the test ends.
#pragma once

#include "codeset/core/source.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>

#include <exception>
#include <stdexcept>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace codeset::test {

inline std::filesystem::path core_fixture(const std::string& name) { return fixture("core/" + name); }

inline std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in) << "cannot read fixture " << path;
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Reads a stream to its end in chunks of `chunk` bytes.
inline std::string read_all(ByteStream& stream, std::size_t chunk = 4096) {
    std::string data;
    std::vector<char> buffer(chunk);
    while (const std::size_t got = stream.read(buffer.data(), buffer.size())) data.append(buffer.data(), got);
    return data;
}

inline std::vector<std::string> member_names(const Source& source) {
    std::vector<std::string> names;
    for (const auto& member : source.members()) names.push_back(member.name);
    return names;
}

inline const MemberInfo& member_named(const Source& source, const std::string& name) {
    for (const auto& member : source.members())
        if (member.name == name) return member;
    throw std::runtime_error("test: no member named " + name + " in " + source.path());
}

// Runs `action`, expecting it to throw codeset::Error with `expected` code; returns the message
// (empty, with a test failure, when nothing or something else was thrown).
template <class Action>
std::string error_message(Action&& action, ErrorCode expected) {
    try {
        action();
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), expected) << "code " << to_string(error.code()) << ": " << error.what();
        return error.what();
    } catch (const std::exception& error) {
        ADD_FAILURE() << "expected codeset::Error, got another exception: " << error.what();
        return {};
    }
    ADD_FAILURE() << "expected codeset::Error(" << to_string(expected) << "), nothing was thrown";
    return {};
}

// A scratch folder for one test, removed at the end of the test.
class ScratchTest : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir = scratch_dir(std::string(info->test_suite_name()) + "-" + info->name());
    }
    void TearDown() override {
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }
    const std::filesystem::path& dir() const { return m_dir; }

private:
    std::filesystem::path m_dir;
};

// SHA-256 of the fixtures (sha256sum, taken when make_fixtures.sh last ran).
inline constexpr const char* sha256_of_release_zip = "999bb2c97b7b2575dafecb5c9f2664f9bc845745e74b8c379c0a76ec1bf1edd1";
inline constexpr const char* sha256_of_order_txt = "63521bad2597e01c723cafa1a06fa520f01693dd5e1d57b9d28ad9fd4c88aaed";
inline constexpr const char* sha256_of_readme_txt = "149f1398dcf21301fac271dabc4ead4fd918b3ca2dd9e697242a88c0eac24736";
inline constexpr const char* sha256_of_nothing = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

inline constexpr const char* order_member = "Code Descriptions/icd10cm-order-2026.txt";

}  // namespace codeset::test
