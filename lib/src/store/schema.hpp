// Opening a store file: recognising it, refusing what is not ours or too new, applying the
// embedded migrations in order and setting the connection's pragmas.
#pragma once

#include "sqlite/database.hpp"
#include "store/migrations.hpp"

#include <cstdint>
#include <vector>

namespace codeset::detail {

// PRAGMA application_id of a codeset store ("CSST"), set by 0001_init.sql.
inline constexpr std::int64_t store_application_id = 0x43535354;

// Page size of new stores: 16 KiB pages make the bulk import of a release ~10% faster than
// SQLite's default 4 KiB, for the same file size.
inline constexpr std::int64_t store_page_size = 16384;

// Sets the page size of a file that has no page yet (a new store); does nothing otherwise.
void prepare_new_file(Database& db);

// Brings `db` to the newest of `migrations` (sorted by version, numbered from 1) and returns the
// schema version. Throws Error(schema) for a store newer than the newest migration, or for an
// SQLite file that is not a codeset store; Error(io) for a file that is not an SQLite database.
int migrate(Database& db, const std::vector<Migration>& migrations);

// Checks, without writing, that `db` is a codeset store at the newest of `migrations`, for a
// connection that only reads. Throws Error(store) for a file that is empty, not a codeset store or
// written by an older codeset (naming `codeset upgrade`), Error(schema) for one that is newer.
int check_current(const Database& db, const std::vector<Migration>& migrations);

// Connection settings for speed with safety: rollback journal with synchronous=NORMAL,
// a larger page cache, foreign keys on, a busy timeout for concurrent writers.
void configure_connection(Database& db);
// The settings of a connection that only reads (nothing that would write the file).
void configure_read_connection(Database& db);

}  // namespace codeset::detail
