// Opening a store: creating the schema, migrations in order, refusing newer or foreign files.
#include "codeset/core/code_system.hpp"
#include "codeset/store/store.hpp"
#include "sqlite/database.hpp"
#include "store/migrations.hpp"
#include "store/schema.hpp"
#include "store_test_support.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace codeset {
namespace {

using detail::Database;
using detail::Statement;

class StoreOpen : public test::StoreTest {};

int newest_schema() { return detail::embedded_migrations().back().version; }

Error open_error(const std::filesystem::path& path) {
    try {
        Store store(path);
    } catch (const Error& error) {
        return error;
    }
    ADD_FAILURE() << "expected Store(" << path << ") to throw";
    return Error(ErrorCode::usage, "");
}

TEST_F(StoreOpen, CreatesTheNewestSchema) {
    Store store(store_path());
    EXPECT_EQ(store.schema_version(), newest_schema());
    EXPECT_EQ(store.path(), store_path());
    EXPECT_TRUE(store.releases().empty());
    EXPECT_GT(store.file_size(), 0u);

    Database db(store_path());
    EXPECT_EQ(db.pragma_int("user_version"), newest_schema());
    EXPECT_EQ(db.pragma_int("application_id"), detail::store_application_id);
    EXPECT_EQ(db.pragma_int("page_size"), detail::store_page_size);
    Statement mode = db.prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode.step());
    EXPECT_EQ(mode.text(0), "delete");  // not WAL: the store stays one file
}

TEST_F(StoreOpen, EmbeddedMigrationsAreNumberedFromOneWithoutGaps) {
    const auto& migrations = detail::embedded_migrations();
    ASSERT_FALSE(migrations.empty());
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        EXPECT_EQ(migrations[i].version, static_cast<int>(i + 1)) << migrations[i].name;
        EXPECT_FALSE(migrations[i].sql.empty());
    }
    EXPECT_EQ(migrations.front().name, "0001_init");
}

TEST_F(StoreOpen, WritesNoCodeSystemRowBeforeItsFirstRelease) {
    { Store store(store_path()); }
    Database db(store_path());
    Statement rows = db.prepare("SELECT count(*) FROM code_system");
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.int64(0), 0) << "system rows come from the profiles, written with a system's first release";
}

TEST_F(StoreOpen, ReopensWithoutMigratingAgain) {
    { Store store(store_path()); }
    const auto before = test::read_bytes(store_path());
    {
        Store store(store_path());
        EXPECT_EQ(store.schema_version(), newest_schema());
    }
    EXPECT_EQ(test::read_bytes(store_path()), before);
}

TEST_F(StoreOpen, RefusesAStoreWrittenByANewerCodeset) {
    { Store store(store_path()); }
    {
        Database db(store_path());
        db.set_pragma("user_version", newest_schema() + 1);
    }
    const auto before = test::read_bytes(store_path());
    const Error error = open_error(store_path());
    EXPECT_EQ(error.code(), ErrorCode::schema);
    const std::string message = error.what();
    EXPECT_NE(message.find(store_path().string()), std::string::npos) << message;
    EXPECT_NE(message.find("newer codeset"), std::string::npos) << message;
    EXPECT_NE(message.find("schema " + std::to_string(newest_schema() + 1)), std::string::npos) << message;
    EXPECT_NE(message.find("knows up to " + std::to_string(newest_schema())), std::string::npos) << message;
    EXPECT_EQ(test::read_bytes(store_path()), before);  // refused without touching it
}

TEST_F(StoreOpen, RefusesAFileThatIsNotSqlite) {
    const auto path = store_path("notes.txt");
    std::ofstream(path) << "This is a text file, not a codeset store.\n" << std::string(2000, '.');
    const auto before = test::read_bytes(path);
    const Error error = open_error(path);
    EXPECT_EQ(error.code(), ErrorCode::store);
    const std::string message = error.what();
    EXPECT_NE(message.find(path.string()), std::string::npos) << message;
    EXPECT_NE(message.find("not a codeset store (not an SQLite database"), std::string::npos) << message;
    EXPECT_EQ(test::read_bytes(path), before);
}

TEST_F(StoreOpen, RefusesAnotherApplicationsDatabase) {
    {
        Database db(store_path());
        db.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
    }
    const auto before = test::read_bytes(store_path());
    const Error error = open_error(store_path());
    EXPECT_EQ(error.code(), ErrorCode::store);
    const std::string message = error.what();
    EXPECT_NE(message.find(store_path().string()), std::string::npos) << message;
    EXPECT_NE(message.find("not a codeset store"), std::string::npos) << message;
    EXPECT_EQ(test::read_bytes(store_path()), before);

    {
        Database db(store_path("other.db"));
        db.set_pragma("application_id", 0x12345678);
    }
    const Error other = open_error(store_path("other.db"));
    EXPECT_EQ(other.code(), ErrorCode::store);
    EXPECT_NE(std::string(other.what()).find("0x12345678"), std::string::npos) << other.what();
}

TEST_F(StoreOpen, AnEmptyFileBecomesAStore) {
    std::ofstream(store_path()).close();
    Store store(store_path());
    EXPECT_EQ(store.schema_version(), newest_schema());
}

TEST_F(StoreOpen, CannotOpenInAMissingFolder) {
    const Error error = open_error(store_path("missing/store.db"));
    EXPECT_EQ(error.code(), ErrorCode::store);
    EXPECT_NE(std::string(error.what()).find("missing/store.db"), std::string::npos) << error.what();
}

TEST_F(StoreOpen, ReadAccessNeverCreatesMigratesOrWrites) {
    const Error missing = [&] {
        try {
            Store store(store_path("missing.db"), StoreAccess::read);
        } catch (const Error& error) {
            return error;
        }
        return Error(ErrorCode::usage, "opened");
    }();
    EXPECT_EQ(missing.code(), ErrorCode::store);
    EXPECT_NE(std::string(missing.what()).find("no codeset store here"), std::string::npos) << missing.what();
    EXPECT_FALSE(std::filesystem::exists(store_path("missing.db")));

    // A store at an earlier schema: read access asks for `codeset upgrade` and leaves it as it is.
    {
        Database db(store_path());
        detail::migrate(db, std::vector<detail::Migration>(detail::embedded_migrations().begin(),
                                                           detail::embedded_migrations().begin() + 3));
    }
    const auto before = test::read_bytes(store_path());
    try {
        Store store(store_path(), StoreAccess::read);
        ADD_FAILURE() << "expected an earlier schema to be refused";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::store);
        EXPECT_NE(std::string(error.what()).find("codeset upgrade"), std::string::npos) << error.what();
    }
    EXPECT_EQ(test::read_bytes(store_path()), before);
    {
        Store store(store_path());
        EXPECT_EQ(store.schema_version_found(), 3);
        EXPECT_EQ(store.schema_version(), newest_schema());
    }
    const Store reader(store_path(), StoreAccess::read);
    EXPECT_EQ(reader.schema_version(), newest_schema());
    EXPECT_TRUE(reader.releases().empty());
}

// migrate() with hand-made migration lists: applied in order, one transaction each.
TEST_F(StoreOpen, MigrationsApplyInOrderAndStopAtAFailure) {
    const std::vector<detail::Migration> two = {
        {1, "0001_a", "PRAGMA application_id = 1129534292; CREATE TABLE a (x INTEGER);"},
        {2, "0002_b", "ALTER TABLE a ADD COLUMN y TEXT; CREATE TABLE b (z INTEGER);"},
    };
    Database db(store_path());
    EXPECT_EQ(detail::migrate(db, two), 2);
    EXPECT_EQ(db.pragma_int("user_version"), 2);
    db.exec("INSERT INTO a (x, y) VALUES (1, 'y'); INSERT INTO b (z) VALUES (1);");

    // A third migration that fails leaves the file at version 2, without its half-applied changes.
    auto three = two;
    three.push_back({3, "0003_c", "CREATE TABLE c (w INTEGER); INSERT INTO missing VALUES (1);"});
    try {
        detail::migrate(db, three);
        FAIL() << "expected the failing migration to throw";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::schema);
        EXPECT_NE(std::string(error.what()).find("0003_c"), std::string::npos) << error.what();
    }
    EXPECT_EQ(db.pragma_int("user_version"), 2);
    EXPECT_THROW(db.prepare("SELECT * FROM c"), Error);

    // A codeset that knows only version 1 refuses the file.
    const std::vector<detail::Migration> one(two.begin(), two.begin() + 1);
    EXPECT_THROW(detail::migrate(db, one), Error);
}

}  // namespace
}  // namespace codeset
