#include "codeset/diff/diff.hpp"

namespace codeset {

namespace {

bool blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Advances past one word; returns it without surrounding blanks.
std::string_view next_word(std::string_view& text) {
    std::size_t start = 0;
    while (start < text.size() && blank(text[start])) ++start;
    std::size_t end = start;
    while (end < text.size() && !blank(text[end])) ++end;
    const std::string_view word = text.substr(start, end - start);
    text.remove_prefix(end);
    return word;
}

}  // namespace

bool same_but_whitespace(std::string_view a, std::string_view b) {
    for (;;) {
        const std::string_view word_a = next_word(a);
        const std::string_view word_b = next_word(b);
        if (word_a != word_b) return false;
        if (word_a.empty()) return true;
    }
}

}  // namespace codeset
