// What changed between two titles, word by word: the longest common subsequence of their words
// (runs of letters and digits, runs of white space, single punctuation marks), so a report marks
// exactly the words removed and added ("Sprain of [left] -> [right] ankle").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace codeset::detail {

enum class WordEdit { same, removed, added };

struct WordPiece {
    WordEdit edit = WordEdit::same;
    std::string text;  // one or more whole tokens; neighbours never share an edit
    bool operator==(const WordPiece&) const = default;
};

// "a", "  ", "b", ",", ...: the tokens word_diff compares, which concatenate back to `text`.
std::vector<std::string_view> diff_tokens(std::string_view text);

// The pieces that read `before` when the added ones are skipped and `after` when the removed ones
// are. Titles past `max_tokens` tokens each are compared as one removed and one added piece.
std::vector<WordPiece> word_diff(std::string_view before, std::string_view after, std::size_t max_tokens = 2000);

}  // namespace codeset::detail
