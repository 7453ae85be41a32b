#include "common/line_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace codeset::importers {
namespace {

std::vector<std::string> all_lines(std::string_view data, std::size_t buffer = 64 * 1024,
                                   std::size_t chunk = SIZE_MAX) {
    MemoryStream stream(data, chunk);
    LineReader reader(stream, Location{"f.txt", "", 0, 0}, buffer);
    std::vector<std::string> lines;
    std::string_view line;
    while (reader.next(line)) {
        lines.emplace_back(line);
        EXPECT_EQ(reader.line_number(), lines.size());
    }
    EXPECT_EQ(reader.bytes_consumed(), data.size());
    return lines;
}

TEST(LineReader, SplitsCrlfAndLfLines) {
    EXPECT_EQ(all_lines("a\r\nbb\r\n"), (std::vector<std::string>{"a", "bb"}));
    EXPECT_EQ(all_lines("a\nbb\n"), (std::vector<std::string>{"a", "bb"}));
    EXPECT_EQ(all_lines("a\r\nbb\nccc\r\n"), (std::vector<std::string>{"a", "bb", "ccc"}));
}

TEST(LineReader, CountsLineEndings) {
    MemoryStream stream("a\r\nb\nc\r\nd");
    LineReader reader(stream);
    std::string_view line;
    while (reader.next(line)) {
    }
    EXPECT_EQ(reader.crlf_lines(), 2u);
    EXPECT_EQ(reader.lf_lines(), 1u);
    EXPECT_EQ(reader.line_number(), 4u);
}

TEST(LineReader, ReturnsALastLineWithoutNewline) {
    EXPECT_EQ(all_lines("a\nlast"), (std::vector<std::string>{"a", "last"}));
}

TEST(LineReader, KeepsBlankLinesAndStopsAtTheEnd) {
    EXPECT_EQ(all_lines("a\r\n\r\n\n"), (std::vector<std::string>{"a", "", ""}));
    EXPECT_TRUE(all_lines("").empty());
}

TEST(LineReader, KeepsACarriageReturnThatDoesNotEndTheLine) {
    EXPECT_EQ(all_lines("a\rb\r\n"), (std::vector<std::string>{"a\rb"}));
}

TEST(LineReader, SkipsAByteOrderMarkOnTheFirstLineOnly) {
    EXPECT_EQ(all_lines("\xEF\xBB\xBFone\n\xEF\xBB\xBFtwo\n"), (std::vector<std::string>{"one", "\xEF\xBB\xBFtwo"}));
}

TEST(LineReader, HandlesLinesAcrossBufferBoundariesAndShortReads) {
    std::string data;
    std::vector<std::string> expected;
    for (int i = 0; i < 200; ++i) {
        expected.push_back(std::string(std::size_t(i % 37), char('a' + i % 26)) + std::to_string(i));
        data += expected.back() + (i % 3 ? "\r\n" : "\n");
    }
    EXPECT_EQ(all_lines(data, 16, 7), expected);
    EXPECT_EQ(all_lines(data, 16, 1), expected);
    EXPECT_EQ(all_lines(data, 64), expected);
}

TEST(LineReader, GrowsForALongLineThenRefusesBeyondTheLimit) {
    const std::string long_line(100, 'x');
    EXPECT_EQ(all_lines(long_line + "\n", 16), std::vector<std::string>{long_line});

    const std::string data = "ok\n" + std::string(300, 'y') + "\n";
    MemoryStream stream(data);
    LineReader reader(stream, Location{"big.txt", "", 0, 0}, 16, 256);
    std::string_view line;
    ASSERT_TRUE(reader.next(line));
    try {
        reader.next(line);
        FAIL() << "expected a ParseError";
    } catch (const ParseError& error) {
        EXPECT_EQ(error.where().line, 2u);
        EXPECT_STREQ(error.what(),
                     "big.txt, line 2: expected lines ending in LF or CRLF, found a line longer than 256 bytes "
                     "(not a text file?)");
    }
}

TEST(LineReader, LocatesColumnsOfTheCurrentLine) {
    MemoryStream stream("a\nb\n");
    LineReader reader(stream, Location{"r.zip", "m.txt", 0, 0});
    std::string_view line;
    reader.next(line);
    reader.next(line);
    const Location at = reader.at(15);
    EXPECT_EQ(at.file, "r.zip");
    EXPECT_EQ(at.member, "m.txt");
    EXPECT_EQ(at.line, 2u);
    EXPECT_EQ(at.column, 15u);
}

}  // namespace
}  // namespace codeset::importers
