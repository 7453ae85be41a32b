#include "export/sql_table.hpp"

#include "codeset/core/error.hpp"
#include "export/sql_literals.hpp"

#include <array>

namespace codeset::detail {

namespace {

// The columns every table has; no attribute may take their names.
constexpr std::array<std::string_view, 5> fixed_columns = {"code", "billable", "short_title", "long_title",
                                                           "valid_until"};

std::string_view column_type(const AttributeSpec& spec) { return spec.type == AttributeType::date ? "DATE" : "TEXT"; }

}  // namespace

SqlTable::SqlTable(const CodeSystem& system, const TableLayout& layout, bool descriptors_withheld)
    : m_system(system), m_withheld(descriptors_withheld), m_name(sql_table_name(layout, system)) {
    m_columns = {{sql_identifier("code"), Field::code},
                 {sql_identifier("billable"), Field::billable},
                 {sql_identifier("short_title"), Field::short_title},
                 {sql_identifier("long_title"), Field::long_title}};
    for (const AttributeSpec& spec : system.attributes) {
        for (const std::string_view fixed : fixed_columns)
            if (spec.name == fixed)
                throw Error(ErrorCode::unsupported, "the " + std::string(system.name) + " attribute " +
                                                        std::string(spec.name) + " has the name of a fixed SQL column");
        m_columns.push_back({sql_identifier(spec.name), Field::attribute, &spec});
    }
    m_filled = "(";
    for (const Column& column : m_columns) m_filled += (m_filled.size() > 1 ? ", " : "") + column.name;
    m_filled += ')';
}

std::string SqlTable::create_statement() const {
    std::string sql = "CREATE TABLE " + m_name + " (\n";
    sql += "  \"code\" TEXT NOT NULL PRIMARY KEY,\n";
    sql += "  \"billable\" BOOLEAN NOT NULL,\n";
    sql += "  \"short_title\" TEXT,\n";
    sql += "  \"long_title\" TEXT,\n";
    for (const Column& column : m_columns)
        if (column.attribute) sql += "  " + column.name + ' ' + std::string(column_type(*column.attribute)) + ",\n";
    sql += "  " + std::string(valid_until_column) + " DATE\n);\n";
    return sql;
}

void SqlTable::append_code(std::string& out, const std::string& stored_code) const {
    append_sql_literal(out, m_system.display(stored_code));
}

void SqlTable::append_value(std::string& out, const Column& column, const CodeRecord& record) const {
    switch (column.field) {
        case Field::code: return append_code(out, record.code);
        case Field::billable: out += record.billable ? "TRUE" : "FALSE"; return;
        case Field::short_title: return append_sql_text(out, m_withheld ? nullptr : &record.short_title);
        case Field::long_title: return append_sql_text(out, m_withheld ? nullptr : &record.long_title);
        case Field::attribute: break;
    }
    const std::string* value = record.attribute(column.attribute->name);
    if (value && column.attribute->type == AttributeType::code_ref)
        append_sql_literal(out, m_system.display(*value));
    else
        append_sql_text(out, value);
}

void SqlTable::append_row(std::string& out, const CodeRecord& record) const {
    out += '(';
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (i) out += ", ";
        append_value(out, m_columns[i], record);
    }
    out += ')';
}

std::string SqlTable::assignments(const CodeRecord& before, const CodeRecord& after) const {
    std::string set;
    for (std::size_t i = 1; i < m_columns.size(); ++i) {
        const Column& column = m_columns[i];
        std::string old_value;
        std::string new_value;
        append_value(old_value, column, before);
        append_value(new_value, column, after);
        if (old_value == new_value) continue;
        set += (set.empty() ? "" : ", ") + column.name + " = " + new_value;
    }
    return set;
}

std::string SqlTable::assignments_from_excluded() const {
    std::string set;
    for (std::size_t i = 1; i < m_columns.size(); ++i)
        set += (set.empty() ? "" : ", ") + m_columns[i].name + " = excluded." + m_columns[i].name;
    return set;
}

}  // namespace codeset::detail
