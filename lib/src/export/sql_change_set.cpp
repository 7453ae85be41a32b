// A change set as an SQL script: one transaction that turns the table holding `from` (as the
// snapshot wrote it) into exactly the table holding `to`. Each code's changes are merged (a flag
// flip is two changes of one code) and its state before and after compared column by column:
// a code only `to` has is INSERTed, one both have gets one UPDATE of the columns that differ
// (titles, the flag, attributes), one only `from` has is DELETEd or, with --deleted keep, given
// valid_until = the date `to` comes into force; then a code added back later is an upsert that
// clears it. What the diff does not compare (a companion file only one release was read with) is
// left as it is.
#include "export/content_writers.hpp"
#include "export/sql_literals.hpp"
#include "export/sql_table.hpp"

#include <ostream>

namespace codeset::detail {

namespace {

struct Statements {
    std::vector<const CodeRecord*> inserted;
    std::vector<std::pair<const std::string*, std::string>> updated;  // code, assignments
    std::vector<const std::string*> removed;
};

Statements statements_of(const ChangeSet& changes, const SqlTable& table) {
    Statements statements;
    for (std::size_t i = 0; i < changes.changes.size();) {
        const std::string& code = changes.changes[i].code;
        const CodeRecord* before = nullptr;
        const CodeRecord* after = nullptr;
        for (; i < changes.changes.size() && changes.changes[i].code == code; ++i) {
            const Change& change = changes.changes[i];
            if (!before && change.before) before = &*change.before;
            if (!after && change.after) after = &*change.after;
        }
        if (!after)
            statements.removed.push_back(&code);
        else if (!before)
            statements.inserted.push_back(after);
        else if (std::string set = table.assignments(*before, *after); !set.empty())
            statements.updated.emplace_back(&code, std::move(set));
    }
    return statements;
}

}  // namespace

void write_sql_change_set(std::ostream& out, const ChangeSetContent& content) {
    const CodeSystem& system = *content.system;
    const ChangeSet& changes = content.changes;
    const SqlTable table(system, content.table, content.descriptors_withheld);
    const bool keep = content.table.deleted == TableLayout::Deleted::keep;
    const Statements statements = statements_of(changes, table);
    const std::string removal = keep ? "end-dated " + content.to_effective.to_string() : std::string("deleted");

    std::string sql = sql_comment(std::string(system.title) + " " + changes.from + " -> " + changes.to +
                                  ": turns table " + table.name() + " holding " + changes.from + " into " +
                                  changes.to + ".\n" + std::to_string(statements.inserted.size()) + " rows inserted, " +
                                  std::to_string(statements.updated.size()) + " updated, " +
                                  std::to_string(statements.removed.size()) + " " + removal + ".\n" +
                                  sql_script_usage);
    if (!changes.without_companion.empty())
        sql += sql_comment(changes.without_companion + " was read without the " + std::string(system.companion) +
                           ": what that file writes is neither compared nor changed.");
    if (content.descriptors_withheld) sql += sql_comment(system.licence.notice);
    sql += "BEGIN;\n";

    for (std::size_t i = 0; i < statements.removed.size(); ++i) {
        if (i % sql_rows_per_statement == 0)
            sql += keep ? "UPDATE " + table.name() + " SET " + std::string(valid_until_column) + " = " +
                              sql_literal(content.to_effective.to_string()) + " WHERE \"code\" IN ("
                        : "DELETE FROM " + table.name() + " WHERE \"code\" IN (";
        table.append_code(sql, *statements.removed[i]);
        const bool last = i + 1 == statements.removed.size() || (i + 1) % sql_rows_per_statement == 0;
        sql += last ? ");\n" : ", ";
    }
    for (const auto& [code, set] : statements.updated) {
        sql += "UPDATE " + table.name() + " SET " + set + " WHERE \"code\" = ";
        table.append_code(sql, *code);
        sql += ";\n";
    }
    const std::string upsert = keep ? " ON CONFLICT (\"code\") DO UPDATE SET " + table.assignments_from_excluded() +
                                          ", " + std::string(valid_until_column) + " = NULL"
                                    : std::string();
    for (std::size_t i = 0; i < statements.inserted.size(); ++i) {
        if (i % sql_rows_per_statement == 0) sql += "INSERT INTO " + table.name() + ' ' + table.filled_columns() + " VALUES\n";
        table.append_row(sql, *statements.inserted[i]);
        const bool last = i + 1 == statements.inserted.size() || (i + 1) % sql_rows_per_statement == 0;
        sql += last ? upsert + ";\n" : ",\n";
    }
    sql += "COMMIT;\n";
    out << sql;
}

}  // namespace codeset::detail
