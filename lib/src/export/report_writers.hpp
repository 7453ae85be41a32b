// Internal: one writer per change report format, and helpers shared by the writers.
#pragma once

#include "codeset/core/code_system.hpp"
#include "codeset/diff/change_set.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace codeset::detail {

void write_text_report(std::ostream& out, const ChangeSet& changes, const CodeSystem& system);
void write_json_report(std::ostream& out, const ChangeSet& changes, const CodeSystem& system);
void write_csv_report(std::ostream& out, const ChangeSet& changes, const CodeSystem& system);
void write_markdown_report(std::ostream& out, const ChangeSet& changes, const CodeSystem& system);

// One CSV field, quoted as RFC 4180 asks when it holds a comma, a quote or a line break.
inline std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

}  // namespace codeset::detail
