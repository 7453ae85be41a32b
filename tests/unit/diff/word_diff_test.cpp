// The word-level diff of titles (export/word_diff.hpp), the HTML escaping and the SVG chart the
// HTML report is made of.
#include "export/html_escape.hpp"
#include "export/svg_chart.hpp"
#include "export/word_diff.hpp"

#include <gtest/gtest.h>

namespace codeset::detail {
namespace {

std::string side(const std::vector<WordPiece>& pieces, WordEdit skipped) {
    std::string text;
    for (const WordPiece& piece : pieces)
        if (piece.edit != skipped) text += piece.text;
    return text;
}

TEST(WordDiff, MarksExactlyTheWordsThatChanged) {
    const auto pieces = word_diff("Sprain of left ankle", "Sprain of right ankle");
    EXPECT_EQ(pieces, (std::vector<WordPiece>{{WordEdit::same, "Sprain of "},
                                              {WordEdit::removed, "left"},
                                              {WordEdit::added, "right"},
                                              {WordEdit::same, " ankle"}}));
}

TEST(WordDiff, AddedAndRemovedWordsAndPunctuation) {
    EXPECT_EQ(word_diff("Paratyphoid fever A", "Paratyphoid fever A, unspecified"),
              (std::vector<WordPiece>{{WordEdit::same, "Paratyphoid fever A"}, {WordEdit::added, ", unspecified"}}));
    EXPECT_EQ(word_diff("Other specified disorders of bone", "Other disorders of bone"),
              (std::vector<WordPiece>{{WordEdit::same, "Other "}, {WordEdit::removed, "specified "},
                                      {WordEdit::same, "disorders of bone"}}));
    EXPECT_EQ(word_diff("same", "same"), (std::vector<WordPiece>{{WordEdit::same, "same"}}));
    EXPECT_EQ(word_diff("", "new"), (std::vector<WordPiece>{{WordEdit::added, "new"}}));
    EXPECT_TRUE(word_diff("", "").empty());
}

TEST(WordDiff, ARewordingIsOneReplacementNotAWordSalad) {
    // Only spaces in common between the edits: one removed and one added piece.
    EXPECT_EQ(word_diff("Acute on chronic", "Unspecified new form"),
              (std::vector<WordPiece>{{WordEdit::removed, "Acute on chronic"}, {WordEdit::added, "Unspecified new form"}}));
}

TEST(WordDiff, BothSidesReadBackAndLongTitlesAreOnePiece) {
    const std::string before = "Type 2 diabetes mellitus with ketoacidosis without coma";
    const std::string after = "Type 2 diabetes mellitus with hyperosmolarity with coma, \"invented\"";
    const auto pieces = word_diff(before, after);
    EXPECT_EQ(side(pieces, WordEdit::added), before);
    EXPECT_EQ(side(pieces, WordEdit::removed), after);
    EXPECT_EQ(word_diff("a b c", "a b d", 3),
              (std::vector<WordPiece>{{WordEdit::removed, "a b c"}, {WordEdit::added, "a b d"}}));
    EXPECT_EQ(diff_tokens("Café,  au-lait"), (std::vector<std::string_view>{"Café", ",", "  ", "au", "-", "lait"}));
}

TEST(HtmlEscape, EveryMarkupCharacterBecomesAnEntity) {
    EXPECT_EQ(html_escape(R"(<b>"Tom" & 'Jerry'</b>)"), "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;");
    EXPECT_EQ(html_escape("plain"), "plain");
}

TEST(SvgChart, OneBarPerRowScaledToTheLargestWithEscapedTitles) {
    const std::string svg = svg_bar_chart({{"Added", "added"}, {"Deleted", "deleted"}},
                                          {{"1", "Fish & <chips>", "chapter-1", {30, 10}}, {"2", "", "", {20, 0}}});
    EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
    EXPECT_NE(svg.find("Fish &amp; &lt;chips&gt;"), std::string::npos);
    EXPECT_EQ(svg.find("<chips>"), std::string::npos);
    EXPECT_NE(svg.find("<a href=\"#chapter-1\">"), std::string::npos);
    EXPECT_NE(svg.find("width=\"390.0\""), std::string::npos);  // 30 of the largest total 40
    EXPECT_NE(svg.find("width=\"260.0\""), std::string::npos);  // 20 of 40
    EXPECT_NE(svg.find(">40</text>"), std::string::npos);
    EXPECT_EQ(svg_bar_chart({{"Added", "added"}}, {}), "");
}

}  // namespace
}  // namespace codeset::detail
