// The only code that touches the sqlite3 C API: a connection, prepared statements and
// transactions as RAII types. Every sqlite3 return code is translated to codeset::Error in
// one place (Database::fail), with a message that names the database file.
// Values always go through bound parameters, never into SQL text.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace codeset::detail {

class Database;

// A prepared statement. Bind by 1-based index, step, read columns by 0-based index.
// Owned by one Database, which must outlive it.
class Statement {
public:
    Statement() = default;
    Statement(const Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    explicit operator bool() const { return m_stmt != nullptr; }

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    // Binds without copying: the text must stay valid until the statement is stepped and reset.
    Statement& bind_unowned(int index, std::string_view text);
    Statement& bind_blob(int index, std::span<const std::byte> bytes);
    Statement& bind_null(int index);
    Statement& bind(int index, const std::optional<std::int64_t>& value);
    Statement& bind(int index, const std::optional<std::string_view>& text);

    // true: a row is ready; false: done. Throws on error.
    bool step();
    // Steps a statement that returns no row to the end, then resets it.
    void run();
    // Resets the statement to run again and clears its bindings.
    void reset();

    bool is_null(int column) const;
    std::int64_t int64(int column) const;
    // Valid until the next step/reset.
    std::string_view text(int column) const;
    std::span<const std::byte> blob(int column) const;
    std::optional<std::int64_t> optional_int64(int column) const;

private:
    void check_bind(int rc);
    const Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

class Database {
public:
    enum class Mode { read_write_create, read_write, read_only };

    // Opens the file. Note that SQLite reads the file lazily: a file that is not a database
    // fails at the first statement, with the same kind of message.
    explicit Database(const std::filesystem::path& path, Mode mode = Mode::read_write_create);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    // Runs SQL text without parameters (schema scripts, PRAGMAs, BEGIN/COMMIT).
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) const { return Statement(*this, sql); }

    // PRAGMA name; (the first column of the first row as an integer).
    std::int64_t pragma_int(std::string_view name) const;
    // PRAGMA name = value; for integer-valued pragmas (the value is formatted from an integer).
    void set_pragma(std::string_view name, std::int64_t value);
    void set_pragma(std::string_view name, std::string_view keyword);
    void busy_timeout(std::chrono::milliseconds timeout);

    std::int64_t last_insert_rowid() const;
    std::int64_t changes() const;
    bool in_transaction() const;

    // The one translation of sqlite3 return codes to codeset::Error: "<file>: <what>: <sqlite message>".
    [[noreturn]] void fail(int rc) const;

private:
    std::filesystem::path m_path;
    sqlite3* m_db = nullptr;
};

// BEGIN IMMEDIATE on construction; ROLLBACK in the destructor unless commit() was called.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    void rollback();

private:
    Database& m_db;
    bool m_open = true;
};

// A read transaction (BEGIN DEFERRED) around a series of queries: one shared lock and one
// consistent snapshot instead of a lock per statement. Does nothing when a transaction is
// already open, so read paths nest freely (a visitor may query the store while it is scanned).
class ReadTransaction {
public:
    explicit ReadTransaction(Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Database& m_db;
    bool m_owner = false;
};

}  // namespace codeset::detail
