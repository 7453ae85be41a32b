// Conversion tables in the store (schema 7): written with the release import that attaches them,
// stored once by digest, read back whole, dropped with the last release that names them, and a
// store of schema 6 brought up to 7 with its releases intact.
#include "codeset/store/store.hpp"
#include "sqlite/database.hpp"
#include "store/migrations.hpp"
#include "store/schema.hpp"
#include "store_test_support.hpp"

#include <gtest/gtest.h>

namespace codeset {
namespace {

using detail::Database;
using detail::Statement;

class StoreConversionTables : public test::StoreTest {};

ConversionTable table(std::string digest) {
    ConversionTable result;
    result.fiscal_year = 2022;
    result.digest = std::move(digest);
    result.rows = {
        {4, "A0471", Date{2016, 10, 1}, 2017, {{PreviousCodes::Kind::code, "A047", "A047"}}, "A04.7"},
        {5, "H3520", Date{2021, 10, 1}, 2022,
         {{PreviousCodes::Kind::range, "H3520", "H3523"}, {PreviousCodes::Kind::categories, "T15", "T19"}},
         "H35.20-H35.23 and Codes in Categories T15-T19"},
        {6, "U099", Date{2021, 4, 1}, 2021, {}, "None"},
    };
    return result;
}

// Imports a small release with `tables` attached as companions.
ImportResult import_with(Store& store, const std::string& version, int year, const std::vector<ConversionTable>& tables) {
    const test::ReleaseData data = test::small_release(year);
    return store.import_release(test::release_info(version, Date{year - 1, 10, 1}), [&](RecordSink& sink) {
        data.reader()(sink);
        for (const ConversionTable& attached : tables) {
            sink.add_conversion_table(attached);
            sink.add_companion({"icd10cm-conversion-table", attached.digest, "table-" + attached.digest + ".xlsx"});
        }
    });
}

std::int64_t count(const std::filesystem::path& path, const std::string& table_name) {
    Database db(path, Database::Mode::read_only);
    Statement statement = db.prepare("SELECT count(*) FROM " + table_name);
    statement.step();
    return statement.int64(0);
}

TEST_F(StoreConversionTables, ATableIsReadBackAsItWasWritten) {
    Store store(store_path());
    const ImportResult result = import_with(store, "FY2022", 2022, {table("d1")});
    const std::vector<ConversionTable> read = store.conversion_tables(result.release);
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(read[0].fiscal_year, 2022);
    EXPECT_EQ(read[0].digest, "d1");
    EXPECT_EQ(read[0].path, "table-d1.xlsx");
    EXPECT_EQ(read[0].rows, table("d1").rows);
    // A table is no annotation of the codes: the release does not count as annotated.
    EXPECT_FALSE(result.release.annotated());
}

TEST_F(StoreConversionTables, TheSameFileAttachedTwiceIsOneCopyAndGoesWithTheLastRelease) {
    {
        Store store(store_path());
        import_with(store, "FY2022", 2022, {table("d1")});
        import_with(store, "FY2023", 2023, {table("d1")});
    }
    EXPECT_EQ(count(store_path(), "conversion_table"), 1);
    EXPECT_EQ(count(store_path(), "conversion_row"), 3);
    EXPECT_EQ(count(store_path(), "conversion_previous"), 3);
    {
        Store store(store_path());
        // FY2023 replaced without the table: FY2022 still names it.
        store.import_release(test::release_info("FY2023", Date{2022, 10, 1}),
                             test::small_release(2024).reader(), ImportOptions{.replace = true});
        EXPECT_EQ(store.conversion_tables(*store.find_release("icd10cm", "FY2023")).size(), 0u);
        EXPECT_EQ(store.conversion_tables(*store.find_release("icd10cm", "FY2022")).size(), 1u);
        store.import_release(test::release_info("FY2022", Date{2021, 10, 1}),
                             test::small_release(2024).reader(), ImportOptions{.replace = true});
    }
    EXPECT_EQ(count(store_path(), "conversion_table"), 0);
    EXPECT_EQ(count(store_path(), "conversion_row"), 0);
    EXPECT_EQ(count(store_path(), "conversion_previous"), 0);
}

TEST_F(StoreConversionTables, AFailedImportLeavesNoTableBehind) {
    Store store(store_path());
    EXPECT_THROW(store.import_release(test::release_info("FY2022", Date{2021, 10, 1}),
                                      [&](RecordSink& sink) {
                                          sink.add_conversion_table(table("d1"));
                                          sink.add_companion({"icd10cm-conversion-table", "d1", "t.xlsx"});
                                          throw Error(ErrorCode::parse, "t.xlsx: broken");
                                      }),
                 Error);
    EXPECT_EQ(count(store_path(), "conversion_table"), 0);
}

TEST_F(StoreConversionTables, AStoreOfSchemaSixIsMigratedWithItsReleases) {
    {
        Database db(store_path());
        const auto& all = detail::embedded_migrations();
        ASSERT_GE(all.size(), 7u);
        ASSERT_EQ(all[6].name, "0007_conversion_tables");
        detail::migrate(db, std::vector<detail::Migration>(all.begin(), all.begin() + 6));
        EXPECT_EQ(db.pragma_int("user_version"), 6);
    }
    // A release written at schema 6 (through a store that knows only 6 would be the same SQL):
    // here, the newest store writes it after a reader refused the old file.
    EXPECT_THROW(Store(store_path(), StoreAccess::read), Error);
    Store store(store_path());
    EXPECT_EQ(store.schema_version_found(), 6);
    EXPECT_GE(store.schema_version(), 7);
    const ImportResult result = import_with(store, "FY2022", 2022, {table("d1")});
    EXPECT_EQ(store.conversion_tables(result.release).size(), 1u);
    EXPECT_EQ(store.releases().size(), 1u);
}

}  // namespace
}  // namespace codeset
