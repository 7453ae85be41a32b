#include "export/word_diff.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace codeset::detail {

namespace {

enum class TokenClass { word, space, mark };

TokenClass token_class(char c) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isspace(u)) return TokenClass::space;
    if (std::isalnum(u) || u >= 0x80) return TokenClass::word;  // UTF-8 letters stay inside their word
    return TokenClass::mark;
}

void append(std::vector<WordPiece>& pieces, WordEdit edit, std::string_view text) {
    if (text.empty()) return;
    if (!pieces.empty() && pieces.back().edit == edit)
        pieces.back().text += text;
    else
        pieces.push_back({edit, std::string(text)});
}

bool blank(std::string_view text) {
    for (const char c : text)
        if (token_class(c) != TokenClass::space) return false;
    return true;
}

// A space kept between two edits splits one replacement into many ("[-a][+x] [-b][+y]"): each run
// of edits with only spaces between them becomes one removed and one added piece.
std::vector<WordPiece> joined_edits(const std::vector<WordPiece>& pieces) {
    std::vector<WordPiece> result;
    std::size_t i = 0;
    while (i < pieces.size()) {
        if (pieces[i].edit == WordEdit::same) {
            append(result, WordEdit::same, pieces[i++].text);
            continue;
        }
        std::size_t end = i;  // one past the last edit of the run
        for (std::size_t k = i; k < pieces.size(); ++k) {
            if (pieces[k].edit != WordEdit::same)
                end = k + 1;
            else if (!blank(pieces[k].text))
                break;
        }
        std::string removed;
        std::string added;
        for (std::size_t k = i; k < end; ++k) {
            if (pieces[k].edit != WordEdit::added) removed += pieces[k].text;
            if (pieces[k].edit != WordEdit::removed) added += pieces[k].text;
        }
        append(result, WordEdit::removed, removed);
        append(result, WordEdit::added, added);
        i = end;
    }
    return result;
}

}  // namespace

std::vector<std::string_view> diff_tokens(std::string_view text) {
    std::vector<std::string_view> tokens;
    std::size_t start = 0;
    while (start < text.size()) {
        const TokenClass kind = token_class(text[start]);
        std::size_t end = start + 1;
        if (kind != TokenClass::mark)
            while (end < text.size() && token_class(text[end]) == kind) ++end;
        tokens.push_back(text.substr(start, end - start));
        start = end;
    }
    return tokens;
}

std::vector<WordPiece> word_diff(std::string_view before, std::string_view after, std::size_t max_tokens) {
    const std::vector<std::string_view> a = diff_tokens(before);
    const std::vector<std::string_view> b = diff_tokens(after);
    std::vector<WordPiece> pieces;
    if (a.size() > max_tokens || b.size() > max_tokens) {
        append(pieces, WordEdit::removed, before);
        append(pieces, WordEdit::added, after);
        return pieces;
    }
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..], in one flat table.
    const std::size_t width = b.size() + 1;
    std::vector<std::uint32_t> lcs((a.size() + 1) * width, 0);
    for (std::size_t i = a.size(); i-- > 0;)
        for (std::size_t j = b.size(); j-- > 0;)
            lcs[i * width + j] = a[i] == b[j] ? lcs[(i + 1) * width + j + 1] + 1
                                              : std::max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i] == b[j]) {
            append(pieces, WordEdit::same, a[i++]);
            ++j;
        } else if (i < a.size() && (j == b.size() || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])) {
            append(pieces, WordEdit::removed, a[i++]);
        } else {
            append(pieces, WordEdit::added, b[j++]);
        }
    }
    return joined_edits(pieces);
}

}  // namespace codeset::detail
