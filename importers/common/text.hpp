// Small text helpers shared by the importers: quoting what was found for error messages,
// and keeping titles valid UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace codeset::importers {

// 'X' for a printable character; '\x09' style for the rest; "end of line" for '\0' past the end.
std::string quote_char(char c);
// 'text' with control and non-ASCII bytes escaped, cut after `limit` characters ("...").
std::string quote_text(std::string_view text, std::size_t limit = 40);

// True when every byte is ASCII (the usual case for CMS files; cheap to check).
bool is_ascii(std::string_view text) noexcept;
bool is_valid_utf8(std::string_view text) noexcept;
// Leaves valid UTF-8 alone; otherwise reads the bytes as Windows-1252 and re-encodes them as
// UTF-8. Returns true when it converted.
bool make_utf8(std::string& text);
// make_utf8 of both titles of a record (each converted, whichever needed it); true when either did.
inline bool make_titles_utf8(std::string& short_title, std::string& long_title) {
    const bool short_converted = make_utf8(short_title);
    const bool long_converted = make_utf8(long_title);
    return short_converted || long_converted;
}

// Lower-case ASCII copy.
std::string to_lower(std::string_view text);
// Upper-cases ASCII letters in place.
void to_upper_in_place(std::string& text) noexcept;

}  // namespace codeset::importers
