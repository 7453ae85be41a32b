// Fixed-width field extraction: columns are 1-based and inclusive, as in the CMS record layouts.
// Lines shorter than a field give the part that is there (possibly empty), never an error.
#pragma once

#include <cstddef>
#include <string_view>

namespace codeset::importers {

inline constexpr std::size_t to_end = std::string_view::npos;

inline constexpr bool is_blank(char c) noexcept { return c == ' ' || c == '\t'; }

// Columns first..last of a line (1-based, inclusive); last = to_end: to the end of the line.
inline constexpr std::string_view columns(std::string_view line, std::size_t first,
                                          std::size_t last = to_end) noexcept {
    if (first == 0 || first > line.size()) return {};
    const std::size_t count = last == to_end ? to_end : (last >= first ? last - first + 1 : 0);
    return line.substr(first - 1, count);
}

// The character in a column (1-based), or '\0' past the end of the line.
inline constexpr char column(std::string_view line, std::size_t at) noexcept {
    return at >= 1 && at <= line.size() ? line[at - 1] : '\0';
}

inline constexpr std::string_view trim_right(std::string_view text) noexcept {
    std::size_t end = text.size();
    while (end > 0 && is_blank(text[end - 1])) --end;
    return text.substr(0, end);
}

inline constexpr std::string_view trim_left(std::string_view text) noexcept {
    std::size_t start = 0;
    while (start < text.size() && is_blank(text[start])) ++start;
    return text.substr(start);
}

inline constexpr std::string_view trim(std::string_view text) noexcept { return trim_left(trim_right(text)); }

// A field with its padding removed: columns first..last, trailing blanks trimmed.
inline constexpr std::string_view field(std::string_view line, std::size_t first, std::size_t last = to_end) noexcept {
    return trim_right(columns(line, first, last));
}

}  // namespace codeset::importers
