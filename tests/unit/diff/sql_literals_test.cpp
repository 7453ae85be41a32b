// The sql writer's pieces: literals and identifiers quoted for PostgreSQL and SQLite alike, the
// --table name checked, and the table's columns read from a profile.
#include "codeset/core/code_system.hpp"
#include "codeset/core/error.hpp"
#include "export/sql_literals.hpp"
#include "export/sql_table.hpp"

#include <gtest/gtest.h>

namespace codeset::detail {
namespace {

TEST(SqlLiterals, OnlySingleQuotesAreDoubled) {
    EXPECT_EQ(sql_literal("Crohn's"), "'Crohn''s'");
    EXPECT_EQ(sql_literal("''"), "''''''");
    EXPECT_EQ(sql_literal("back\\slash \\' \\N"), "'back\\slash \\'' \\N'");
    EXPECT_EQ(sql_literal("Sj\xc3\xb6gren"), "'Sj\xc3\xb6gren'");
    EXPECT_EQ(sql_literal(""), "''");
    std::string out;
    append_sql_text(out, nullptr);
    EXPECT_EQ(out, "NULL");
    EXPECT_EQ(sql_identifier("we\"ird"), "\"we\"\"ird\"");
    EXPECT_EQ(sql_comment("one\ntwo"), "-- one\n-- two\n");
}

TEST(SqlLiterals, TheTableNameIsTheSystemsOrOneThatCanBeATable) {
    const CodeSystem& system = require_code_system("icd10cm");
    EXPECT_EQ(sql_table_name({}, system), "\"icd10cm\"");
    EXPECT_EQ(sql_table_name({.name = "dx_2026"}, system), "\"dx_2026\"");
    EXPECT_EQ(sql_table_name({.name = "warehouse.dx"}, system), "\"warehouse\".\"dx\"");
    EXPECT_EQ(sql_table_name({.name = std::string(63, 'a')}, system), "\"" + std::string(63, 'a') + "\"");
    for (const std::string bad : {"Dx", "dx-codes", "2026dx", "a.b.c", ".dx", "dx.", "sqlite_x", "dx\"", "d x"}) {
        try {
            sql_table_name({.name = bad}, system);
            ADD_FAILURE() << bad << " accepted";
        } catch (const Error& error) {
            EXPECT_EQ(error.code(), ErrorCode::usage) << bad;
        }
    }
}

TEST(SqlTable, ColumnsComeFromTheProfileAndAnUpdateSetsWhatDiffers) {
    const CodeSystem& system = require_code_system("icd10cm");
    const SqlTable table(system, {}, false);
    const std::string create = table.create_statement();
    EXPECT_NE(create.find("\"code\" TEXT NOT NULL PRIMARY KEY"), std::string::npos);
    EXPECT_NE(create.find("\"excludes1\" TEXT,"), std::string::npos);
    EXPECT_NE(create.find("\"valid_until\" DATE\n);"), std::string::npos);
    EXPECT_EQ(table.filled_columns().find("valid_until"), std::string::npos);

    const CodeRecord before{
        .code = "A0472", .billable = true, .short_title = "Old", .long_title = "Same", .attributes = {{"parent", "A047"}}};
    CodeRecord after = before;
    after.short_title = "New's";
    after.billable = false;
    EXPECT_EQ(table.assignments(before, after), "\"billable\" = FALSE, \"short_title\" = 'New''s'");
    EXPECT_EQ(table.assignments(before, before), "");
    std::string row;
    table.append_row(row, before);
    EXPECT_EQ(row.substr(0, 40), "('A04.72', TRUE, 'Old', 'Same', NULL, NU");
    EXPECT_NE(row.find("'A04.7'"), std::string::npos);  // the parent, as people write it

    const SqlTable withheld(system, {}, true);
    row.clear();
    withheld.append_row(row, before);
    EXPECT_EQ(row.substr(0, 30), "('A04.72', TRUE, NULL, NULL, N");
}

TEST(SqlTable, DatesAreDates) {
    const std::string create = SqlTable(require_code_system("hcpcs"), {}, false).create_statement();
    EXPECT_NE(create.find(" DATE,"), std::string::npos);
}

}  // namespace
}  // namespace codeset::detail
