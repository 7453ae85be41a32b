// Internal: the one table the sql writer fills, its columns read from the system's profile: the
// code as users write it (primary key), billable, the two titles, one column per attribute the
// profile declares (dates as DATE, lists and maps as TEXT holding JSON, code references as codes
// are written), and valid_until, which only a `--deleted keep` delta sets. The snapshot and the
// delta share it, so a table a snapshot made takes every delta.
#pragma once

#include "codeset/query/content.hpp"

#include <string>
#include <vector>

namespace codeset::detail {

class SqlTable {
public:
    // Throws Error(usage) for a --table name that cannot be one (sql_table_name).
    SqlTable(const CodeSystem& system, const TableLayout& layout, bool descriptors_withheld);

    const std::string& name() const { return m_name; }  // quoted
    // CREATE TABLE ...; with every column.
    std::string create_statement() const;
    // ("code", "billable", ...): every column a row fills (valid_until left out).
    const std::string& filled_columns() const { return m_filled; }
    // ("A00.0", TRUE, 'Cholera ...', ...) in the order of filled_columns.
    void append_row(std::string& out, const CodeRecord& record) const;
    // 'A00.0'
    void append_code(std::string& out, const std::string& stored_code) const;
    // "long_title" = '...', "billable" = FALSE: the columns whose values differ; empty when none do.
    std::string assignments(const CodeRecord& before, const CodeRecord& after) const;
    // "billable" = excluded."billable", ...: what an upsert of a filled row sets.
    std::string assignments_from_excluded() const;

private:
    enum class Field { code, billable, short_title, long_title, attribute };
    struct Column {
        std::string name;  // quoted
        Field field = Field::attribute;
        const AttributeSpec* attribute = nullptr;  // for Field::attribute
    };
    void append_value(std::string& out, const Column& column, const CodeRecord& record) const;

    const CodeSystem& m_system;
    bool m_withheld;
    std::string m_name;
    std::vector<Column> m_columns;  // the filled ones, code first
    std::string m_filled;
};

inline constexpr std::string_view valid_until_column = "\"valid_until\"";

}  // namespace codeset::detail
