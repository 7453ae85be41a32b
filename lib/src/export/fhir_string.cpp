#include "export/fhir_string.hpp"

#include <cstdint>
#include <cstring>

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

// Eight bytes at a time (SWAR), so that the long runs of plain text a release is made of are
// checked and copied without a test per byte.
constexpr std::uint64_t ones = 0x0101010101010101ull;
constexpr std::uint64_t highs = 0x8080808080808080ull;
constexpr std::uint64_t zero_byte(std::uint64_t word) { return (word - ones) & ~word & highs; }
constexpr std::uint64_t control_byte(std::uint64_t word) { return (word - ones * 0x20) & ~word & highs; }

// The length of the start of `text` in which no word has a flagged byte; what follows it is
// checked byte by byte by the caller.
template <class FlagsWord>
std::size_t plain_words(std::string_view text, FlagsWord flags) {
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        if (flags(word)) break;
    }
    return i;
}

bool needs_cleaning(std::string_view text) {
    const std::size_t i = plain_words(text, [](std::uint64_t w) { return (w & highs) | control_byte(w); });
    for (const char c : text.substr(i)) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || byte < 0x20) return true;
    }
    return false;
}

bool is_fhir_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && is_fhir_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_fhir_space(text.back())) text.remove_suffix(1);
    return text;
}

}  // namespace

std::string_view fhir_string(std::string_view text, std::string& scratch) {
    if (!needs_cleaning(text)) return trimmed(text);
    scratch = fhir_string(text);
    return scratch;
}

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
    return std::string(trimmed(clean));
}

void append_json_string(std::string& out, std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    std::size_t plain = 0;  // start of the run of characters copied as they are
    const std::size_t words = plain_words(text, [](std::uint64_t w) {
        return control_byte(w) | zero_byte(w ^ (ones * '"')) | zero_byte(w ^ (ones * '\\'));
    });
    for (std::size_t i = words; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(text.data() + plain, i - plain);
        plain = i + 1;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                out += "\\u00";
                out += hex[(c >> 4) & 0xF];
                out += hex[c & 0xF];
        }
    }
    out.append(text.data() + plain, text.size() - plain);
    out += '"';
}

}  // namespace codeset::detail
