#include "sqlite/database.hpp"

#include "codeset/core/error.hpp"

#include <sqlite3.h>

#include <climits>
#include <utility>

namespace codeset::detail {

namespace {

int open_flags(Database::Mode mode) {
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
        case Database::Mode::read_write_create:
            flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
            break;
        case Database::Mode::read_write:
            flags |= SQLITE_OPEN_READWRITE;
            break;
        case Database::Mode::read_only:
            flags |= SQLITE_OPEN_READONLY;
            break;
    }
    return flags;
}

int checked_size(std::size_t size) {
    if (size > static_cast<std::size_t>(INT_MAX)) return -1;
    return static_cast<int>(size);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Database

Database::Database(const std::filesystem::path& path, Mode mode) : m_path(path) {
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, open_flags(mode), nullptr);
    if (rc != SQLITE_OK) {
        // The handle is allocated even when opening fails; fail() reads its message first.
        struct Closer {
            sqlite3*& db;
            ~Closer() {
                sqlite3_close(db);
                db = nullptr;
            }
        } closer{m_db};
        fail(rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database() {
    if (m_db) sqlite3_close_v2(m_db);
}

Database::Database(Database&& other) noexcept
    : m_path(std::move(other.m_path)), m_db(std::exchange(other.m_db, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        if (m_db) sqlite3_close_v2(m_db);
        m_path = std::move(other.m_path);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

void Database::fail(int rc) const {
    // Messages say what happened to the store, never the SQL text that failed: users read them.
    const int primary = rc & 0xff;
    std::string detail = (m_db && sqlite3_errcode(m_db) == rc) ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    const std::string file = m_path.string();
    if (rc == SQLITE_READONLY_ROLLBACK)
        throw Error(ErrorCode::store, file + ": an interrupted import left the store's journal beside it; run "
                                             "`codeset upgrade` with write access to the folder to roll it back");
    switch (primary) {
        case SQLITE_NOTADB:
            throw Error(ErrorCode::store, file + ": not a codeset store (not an SQLite database: " + detail + ")");
        case SQLITE_CORRUPT:
            throw Error(ErrorCode::store, file + ": the store is damaged (" + detail + ")");
        case SQLITE_READONLY:
            throw Error(ErrorCode::store, file + ": the store cannot be written (a read-only file, folder or disk)");
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            throw Error(ErrorCode::store, file + ": store busy: another codeset is writing it; try again when it is done");
        case SQLITE_FULL:
            throw Error(ErrorCode::store, file + ": the disk is full; the store was left as it was");
        case SQLITE_CANTOPEN:
            throw Error(ErrorCode::store, file + ": cannot open the store (" + detail + ")");
        case SQLITE_ERROR:
        case SQLITE_SCHEMA:
            throw Error(ErrorCode::schema, file + ": damaged or unknown store layout (" + detail + ")");
        case SQLITE_CONSTRAINT:
            throw Error(ErrorCode::conflict, file + ": " + detail);
        default:
            throw Error(ErrorCode::store, file + ": cannot read or write the store (" + detail + ")");
    }
}

void Database::exec(std::string_view sql) {
    // sqlite3_exec needs a terminated string; SQL text here is ours, never user data.
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) fail(rc);  // the message is the connection's (sqlite3_errmsg)
}

std::int64_t Database::pragma_int(std::string_view name) const {
    Statement statement(*this, "PRAGMA " + std::string(name));
    if (!statement.step()) return 0;
    return statement.int64(0);
}

void Database::set_pragma(std::string_view name, std::int64_t value) {
    // PRAGMA values cannot be bound; this one is formatted from an integer.
    Statement statement(*this, "PRAGMA " + std::string(name) + " = " + std::to_string(value));
    while (statement.step()) {
    }
}

void Database::set_pragma(std::string_view name, std::string_view keyword) {
    for (char c : keyword)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'))
            throw Error(ErrorCode::usage, "invalid PRAGMA keyword '" + std::string(keyword) + "'");
    Statement statement(*this, "PRAGMA " + std::string(name) + " = " + std::string(keyword));
    while (statement.step()) {
    }
}

void Database::busy_timeout(std::chrono::milliseconds timeout) {
    const int rc = sqlite3_busy_timeout(m_db, static_cast<int>(timeout.count()));
    if (rc != SQLITE_OK) fail(rc);
}

std::int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(m_db); }

std::int64_t Database::changes() const { return sqlite3_changes64(m_db); }

bool Database::in_transaction() const { return sqlite3_get_autocommit(m_db) == 0; }

// ---------------------------------------------------------------------------------------------
// Statement

Statement::Statement(const Database& db, std::string_view sql) : m_db(&db) {
    const int size = checked_size(sql.size());
    if (size < 0) throw Error(ErrorCode::usage, "SQL text too long");
    const int rc = sqlite3_prepare_v3(db.handle(), sql.data(), size, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) db.fail(rc);
}

Statement::~Statement() {
    if (m_stmt) sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        if (m_stmt) sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void Statement::check_bind(int rc) {
    if (rc != SQLITE_OK) m_db->fail(rc);
}

Statement& Statement::bind(int index, std::int64_t value) {
    check_bind(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    const int size = checked_size(text.size());
    if (size < 0) throw Error(ErrorCode::usage, "text value too long");
    // An empty view may have a null data pointer, which SQLite would store as NULL.
    check_bind(sqlite3_bind_text(m_stmt, index, text.empty() ? "" : text.data(), size, SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind_unowned(int index, std::string_view text) {
    const int size = checked_size(text.size());
    if (size < 0) throw Error(ErrorCode::usage, "text value too long");
    check_bind(sqlite3_bind_text(m_stmt, index, text.empty() ? "" : text.data(), size, SQLITE_STATIC));
    return *this;
}

Statement& Statement::bind_blob(int index, std::span<const std::byte> bytes) {
    const int size = checked_size(bytes.size());
    if (size < 0) throw Error(ErrorCode::usage, "blob value too long");
    if (bytes.empty())
        check_bind(sqlite3_bind_zeroblob(m_stmt, index, 0));
    else
        check_bind(sqlite3_bind_blob(m_stmt, index, bytes.data(), size, SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind_null(int index) {
    check_bind(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value) {
    return value ? bind(index, *value) : bind_null(index);
}

Statement& Statement::bind(int index, const std::optional<std::string_view>& text) {
    return text ? bind(index, *text) : bind_null(index);
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    // Keep the statement reusable after an error; the error is reported from step's code.
    sqlite3_reset(m_stmt);
    m_db->fail(rc);
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::is_null(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

std::string_view Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data) return {};
    return {data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::span<const std::byte> Statement::blob(int column) const {
    const auto* data = static_cast<const std::byte*>(sqlite3_column_blob(m_stmt, column));
    if (!data) return {};
    return {data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::optional<std::int64_t> Statement::optional_int64(int column) const {
    if (is_null(column)) return std::nullopt;
    return int64(column);
}

// ---------------------------------------------------------------------------------------------
// Transaction

Transaction::Transaction(Database& db) : m_db(db) {
    if (m_db.in_transaction())
        throw Error(ErrorCode::usage, m_db.path().string() + ": cannot write while the store is being read or written");
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (m_open && m_db.in_transaction()) {
        // Never throws from a destructor: a failed rollback leaves SQLite to roll back on close.
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_open = false;
}

void Transaction::rollback() {
    m_open = false;
    if (m_db.in_transaction()) m_db.exec("ROLLBACK");
}

ReadTransaction::ReadTransaction(Database& db) : m_db(db) {
    if (!m_db.in_transaction()) {
        m_db.exec("BEGIN DEFERRED");
        m_owner = true;
    }
}

ReadTransaction::~ReadTransaction() {
    // Nothing was written: ending it either way only releases the lock.
    if (m_owner && m_db.in_transaction()) sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

}  // namespace codeset::detail
