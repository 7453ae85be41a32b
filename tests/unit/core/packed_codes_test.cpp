#include "core/packed_codes.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace codeset::detail {
namespace {

// Every ICD-10-CM-like code of one category tree: short codes that differ only in their last
// characters, the keys the old middle-bits hash put into long probe runs.
std::vector<std::string> codes_of_a_release() {
    std::vector<std::string> codes;
    const std::string characters = "0123456789ABCDEFGHJKXYZ";
    for (char letter = 'A'; letter <= 'Z'; ++letter)
        for (int category = 0; category < 100; ++category) {
            const std::string head = std::string(1, letter) + (category < 10 ? "0" : "") + std::to_string(category);
            codes.push_back(head);
            for (char fourth : characters.substr(0, 10)) {
                codes.push_back(head + fourth);
                for (char fifth : characters.substr(0, 4)) codes.push_back(head + fourth + fifth);
            }
        }
    return codes;
}

TEST(PackedCodes, PacksCodesOfUpToEightAsciiBytesAndUnpacksThem) {
    EXPECT_FALSE(pack_code("").has_value());
    EXPECT_FALSE(pack_code("ABCDEFGHI").has_value());
    EXPECT_FALSE(pack_code("A\x80").has_value());
    for (const std::string code : {"A", "A000", "0016070", "ABCDEFGH"}) {
        const auto key = pack_code(code);
        ASSERT_TRUE(key.has_value()) << code;
        char bytes[8];
        EXPECT_EQ(std::string(bytes, unpack_code(*key, bytes)), code);
    }
    // Keys sort as the codes do.
    EXPECT_LT(*pack_code("A00"), *pack_code("A000"));
    EXPECT_LT(*pack_code("A009"), *pack_code("A01"));
}

TEST(PackedCodeTable, FindsEveryCodeWithItsFlagAndNoOther) {
    const std::vector<std::string> codes = codes_of_a_release();
    PackedCodeTable table(16);  // grows as codes come
    for (std::size_t i = 0; i < codes.size(); ++i) table.insert(codes[i], i % 3 == 0);
    table.insert("TOO-LONG-CODE", true);  // kept beside the packed ones
    for (std::size_t i = 0; i < codes.size(); ++i) ASSERT_EQ(table.find(codes[i]), std::optional(i % 3 == 0)) << codes[i];
    EXPECT_EQ(table.find("TOO-LONG-CODE"), std::optional(true));
    EXPECT_FALSE(table.contains("A00Z"));
    EXPECT_FALSE(table.contains("Z99Z"));
    std::size_t visited = 0;
    table.for_each([&](std::string_view, bool) { ++visited; });
    EXPECT_EQ(visited, codes.size() + 1);
}

TEST(PackedCodeTable, InsertingACodeAgainKeepsItsLatestFlag) {
    PackedCodeTable table;
    table.insert("E119", false);
    table.insert("E119", true);
    EXPECT_EQ(table.find("E119"), std::optional(true));
    std::size_t visited = 0;
    table.for_each([&](std::string_view, bool) { ++visited; });
    EXPECT_EQ(visited, 1u);
}

TEST(PackedKeyIndex, FindsTheNumberOfEveryKeyAcrossGrowth) {
    const std::vector<std::string> codes = codes_of_a_release();
    PackedKeyIndex index;
    EXPECT_FALSE(index.find(*pack_code("A00")).has_value());
    for (std::size_t i = 0; i < codes.size(); ++i) index.insert(*pack_code(codes[i]), static_cast<std::uint32_t>(i));
    EXPECT_EQ(index.size(), codes.size());
    for (std::size_t i = 0; i < codes.size(); ++i)
        ASSERT_EQ(index.find(*pack_code(codes[i])), std::optional(static_cast<std::uint32_t>(i))) << codes[i];
    EXPECT_FALSE(index.find(*pack_code("A00Z")).has_value());
}

}  // namespace
}  // namespace codeset::detail
