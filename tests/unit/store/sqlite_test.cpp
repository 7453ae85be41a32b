#include "sqlite/database.hpp"

#include "codeset/core/error.hpp"
#include "store_test_support.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace codeset {
namespace {

using detail::Database;
using detail::Statement;
using detail::Transaction;

class StoreSqlite : public test::StoreTest {};

ErrorCode code_of(const std::function<void()>& action, std::string& message) {
    try {
        action();
    } catch (const Error& error) {
        message = error.what();
        return error.code();
    }
    ADD_FAILURE() << "expected an Error";
    return ErrorCode::usage;
}

TEST_F(StoreSqlite, BindsAndReadsEveryType) {
    Database db(store_path("t.db"));
    db.exec("CREATE TABLE t (i INTEGER, s TEXT, b BLOB, n TEXT)");
    Statement insert = db.prepare("INSERT INTO t VALUES (?, ?, ?, ?)");
    const std::vector<std::byte> bytes = {std::byte{0}, std::byte{1}, std::byte{0xff}};
    const std::string text_with_nul("a\0b", 3);
    insert.bind(1, std::int64_t{-5}).bind(2, std::string_view(text_with_nul)).bind_blob(3, bytes).bind_null(4);
    insert.run();
    insert.bind(1, std::optional<std::int64_t>{})
        .bind(2, "")
        .bind_blob(3, {})
        .bind(4, std::optional<std::string_view>{"x"});
    insert.run();

    Statement select = db.prepare("SELECT i, s, b, n FROM t ORDER BY rowid");
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.int64(0), -5);
    EXPECT_EQ(select.text(1), text_with_nul);
    ASSERT_EQ(select.blob(2).size(), 3u);
    EXPECT_EQ(select.blob(2)[2], std::byte{0xff});
    EXPECT_TRUE(select.is_null(3));
    ASSERT_TRUE(select.step());
    EXPECT_FALSE(select.optional_int64(0));
    EXPECT_FALSE(select.is_null(1));  // an empty text is not NULL
    EXPECT_EQ(select.text(1), "");
    EXPECT_EQ(select.text(3), "x");
    EXPECT_FALSE(select.step());
}

TEST_F(StoreSqlite, StatementIsReusableAfterReset) {
    Database db(store_path("t.db"));
    db.exec("CREATE TABLE t (i INTEGER PRIMARY KEY)");
    Statement insert = db.prepare("INSERT INTO t (i) VALUES (?)");
    for (std::int64_t i = 1; i <= 100; ++i) {
        insert.bind(1, i);
        insert.run();
    }
    EXPECT_EQ(db.last_insert_rowid(), 100);
    Statement count = db.prepare("SELECT count(*) FROM t");
    ASSERT_TRUE(count.step());
    EXPECT_EQ(count.int64(0), 100);
}

TEST_F(StoreSqlite, TransactionRollsBackUnlessCommitted) {
    Database db(store_path("t.db"));
    db.exec("CREATE TABLE t (i INTEGER)");
    {
        Transaction transaction(db);
        db.exec("INSERT INTO t VALUES (1)");
        EXPECT_TRUE(db.in_transaction());
    }
    EXPECT_FALSE(db.in_transaction());
    {
        Statement count = db.prepare("SELECT count(*) FROM t");
        count.step();
        EXPECT_EQ(count.int64(0), 0);
    }
    {
        Transaction transaction(db);
        db.exec("INSERT INTO t VALUES (1)");
        transaction.commit();
    }
    Statement count = db.prepare("SELECT count(*) FROM t");
    count.step();
    EXPECT_EQ(count.int64(0), 1);
}

TEST_F(StoreSqlite, TransactionRollsBackWhenAnExceptionUnwinds) {
    Database db(store_path("t.db"));
    db.exec("CREATE TABLE t (i INTEGER)");
    try {
        Transaction transaction(db);
        db.exec("INSERT INTO t VALUES (1)");
        throw std::runtime_error("midway");
    } catch (const std::runtime_error&) {
    }
    Statement count = db.prepare("SELECT count(*) FROM t");
    count.step();
    EXPECT_EQ(count.int64(0), 0);
}

TEST_F(StoreSqlite, ErrorsNameTheFile) {
    Database db(store_path("t.db"));
    std::string message;
    EXPECT_EQ(code_of([&] { db.prepare("SELECT * FROM missing"); }, message), ErrorCode::schema);
    EXPECT_NE(message.find("t.db"), std::string::npos) << message;
    EXPECT_NE(message.find("no such table: missing"), std::string::npos) << message;

    db.exec("CREATE TABLE u (k TEXT UNIQUE)");
    Statement insert = db.prepare("INSERT INTO u VALUES (?)");
    insert.bind(1, "same");
    insert.run();
    insert.bind(1, "same");
    EXPECT_EQ(code_of([&] { insert.run(); }, message), ErrorCode::conflict);
    EXPECT_NE(message.find("UNIQUE"), std::string::npos) << message;
}

TEST_F(StoreSqlite, CannotOpenIsAStoreErrorNamingTheFile) {
    std::string message;
    const auto path = store_path("no-such-folder/t.db");
    EXPECT_EQ(code_of([&] { Database db(path); }, message), ErrorCode::store);
    EXPECT_NE(message.find(path.string()), std::string::npos) << message;
}

TEST_F(StoreSqlite, NotADatabaseIsAStoreErrorNamingTheFile) {
    const auto path = store_path("text.db");
    std::ofstream(path) << std::string(4096, 'x');
    Database db(path);  // SQLite reads lazily
    std::string message;
    EXPECT_EQ(code_of([&] { db.pragma_int("user_version"); }, message), ErrorCode::store);
    EXPECT_NE(message.find(path.string()), std::string::npos) << message;
    EXPECT_NE(message.find("not an SQLite database"), std::string::npos) << message;
}

TEST_F(StoreSqlite, PragmasReadAndWrite) {
    Database db(store_path("t.db"));
    db.set_pragma("user_version", 7);
    EXPECT_EQ(db.pragma_int("user_version"), 7);
    db.set_pragma("journal_mode", "DELETE");
    EXPECT_THROW(db.set_pragma("journal_mode", "DELETE; DROP TABLE x"), Error);
}

}  // namespace
}  // namespace codeset
