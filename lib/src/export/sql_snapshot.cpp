// A release as an SQL script: one transaction that creates the table (sql_table.hpp) and fills it,
// in order-file order, with multi-row INSERTs. It refuses to run over an existing table rather
// than drop one: a table a delta keeps up to date is loaded once.
#include "export/content_writers.hpp"
#include "export/sql_literals.hpp"
#include "export/sql_table.hpp"

#include <ostream>

namespace codeset::detail {

void write_sql_snapshot(std::ostream& out, const SnapshotContent& content) {
    const CodeSystem& system = *content.system;
    const SqlTable table(system, content.table, content.descriptors_withheld);
    const ReleaseInfo& info = content.release.info;

    std::string sql = sql_comment(std::string(system.title) + " " + info.version + ", in force from " +
                                  info.effective.to_string() + ": " + std::to_string(content.codes.size()) +
                                  " codes into table " + table.name() + ".\n" + sql_script_usage);
    if (content.descriptors_withheld) sql += sql_comment(system.licence.notice);
    sql += "BEGIN;\n" + table.create_statement();
    std::size_t rows = 0;  // in the INSERT being written
    content.codes.for_each([&](const CodeRecord& record) {
        if (rows == sql_rows_per_statement) {
            sql += ";\n";
            rows = 0;
        }
        sql += rows == 0 ? "INSERT INTO " + table.name() + ' ' + table.filled_columns() + " VALUES\n" : ",\n";
        table.append_row(sql, record);
        ++rows;
        if (sql.size() > (1u << 20)) {
            out << sql;
            sql.clear();
        }
    });
    if (rows > 0) sql += ";\n";
    sql += "COMMIT;\n";
    out << sql;
}

}  // namespace codeset::detail
