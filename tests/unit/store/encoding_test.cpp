#include "store/encoding.hpp"
#include "store/flat_tables.hpp"

#include "codeset/core/error.hpp"
#include "store_test_support.hpp"

#include "codeset/core/attribute_values.hpp"
#include "codeset/core/code_system.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

namespace codeset {
namespace {

using detail::content_digest;
using test::code;

TEST(StoreContentDigest, IgnoresTheOrderNumber) {
    CodeRecord a = code("A000", true, "Cholera due to Vibrio cholerae 01, biovar cholerae");
    CodeRecord b = a;
    a.order = 2;
    b.order = 4711;
    EXPECT_EQ(content_digest(a), content_digest(b));
}

TEST(StoreContentDigest, ChangesWithEveryContentField) {
    const CodeRecord base = code("A000", true, "Long title", "Short title", {{"axis", "1"}});
    const auto digest = content_digest(base);
    auto changed = [&](auto&& edit) {
        CodeRecord copy = base;
        edit(copy);
        return content_digest(copy);
    };
    EXPECT_NE(digest, changed([](CodeRecord& r) { r.code = "A001"; }));
    EXPECT_NE(digest, changed([](CodeRecord& r) { r.billable = false; }));
    EXPECT_NE(digest, changed([](CodeRecord& r) { r.short_title = "Short titl"; }));
    EXPECT_NE(digest, changed([](CodeRecord& r) { r.long_title = "Long title "; }));
    EXPECT_NE(digest, changed([](CodeRecord& r) { r.attributes[0].value = "2"; }));
    EXPECT_NE(digest, changed([](CodeRecord& r) { r.attributes.clear(); }));
}

TEST(StoreContentDigest, FieldBoundariesMatter) {
    // Length prefixes: moving text from one title to the other is a different content.
    EXPECT_NE(content_digest(code("A00", false, "bc", "a")), content_digest(code("A00", false, "c", "ab")));
}

TEST(StoreMemberList, RoundTripsAnyIds) {
    const std::vector<std::int64_t> ids = {1, 2, 3, 10, 5, 100000, 99999, 1, std::numeric_limits<std::int64_t>::max(),
                                           1, 42};
    const auto bytes = detail::encode_members(ids);
    const auto decoded = detail::decode_members(bytes);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(*decoded, ids);
}

TEST(StoreMemberList, ConsecutiveIdsCostOneByteEach) {
    std::vector<std::int64_t> ids(1000);
    for (std::size_t i = 0; i < ids.size(); ++i) ids[i] = static_cast<std::int64_t>(i + 1);
    EXPECT_EQ(detail::encode_members(ids).size(), ids.size());
}

TEST(StoreMemberList, EmptyListIsEmpty) {
    EXPECT_TRUE(detail::encode_members({}).empty());
    const auto decoded = detail::decode_members({});
    ASSERT_TRUE(decoded);
    EXPECT_TRUE(decoded->empty());
}

TEST(StoreMemberList, TruncatedBytesAreRefused) {
    const std::vector<std::int64_t> ids = {1, 300000};
    auto bytes = detail::encode_members(ids);
    bytes.pop_back();
    EXPECT_FALSE(detail::decode_members(bytes));
    const std::vector<std::byte> overlong(11, std::byte{0xff});
    EXPECT_FALSE(detail::decode_members(overlong));
}

// Positions found by runs must equal those found by decoding the whole list and searching it.
TEST(StoreMemberList, PositionsAreThoseOfTheDecodedList) {
    std::vector<std::int64_t> ids;
    for (std::int64_t id = 100; id < 160; ++id) ids.push_back(id);  // one long run
    ids.insert(ids.end(), {7, 8, 9, 500, 3, 161, 162, 42, 120});      // short runs, a repeat of 120
    const auto bytes = detail::encode_members(ids);
    const std::vector<std::int64_t> wanted = {120, 7, 161, 99, 160, 500, 100, 159, 42, 7, 1000, 3};
    const auto positions = detail::member_positions(bytes, wanted);
    ASSERT_TRUE(positions);
    ASSERT_EQ(positions->size(), wanted.size());
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const auto first = std::find(ids.begin(), ids.end(), wanted[i]);
        const std::uint32_t expected = first == ids.end() ? 0 : static_cast<std::uint32_t>(first - ids.begin() + 1);
        EXPECT_EQ((*positions)[i], expected) << "id " << wanted[i];
    }
    EXPECT_EQ((*positions)[0], 21u);  // 120: its first place, in the long run
    EXPECT_EQ((*positions)[3], 0u);   // 99 is not listed
}

TEST(StoreMemberList, PositionsOfADamagedListAreRefused) {
    auto bytes = detail::encode_members(std::vector<std::int64_t>{1, 300000});
    bytes.pop_back();
    EXPECT_FALSE(detail::member_positions(bytes, std::vector<std::int64_t>{1}));
    EXPECT_TRUE(detail::member_positions({}, std::vector<std::int64_t>{1}));
}

TEST(StoreAttributes, RoundTripThroughJson) {
    const std::vector<Attribute> attributes = {{"betos", "O1A"}, {"pricing", "13"}, {"quote\"d", "line\nbreak"}};
    const auto json = detail::attributes_to_json(attributes);
    EXPECT_EQ(detail::attributes_from_json(json), attributes);
    EXPECT_EQ(detail::attributes_to_json({}), "");
    EXPECT_TRUE(detail::attributes_from_json("").empty());
}

TEST(StoreAttributes, ListsTheProfileTypesAsListsAreKeptAsArrays) {
    const CodeSystem& cm = require_code_system("icd10cm");
    const std::vector<Attribute> attributes = {
        {"chapter", R"(["not", "a list attribute"])"},        // text in the profile: kept as a string
        {"excludes1", encode_list({"gestational diabetes", "with \"quotes\""})},
        {"excludes2", R"(["spaced",  "unlike encode_list"])"},  // not the canonical form: kept as a string
        {"includes", "plain text"},
    };
    const std::string json = detail::attributes_to_json(attributes, &cm);
    const auto object = nlohmann::json::parse(json);
    EXPECT_TRUE(object["chapter"].is_string());
    EXPECT_TRUE(object["excludes1"].is_array());
    EXPECT_TRUE(object["excludes2"].is_string());
    EXPECT_TRUE(object["includes"].is_string());
    EXPECT_EQ(detail::attributes_from_json(json), attributes);  // exactly the text the importer wrote
}

TEST(StoreAttributes, DamagedJsonIsASchemaError) {
    try {
        detail::attributes_from_json("[1, 2]");
        FAIL() << "expected Error(schema)";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::schema);
    }
}

TEST(StoreFingerprint, DependsOnOrderAndAddenda) {
    auto hex = [](std::vector<std::uint64_t> digests, bool with_addendum) {
        detail::ReleaseFingerprint fingerprint;
        for (auto digest : digests) fingerprint.add_content(digest);
        if (with_addendum) fingerprint.add_addendum({AddendumAction::add, true, "U072", "s", "l", "m", 1, {}});
        return fingerprint.hex();
    };
    EXPECT_EQ(hex({1, 2, 3}, false).size(), 32u);
    EXPECT_EQ(hex({1, 2, 3}, false), hex({1, 2, 3}, false));
    EXPECT_NE(hex({1, 2, 3}, false), hex({1, 3, 2}, false));
    EXPECT_NE(hex({1, 2, 3}, false), hex({1, 2, 3}, true));
}

TEST(StoreFingerprint, IgnoresWhereAnAddendumCameFrom) {
    auto hex = [](std::string member, std::uint64_t line) {
        detail::ReleaseFingerprint fingerprint;
        fingerprint.add_addendum({AddendumAction::add, true, "U072", "s", "l", std::move(member), line, {}});
        return fingerprint.hex();
    };
    EXPECT_EQ(hex("a.txt", 1), hex("folder/a.txt", 7));
}

TEST(StoreCodeList, AscendingCodesHaveNoDuplicate) {
    detail::CodeList codes;
    for (const char* code : {"A00", "A000", "A001", "B00", "Z99"}) codes.add(code, detail::code_hash(code));
    EXPECT_FALSE(codes.find_duplicate());
}

TEST(StoreCodeList, FindsTheEarliestRepeatInAnyOrder) {
    detail::CodeList codes;
    for (const char* code : {"B00", "A00", "C00", "D00", "C00", "A00", "B00"}) codes.add(code, detail::code_hash(code));
    const auto duplicate = codes.find_duplicate();
    ASSERT_TRUE(duplicate);
    EXPECT_EQ(duplicate->code, "C00");
    EXPECT_EQ(duplicate->first_row, 3u);
    EXPECT_EQ(duplicate->second_row, 5u);
}

TEST(StoreCodeList, ConsecutiveRepeat) {
    detail::CodeList codes;
    for (const char* code : {"A00", "A001", "A001"}) codes.add(code, detail::code_hash(code));
    const auto duplicate = codes.find_duplicate();
    ASSERT_TRUE(duplicate);
    EXPECT_EQ(duplicate->code, "A001");
    EXPECT_EQ(duplicate->first_row, 2u);
    EXPECT_EQ(duplicate->second_row, 3u);
}

TEST(StoreCodeList, EqualHashesAreComparedByText) {
    detail::CodeList codes;
    codes.add("B01", 7);  // forced collisions: different codes, same hash
    codes.add("A01", 7);
    codes.add("C01", 7);
    EXPECT_FALSE(codes.find_duplicate());
    codes.add("A01", 7);
    const auto duplicate = codes.find_duplicate();
    ASSERT_TRUE(duplicate);
    EXPECT_EQ(duplicate->code, "A01");
    EXPECT_EQ(duplicate->first_row, 2u);
    EXPECT_EQ(duplicate->second_row, 4u);
}

TEST(StoreContentIndex, FindsByDigestAndCodeHashAndGrows) {
    detail::ContentIndex index;
    for (std::int64_t id = 1; id <= 5000; ++id)
        index.insert(static_cast<std::uint64_t>(id) * 0x9E3779B97F4A7C15ull, static_cast<std::uint64_t>(id), id);
    EXPECT_EQ(index.size(), 5000u);
    for (std::int64_t id = 1; id <= 5000; ++id)
        ASSERT_EQ(index.find(static_cast<std::uint64_t>(id) * 0x9E3779B97F4A7C15ull, static_cast<std::uint64_t>(id)),
                  id);
    EXPECT_EQ(index.find(0x9E3779B97F4A7C15ull, 2), 0);  // same digest, other code: not the same content
    EXPECT_EQ(index.find(12345, 1), 0);
}

}  // namespace
}  // namespace codeset
