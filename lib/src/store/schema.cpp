#include "store/schema.hpp"

#include "codeset/core/error.hpp"

#include <chrono>
#include <string>

namespace codeset::detail {

namespace {

std::string hex(std::int64_t value) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string text;
    auto bits = static_cast<std::uint32_t>(value);
    for (int i = 7; i >= 0; --i) text.push_back(digits[(bits >> (4 * i)) & 0xf]);
    return "0x" + text;
}

void check_ours(const Database& db, int newest) {
    const std::string file = db.path().string();
    const std::int64_t application_id = db.pragma_int("application_id");
    const std::int64_t version = db.pragma_int("user_version");
    if (application_id != 0 && application_id != store_application_id)
        throw Error(ErrorCode::store, file + ": an SQLite database of another application (application_id " +
                                           hex(application_id) + "), not a codeset store");
    if (application_id == 0) {
        Statement tables = db.prepare("SELECT count(*) FROM sqlite_schema");
        tables.step();
        if (tables.int64(0) > 0) throw Error(ErrorCode::store, file + ": an SQLite database, but not a codeset store");
    }
    if (version > newest)
        throw Error(ErrorCode::schema, file + ": store was written by a newer codeset (schema " +
                                           std::to_string(version) + ", this codeset knows up to " +
                                           std::to_string(newest) + "); upgrade codeset to open it");
    if (version < 0) throw Error(ErrorCode::schema, file + ": damaged store (schema " + std::to_string(version) + ")");
}

}  // namespace

void prepare_new_file(Database& db) {
    if (db.pragma_int("page_count") == 0) db.set_pragma("page_size", store_page_size);
}

int migrate(Database& db, const std::vector<Migration>& migrations) {
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    check_ours(db, newest);
    if (db.pragma_int("user_version") == newest) return newest;

    for (const auto& migration : migrations) {
        Transaction transaction(db);
        // Another process may have migrated the file since we looked: decide under the write lock.
        check_ours(db, newest);
        if (db.pragma_int("user_version") >= migration.version) continue;
        try {
            db.exec(migration.sql);
        } catch (const Error& error) {
            throw Error(ErrorCode::schema,
                        std::string(error.what()) + " (in schema migration " + std::string(migration.name) + ")");
        }
        db.set_pragma("user_version", migration.version);
        transaction.commit();
    }
    return static_cast<int>(db.pragma_int("user_version"));
}

int check_current(const Database& db, const std::vector<Migration>& migrations) {
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    check_ours(db, newest);
    const std::string file = db.path().string();
    if (db.pragma_int("application_id") == 0)
        throw Error(ErrorCode::store, file + ": not a codeset store (an empty file)");
    const std::int64_t version = db.pragma_int("user_version");
    if (version < newest)
        throw Error(ErrorCode::store, file + ": store written by an earlier codeset (schema " + std::to_string(version) +
                                          "; this codeset reads schema " + std::to_string(newest) +
                                          "): run `codeset upgrade` once to bring it up to date");
    return newest;
}

void configure_read_connection(Database& db) {
    db.busy_timeout(std::chrono::milliseconds(10000));
    db.set_pragma("cache_size", -32768);
    db.set_pragma("temp_store", "MEMORY");
    db.set_pragma("mmap_size", 268435456);
}

void configure_connection(Database& db) {
    db.busy_timeout(std::chrono::milliseconds(10000));
    // Foreign keys are declared for readers of the schema but not enforced: the store writes
    // every row itself, and enforcement costs ~10% of a bulk import (a check and a statement
    // journal per content row).
    db.set_pragma("foreign_keys", "OFF");
    // A rollback journal keeps the store one file (no -wal/-shm beside it). Appending to a store
    // journals few pages, and synchronous=NORMAL avoids most fsyncs while staying consistent.
    db.set_pragma("journal_mode", "DELETE");
    db.set_pragma("synchronous", "NORMAL");
    db.set_pragma("cache_size", -32768);  // KiB: 32 MiB of page cache
    db.set_pragma("temp_store", "MEMORY");
}

}  // namespace codeset::detail
