// Internal: SQL text that PostgreSQL (standard_conforming_strings on, the default since 9.1) and
// SQLite both read the same way. Every value is a quoted literal and every name a double-quoted
// identifier, so no title or attribute value can end a statement or name a keyword.
#pragma once

#include "codeset/query/content.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace codeset::detail {

// 'It''s' : single quotes doubled, everything else (backslashes, non-ASCII) as it is.
void append_sql_literal(std::string& out, std::string_view text);
std::string sql_literal(std::string_view text);
// A text value or NULL.
void append_sql_text(std::string& out, const std::string* text);
// "name" : double quotes doubled.
std::string sql_identifier(std::string_view name);

// The table a layout names, quoted: "icd10cm" or "codes"."icd10cm". An empty name is the system's.
// Throws Error(usage) for a name that cannot be a table name in both databases: one or two parts
// (schema.table) of lowercase letters, digits and _, not starting with a digit, at most 63
// characters each (PostgreSQL's limit), and not in SQLite's reserved sqlite_ space.
std::string sql_table_name(const TableLayout& layout, const CodeSystem& system);

// Comment lines: "-- " before each line of `text`, so no value can leave the comment.
std::string sql_comment(std::string_view text);

}  // namespace codeset::detail
