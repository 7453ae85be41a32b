#include "common/text.hpp"

#include <cstdint>
#include <cstdio>

namespace codeset::importers {

namespace {

bool printable(unsigned char c) { return c >= 0x20 && c < 0x7F; }

std::string escaped(unsigned char c) {
    char text[8];
    std::snprintf(text, sizeof text, "\\x%02X", c);
    return text;
}

// Windows-1252 code points for bytes 0x80-0x9F (0 where the code page leaves a hole: kept as is).
constexpr std::uint16_t cp1252_high[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                           0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                           0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                           0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_utf8(std::string& out, std::uint32_t code_point) {
    if (code_point < 0x80) {
        out += char(code_point);
    } else if (code_point < 0x800) {
        out += char(0xC0 | (code_point >> 6));
        out += char(0x80 | (code_point & 0x3F));
    } else {
        out += char(0xE0 | (code_point >> 12));
        out += char(0x80 | ((code_point >> 6) & 0x3F));
        out += char(0x80 | (code_point & 0x3F));
    }
}

}  // namespace

std::string quote_char(char c) {
    if (c == '\0') return "end of line";
    const auto byte = static_cast<unsigned char>(c);
    if (c == ' ') return "a blank";
    return "'" + (printable(byte) ? std::string(1, c) : escaped(byte)) + "'";
}

std::string quote_text(std::string_view text, std::size_t limit) {
    std::string out = "'";
    std::size_t shown = 0;
    for (char c : text) {
        if (shown++ == limit) {
            out += "...";
            break;
        }
        const auto byte = static_cast<unsigned char>(c);
        out += printable(byte) ? std::string(1, c) : escaped(byte);
    }
    return out + "'";
}

bool is_ascii(std::string_view text) noexcept {
    unsigned char any = 0;
    for (char c : text) any |= static_cast<unsigned char>(c);
    return (any & 0x80) == 0;
}

bool is_valid_utf8(std::string_view text) noexcept {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        std::uint32_t code_point = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            code_point = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            code_point = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            code_point = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= text.size()) return false;
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) return false;
            code_point = (code_point << 6) | (next & 0x3F);
        }
        // Overlong forms, surrogates, beyond U+10FFFF.
        if ((extra == 2 && code_point < 0x800) || (extra == 3 && code_point < 0x10000) ||
            (code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF)
            return false;
        i += extra + 1;
    }
    return true;
}

bool make_utf8(std::string& text) {
    if (is_ascii(text) || is_valid_utf8(text)) return false;
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80) {
            out += c;
        } else if (byte < 0xA0 && cp1252_high[byte - 0x80] != 0) {
            append_utf8(out, cp1252_high[byte - 0x80]);
        } else {
            append_utf8(out, byte);
        }
    }
    text = std::move(out);
    return true;
}

std::string to_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

void to_upper_in_place(std::string& text) noexcept {
    for (char& c : text)
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
}

}  // namespace codeset::importers
