// Writing CSV fields as RFC 4180 asks: every CSV writer of codeset (exports, reports, validate)
// quotes a field the same way, the way CsvReader reads it back.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace codeset {

// Appends `text` as one field: quoted, inner quotes doubled, when it holds a comma, a quote or a
// line break. Checked in one pass (find_first_of would scan the set once per character): the
// writers call this for every field of millions of rows.
inline void append_csv_field(std::string& out, std::string_view text) {
    if (std::none_of(text.begin(), text.end(), [](char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; })) {
        out.append(text);
        return;
    }
    out.push_back('"');
    for (const char c : text) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

inline std::string csv_field(std::string_view text) {
    std::string field;
    append_csv_field(field, text);
    return field;
}

}  // namespace codeset
