#include "codeset/core/attribute_values.hpp"

#include <gtest/gtest.h>

namespace codeset {
namespace {

using Items = std::vector<std::string>;

TEST(AttributeValues, ListsRoundTrip) {
    for (const Items& items : {Items{}, Items{"one"}, Items{"cholera due to \"Vibrio\"", "second, with a comma"}})
        EXPECT_EQ(decode_list(encode_list(items)), items);
    EXPECT_EQ(encode_list({"a", "b"}), R"(["a","b"])");
}

TEST(AttributeValues, TextThatIsNotAListIsOneItem) {
    EXPECT_EQ(decode_list("plain text"), Items{"plain text"});
    EXPECT_EQ(decode_list("[1, 2]"), Items{"[1, 2]"});
    EXPECT_EQ(decode_list("[\"unclosed"), Items{"[\"unclosed"});
    EXPECT_EQ(decode_list(""), Items{});
}

TEST(AttributeValues, ListAttributeOfARecord) {
    CodeRecord record;
    record.attributes = {{"excludes1", encode_list({"x", "y"})}};
    EXPECT_EQ(list_attribute(record, "excludes1"), (Items{"x", "y"}));
    EXPECT_EQ(list_attribute(record, "excludes2"), Items{});
}

}  // namespace
}  // namespace codeset
