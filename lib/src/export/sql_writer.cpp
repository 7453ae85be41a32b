// The SQL writer: release snapshots and change sets as scripts that run unchanged in PostgreSQL
// (psql) and SQLite (sqlite3): sql_snapshot.cpp creates and fills the table, sql_change_set.cpp
// turns it from one release into another. Portable SQL only: TEXT, BOOLEAN (TRUE/FALSE), DATE
// ('YYYY-MM-DD', text in SQLite), quoted literals and identifiers (sql_literals.hpp).
#include "codeset/export/writer.hpp"
#include "export/content_writers.hpp"

namespace codeset::detail {

const Writer& sql_writer() {
    static const Writer writer{.name = "sql",
                               .extension = "sql",
                               .aliases = {},
                               .change_set = write_sql_change_set,
                               .snapshot = write_sql_snapshot};
    return writer;
}

}  // namespace codeset::detail
