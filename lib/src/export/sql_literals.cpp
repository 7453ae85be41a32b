#include "export/sql_literals.hpp"

#include "codeset/core/error.hpp"

namespace codeset::detail {

namespace {

constexpr std::size_t longest_name = 63;  // PostgreSQL's NAMEDATALEN - 1

bool plain_name(std::string_view part) {
    if (part.empty() || part.size() > longest_name || (part[0] >= '0' && part[0] <= '9')) return false;
    if (part.starts_with("sqlite_")) return false;
    for (const char c : part)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

}  // namespace

void append_sql_literal(std::string& out, std::string_view text) {
    out += '\'';
    for (std::size_t start = 0;;) {
        const std::size_t quote = text.find('\'', start);
        if (quote == std::string_view::npos) {
            out.append(text.substr(start));
            break;
        }
        out.append(text.substr(start, quote + 1 - start));
        out += '\'';
        start = quote + 1;
    }
    out += '\'';
}

std::string sql_literal(std::string_view text) {
    std::string out;
    append_sql_literal(out, text);
    return out;
}

void append_sql_text(std::string& out, const std::string* text) {
    if (text)
        append_sql_literal(out, *text);
    else
        out += "NULL";
}

std::string sql_identifier(std::string_view name) {
    std::string out = "\"";
    for (const char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string sql_table_name(const TableLayout& layout, const CodeSystem& system) {
    const std::string_view name = layout.name.empty() ? system.name : std::string_view(layout.name);
    const std::size_t dot = name.find('.');
    const std::string_view schema = dot == std::string_view::npos ? std::string_view() : name.substr(0, dot);
    const std::string_view table = dot == std::string_view::npos ? name : name.substr(dot + 1);
    if (!plain_name(table) || (dot != std::string_view::npos && !plain_name(schema)))
        throw Error(ErrorCode::usage, "--table " + std::string(name) +
                                          ": a table name is lowercase letters, digits and _ (not first a digit, at "
                                          "most 63, not sqlite_...), optionally after a schema name and a dot");
    return dot == std::string_view::npos ? sql_identifier(table) : sql_identifier(schema) + '.' + sql_identifier(table);
}

std::string sql_comment(std::string_view text) {
    std::string out;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        out += "-- ";
        out.append(text.substr(start, end - start));
        out += '\n';
        start = end + 1;
    }
    return out;
}

}  // namespace codeset::detail
