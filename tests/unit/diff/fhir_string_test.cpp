// FHIR strings and JSON escapes, checked eight bytes at a time: every special byte at every
// position of a long text is found, and plain text passes through as a view.
#include "export/fhir_string.hpp"

#include <gtest/gtest.h>

#include <string>

namespace codeset::detail {
namespace {

std::string json_quoted(std::string_view text) {
    std::string out;
    append_json_string(out, text);
    return out;
}

TEST(FhirString, PlainTextIsAViewTrimmed) {
    std::string scratch;
    const std::string text = "  Cholera due to Vibrio cholerae 01, biovar cholerae ";
    const std::string_view value = fhir_string(text, scratch);
    EXPECT_EQ(value, "Cholera due to Vibrio cholerae 01, biovar cholerae");
    EXPECT_TRUE(scratch.empty());
    EXPECT_GE(value.data(), text.data());
    EXPECT_LT(value.data(), text.data() + text.size());
}

TEST(FhirString, EverySpecialByteAtEveryPositionIsCleaned) {
    const std::string base(40, 'a');
    for (std::size_t at = 0; at < base.size(); ++at) {
        std::string text = base;
        text.replace(at, 1, "\xC2\xA0");  // a no-break space, two bytes
        std::string scratch;
        std::string expected = base;
        expected[at] = ' ';  // then trimmed at either end
        if (at == 0) expected.erase(0, 1);
        if (at + 1 == base.size()) expected.pop_back();
        EXPECT_EQ(fhir_string(text, scratch), expected) << "at " << at;
        EXPECT_EQ(fhir_string(text, scratch), fhir_string(text)) << "at " << at;

        text = base;
        text[at] = '\x01';
        EXPECT_EQ(fhir_string(text, scratch), fhir_string(text)) << "control at " << at;
        EXPECT_EQ(fhir_string(text, scratch).find('\x01'), std::string_view::npos) << "control at " << at;
    }
}

TEST(JsonString, EveryEscapeAtEveryPosition) {
    const std::string base(33, 'b');
    for (std::size_t at = 0; at < base.size(); ++at)
        for (const auto& [byte, escape] :
             {std::pair<char, std::string>{'"', "\\\""}, {'\\', "\\\\"}, {'\n', "\\n"}, {'\x1f', "\\u001f"}}) {
            std::string text = base;
            text[at] = byte;
            EXPECT_EQ(json_quoted(text), "\"" + base.substr(0, at) + escape + base.substr(at + 1) + "\"") << "at " << at;
        }
    EXPECT_EQ(json_quoted("caf\xC3\xA9 \"x\""), "\"caf\xC3\xA9 \\\"x\\\"\"");
    EXPECT_EQ(json_quoted(""), "\"\"");
}

}  // namespace
}  // namespace codeset::detail
