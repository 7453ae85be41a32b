// `codeset export --format sql` and `codeset diff --format sql` run as written, in PostgreSQL (a
// throw-away cluster) and in SQLite: every title survives its quoting, a delta turns the table of
// one release into exactly the table of the other, --table and --deleted keep do what they say,
// and CPT leaves its descriptors in codeset unless the licence is stated. Fixtures are the sample
// releases, an order file written here, and the invented CPT packages.
#include "cli_fixture.hpp"
#include "sql_databases.hpp"

#include <gmock/gmock.h>

#include <fstream>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// An ICD-10-CM order file line: order, code, flag, short title padded to 60 bytes, long title.
std::string order_line(int order, const std::string& code, bool billable, const std::string& short_title,
                       const std::string& long_title) {
    char number[8];
    std::snprintf(number, sizeof number, "%05d", order);
    std::string line = std::string(number) + ' ' + code + std::string(8 - code.size(), ' ') + (billable ? '1' : '0') + ' ';
    line += short_title + std::string(61 - std::min<std::size_t>(60, short_title.size()), ' ') + long_title + "\r\n";
    return line;
}

class SqlScripts : public testing::TestWithParam<SqlEngine> {
protected:
    void SetUp() override {
        if (GetParam() == SqlEngine::postgres) CODESET_REQUIRE_POSTGRES();
        const auto* info = testing::UnitTest::GetInstance()->current_test_info();
        m_case = std::string(info->test_suite_name()) + "_" + info->name();
        for (char& c : m_case)
            if (c == '/') c = '_';
        dir = scratch_dir(m_case);
    }
    void TearDown() override {
        if (!dir.empty()) std::filesystem::remove_all(dir);
    }

    CommandResult codeset(const std::vector<std::string>& args) { return run_codeset(args, dir); }

    // Writes what `args` print to FILE in the scratch folder.
    std::filesystem::path script(const std::string& file, std::vector<std::string> args) {
        args.push_back("-o");
        args.push_back((dir / file).string());
        const CommandResult result = codeset(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return dir / file;
    }

    // A fresh database of the engine under test.
    SqlDatabase database() {
        SqlDatabase db(GetParam(), dir);
        EXPECT_EQ(db.error(), "");
        return db;
    }

    void load(const SqlDatabase& db, const std::filesystem::path& file) {
        const CommandResult result = db.run_script(file);
        ASSERT_EQ(result.exit_code, 0) << file << ": " << result.err;
    }

    void import_samples() {
        const CommandResult result = codeset({"import", sample(sample_2025).string(), sample(sample_2026).string()});
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }

    std::filesystem::path dir;

private:
    std::string m_case;
};

constexpr const char* dump = "SELECT * FROM icd10cm ORDER BY code";

TEST_P(SqlScripts, EveryTitleSurvivesItsQuoting) {
    const std::vector<std::array<std::string, 3>> codes = {
        {"A00", "Cholera's header", "Cholera's header"},
        {"A000", "Crohn's \\ back\\slash", "Crohn's disease 'quoted' \\N \\' -- not a comment; DROP TABLE icd10cm;"},
        {"A001", "Sj\xc3\xb6gren syndrome", "Sj\xc3\xb6gren, caf\xc3\xa9-au-lait \xe2\x80\x94 \xe2\x80\x9cquoted\xe2\x80\x9d :name $$ %s ''"},
    };
    {
        std::ofstream order(dir / "icd10cm_order_2025.txt", std::ios::binary);
        for (std::size_t i = 0; i < codes.size(); ++i)
            order << order_line(int(i + 1), codes[i][0], i > 0, codes[i][1], codes[i][2]);
    }
    ASSERT_EQ(codeset({"import", (dir / "icd10cm_order_2025.txt").string()}).exit_code, 0);
    const SqlDatabase db = database();
    load(db, script("fy2025.sql", {"export", "icd10cm", "FY2025", "--format", "sql"}));
    EXPECT_EQ(db.rows("SELECT code, short_title, long_title, CASE WHEN billable THEN 1 ELSE 0 END FROM icd10cm ORDER BY code"),
              (std::vector<std::string>{"A00|" + codes[0][1] + "|" + codes[0][2] + "|0",
                                        "A00.0|" + codes[1][1] + "|" + codes[1][2] + "|1",
                                        "A00.1|" + codes[2][1] + "|" + codes[2][2] + "|1"}));
    EXPECT_EQ(db.rows("SELECT count(*) FROM icd10cm WHERE valid_until IS NULL"), std::vector<std::string>{"3"});
}

TEST_P(SqlScripts, ADeltaTurnsTheTableOfOneReleaseIntoTheOther) {
    import_samples();
    const SqlDatabase applied = database();
    const SqlDatabase direct = database();
    load(applied, script("fy2025.sql", {"export", "icd10cm", "FY2025", "--format", "sql"}));
    const std::vector<std::string> before = applied.rows(dump);
    const std::filesystem::path delta = script("delta.sql", {"diff", "icd10cm", "FY2025", "FY2026", "--format", "sql"});
    const std::string text = read_text(delta);
    EXPECT_THAT(text, HasSubstr("BEGIN;\n"));
    EXPECT_THAT(text, HasSubstr("DELETE FROM \"icd10cm\" WHERE \"code\" IN ('T78.1XXA'"));
    EXPECT_THAT(text, HasSubstr("UPDATE \"icd10cm\" SET \"billable\" = FALSE WHERE \"code\" = 'B88.0';"));
    load(applied, delta);
    load(direct, script("fy2026.sql", {"export", "icd10cm", "FY2026", "--format", "sql"}));
    const std::vector<std::string> after = direct.rows(dump);
    EXPECT_EQ(after.size(), 68u);
    EXPECT_NE(before, after);
    EXPECT_EQ(applied.rows(dump), after);

    // And back: the delta the other way restores the first release.
    load(applied, script("back.sql", {"diff", "icd10cm", "FY2026", "FY2025", "--format", "sql"}));
    EXPECT_EQ(applied.rows(dump), before);
}

TEST_P(SqlScripts, DeletedKeepEndDatesTheRowsOfDeletedCodesAndAnAdditionClearsIt) {
    import_samples();
    const SqlDatabase kept = database();
    const SqlDatabase direct = database();
    load(kept, script("fy2025.sql", {"export", "icd10cm", "FY2025", "--format", "sql"}));
    const std::vector<std::string> fy2025 = kept.rows(dump);
    load(kept, script("keep.sql", {"diff", "icd10cm", "FY2025", "FY2026", "--format", "sql", "--deleted", "keep"}));
    load(direct, script("fy2026.sql", {"export", "icd10cm", "FY2026", "--format", "sql"}));
    EXPECT_EQ(kept.rows("SELECT * FROM icd10cm WHERE valid_until IS NULL ORDER BY code"), direct.rows(dump));
    // The three codes FY2026 deleted outright keep their FY2025 rows, dated the day FY2026 came in.
    EXPECT_EQ(kept.rows("SELECT code, valid_until FROM icd10cm WHERE valid_until IS NOT NULL ORDER BY code"),
              (std::vector<std::string>{"T78.1XXA|2025-10-01", "T78.1XXD|2025-10-01", "T78.1XXS|2025-10-01"}));
    for (const std::string& row : kept.rows("SELECT * FROM icd10cm WHERE valid_until IS NOT NULL ORDER BY code"))
        EXPECT_THAT(fy2025, testing::Contains(row.substr(0, row.rfind('|') + 1) + "<NULL>")) << row;

    // The other way, those codes come back: the upsert takes the row again and clears the date.
    load(kept, script("back.sql", {"diff", "icd10cm", "FY2026", "FY2025", "--format", "sql", "--deleted", "keep"}));
    EXPECT_EQ(kept.rows("SELECT * FROM icd10cm WHERE valid_until IS NULL ORDER BY code").size() +
                  kept.rows("SELECT code FROM icd10cm WHERE valid_until = '2024-10-01'").size(),
              kept.rows(dump).size());
    std::vector<std::string> came_back;
    for (const std::string& row : fy2025)
        if (row.starts_with("T78.1XX")) came_back.push_back(row);
    EXPECT_EQ(kept.rows("SELECT * FROM icd10cm WHERE code LIKE 'T78.1XX_' ORDER BY code"), came_back);
}

TEST_P(SqlScripts, TableNamesTheTableAndMustBeOne) {
    import_samples();
    const SqlDatabase db = database();
    load(db, script("plain.sql", {"export", "icd10cm", "FY2025", "--format", "sql", "--table", "dx_codes"}));
    EXPECT_EQ(db.rows("SELECT count(*) FROM dx_codes"), std::vector<std::string>{"57"});
    load(db, script("delta.sql", {"diff", "icd10cm", "FY2025", "FY2026", "--format", "sql", "--table", "dx_codes"}));
    EXPECT_EQ(db.rows("SELECT count(*) FROM dx_codes"), std::vector<std::string>{"68"});

    // A schema-qualified name: a PostgreSQL schema, an attached SQLite database.
    const std::filesystem::path qualified =
        script("schema.sql", {"export", "icd10cm", "FY2026", "--format", "sql", "--table", "warehouse.icd10cm"});
    EXPECT_THAT(read_text(qualified), HasSubstr("CREATE TABLE \"warehouse\".\"icd10cm\" ("));
    if (GetParam() == SqlEngine::postgres) {
        ASSERT_EQ(db.run_sql("CREATE SCHEMA warehouse").exit_code, 0);
        load(db, qualified);
        EXPECT_EQ(db.rows("SELECT count(*) FROM warehouse.icd10cm"), std::vector<std::string>{"68"});
    } else {
        std::ofstream(dir / "attached.sql") << "ATTACH DATABASE '" << (dir / "warehouse.sqlite").string()
                                            << "' AS warehouse;\n"
                                            << read_text(qualified) << "SELECT count(*) FROM warehouse.icd10cm;\n";
        const CommandResult attached = db.run_script(dir / "attached.sql");
        EXPECT_EQ(attached.exit_code, 0) << attached.err;
        EXPECT_EQ(attached.out, "68\n");
    }

    for (const std::string& bad : std::vector<std::string>{"Dx-Codes", "dx codes", "1dx", "a.b.c", "x\"; DROP TABLE dx_codes; --", "sqlite_master", ".dx", std::string(64, 'a')}) {
        const CommandResult refused = codeset({"export", "icd10cm", "FY2025", "--format", "sql", "--table", bad});
        EXPECT_EQ(refused.exit_code, 2) << bad;
        EXPECT_THAT(refused.err, HasSubstr("--table")) << bad;
        EXPECT_EQ(refused.out, "") << bad;
    }
    const CommandResult csv = codeset({"diff", "icd10cm", "FY2025", "FY2026", "--format", "csv", "--deleted", "keep"});
    EXPECT_EQ(csv.exit_code, 2);
    EXPECT_THAT(csv.err, HasSubstr("--deleted is for --format sql"));
    EXPECT_EQ(codeset({"diff", "icd10cm", "FY2025", "FY2026", "--format", "sql", "--deleted", "archive"}).exit_code, 2);
    // -o FILE.sql names the format.
    EXPECT_THAT(read_text(script("by_extension.sql", {"export", "icd10cm", "FY2025"})), HasSubstr("CREATE TABLE \"icd10cm\""));
}

TEST_P(SqlScripts, CptCodesAndFlagsLoadWithoutDescriptorsUnlessTheLicenceIsStated) {
    ASSERT_EQ(codeset({"import", fixture("cpt/cpt-2026-invented.zip").string(), fixture("cpt/cpt-2027-invented").string()})
                  .exit_code,
              0);
    const SqlDatabase guarded = database();
    const SqlDatabase open = database();
    const std::filesystem::path snapshot = script("cpt2026.sql", {"export", "cpt", "2026", "--format", "sql"});
    const std::filesystem::path delta = script("cpt-delta.sql", {"diff", "cpt", "2026", "2027", "--format", "sql"});
    for (const std::filesystem::path& file : {snapshot, delta}) {
        const std::string text = read_text(file);
        EXPECT_THAT(text, Not(HasSubstr("Invented"))) << file;
        EXPECT_THAT(text, HasSubstr("\n-- ")) << file;
        EXPECT_THAT(text, testing::ContainsRegex("\n-- [^\n]*licen[cs]")) << file;
    }
    load(guarded, snapshot);
    load(guarded, delta);
    const CommandResult stated = codeset({"export", "cpt", "2027", "--format", "sql", "--my-license-covers-descriptors",
                                          "-o", (dir / "cpt2027.sql").string()});
    ASSERT_EQ(stated.exit_code, 0) << stated.err;
    EXPECT_THAT(read_text(dir / "cpt2027.sql"), HasSubstr("Invented"));
    load(open, dir / "cpt2027.sql");

    const std::string codes = "SELECT code, CASE WHEN billable THEN 1 ELSE 0 END FROM cpt ORDER BY code";
    EXPECT_EQ(guarded.rows(codes), open.rows(codes));
    EXPECT_GT(guarded.rows(codes).size(), 0u);
    EXPECT_EQ(guarded.rows("SELECT count(*) FROM cpt WHERE short_title IS NOT NULL OR long_title IS NOT NULL"),
              std::vector<std::string>{"0"});
    EXPECT_EQ(open.rows("SELECT count(*) FROM cpt WHERE long_title IS NULL"), std::vector<std::string>{"0"});
}

INSTANTIATE_TEST_SUITE_P(Engines, SqlScripts, testing::Values(SqlEngine::sqlite, SqlEngine::postgres),
                         [](const testing::TestParamInfo<SqlEngine>& info) { return engine_name(info.param); });

}  // namespace
}  // namespace codeset::test
