#include "export/fhir_string.hpp"

#include <cstdint>

namespace codeset::detail {

namespace {

// What JavaScript's \s matches besides space, tab, CR and LF (which FHIR allows): the
// characters a FHIR string must not hold.
bool rejected_space(std::uint32_t c) {
    return c == 0x0B || c == 0x0C || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// The code point of the UTF-8 sequence at `i` and its length; length 0 when it is not UTF-8.
std::uint32_t decode(std::string_view text, std::size_t i, std::size_t& length) {
    const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
    const std::uint8_t lead = byte(i);
    length = 0;
    std::size_t size = 0;
    std::uint32_t c = 0;
    if (lead < 0x80) { length = 1; return lead; }
    if (lead >= 0xC2 && lead <= 0xDF) { size = 2; c = lead & 0x1Fu; }
    else if (lead >= 0xE0 && lead <= 0xEF) { size = 3; c = lead & 0x0Fu; }
    else if (lead >= 0xF0 && lead <= 0xF4) { size = 4; c = lead & 0x07u; }
    else return 0;
    if (i + size > text.size()) return 0;
    for (std::size_t k = 1; k < size; ++k) {
        if ((byte(i + k) & 0xC0u) != 0x80u) return 0;
        c = (c << 6) | (byte(i + k) & 0x3Fu);
    }
    const bool overlong = (size == 3 && c < 0x800) || (size == 4 && c < 0x10000);
    if (overlong || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    length = size;
    return c;
}

}  // namespace

std::string fhir_string(std::string_view text) {
    std::string clean;
    clean.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 0;
        const std::uint32_t c = decode(text, i, length);
        if (length == 0) {
            clean += "\xEF\xBF\xBD";  // U+FFFD
            ++i;
            continue;
        }
        const bool control = c < 0x20 && c != '\t' && c != '\r' && c != '\n';
        if (control || rejected_space(c)) clean += ' ';
        else clean.append(text.substr(i, length));
        i += length;
    }
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    std::size_t begin = 0;
    std::size_t end = clean.size();
    while (begin < end && is_space(clean[begin])) ++begin;
    while (end > begin && is_space(clean[end - 1])) --end;
    return clean.substr(begin, end - begin);
}

void append_json_string(std::string& out, std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    out += "\\u00";
                    out += hex[(c >> 4) & 0xF];
                    out += hex[c & 0xF];
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

}  // namespace codeset::detail
