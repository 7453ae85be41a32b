// The sql writer on the real CMS releases, in PostgreSQL (a throw-away cluster) and in SQLite: the
// table of the older release with the delta applied holds exactly the rows of the newer one loaded
// directly (one ORDER BY code dump of each, compared), for ICD-10-CM and ICD-10-PCS FY2025 -> FY2026
// and HCPCS 2017 -> 2018; with --deleted keep, the rows of the codes gone keep their older content
// dated the day the newer release came in, and every other row is the newer release's. One
// database per case, the tables told apart by --table.
#include "run_command.hpp"
#include "sql_databases.hpp"

#include <gtest/gtest.h>

#include <set>

namespace codeset::test {
namespace {

struct DeltaCase {
    std::string name;
    std::string system;
    std::string from_file;  // under shared_data()
    std::string to_file;
    std::string from;  // labels
    std::string to;
    std::string to_effective;
};

const std::vector<DeltaCase>& delta_cases() {
    static const std::vector<DeltaCase> cases = {
        {"icd10cm", "icd10cm", "icd10cm/ICD10-CM Code Descriptions 2025.zip", "icd10cm/icd10cm-Code Descriptions-2026.zip",
         "FY2025", "FY2026", "2025-10-01"},
        {"icd10pcs", "icd10pcs", "icd10pcs/cms_2025_pr.zip", "icd10pcs/cms_2026_pr.zip", "FY2025", "FY2026", "2025-10-01"},
        {"hcpcs", "hcpcs", "hcpcs/2017-Alpha-Numeric-HCPCS-File.zip", "hcpcs/2018-Alpha-Numeric-HCPCS-File.zip", "2017-01",
         "2018-01", "2018-01-01"},
    };
    return cases;
}

using Param = std::tuple<std::size_t, SqlEngine>;

class SqlDeltaRealData : public testing::TestWithParam<Param> {
protected:
    void SetUp() override {
        CODESET_REQUIRE_SHARED_DATA();
        if (engine() == SqlEngine::postgres) CODESET_REQUIRE_POSTGRES();
        dir = scratch_dir("sql-realdata-" + release().name + "-" + engine_name(engine()));
        const CommandResult imported =
            run_codeset({"import", (shared_data() / release().from_file).string(), (shared_data() / release().to_file).string()}, dir);
        ASSERT_EQ(imported.exit_code, 0) << imported.err;
    }
    void TearDown() override {
        if (!dir.empty()) std::filesystem::remove_all(dir);
    }

    const DeltaCase& release() const { return delta_cases()[std::get<0>(GetParam())]; }
    SqlEngine engine() const { return std::get<1>(GetParam()); }

    // Writes the script `args` print into the database, as table `table`.
    void load(const SqlDatabase& db, std::vector<std::string> args, const std::string& table) {
        const std::filesystem::path file = dir / (table + "-" + std::to_string(++m_scripts) + ".sql");
        for (const std::string& arg : {std::string("--format"), std::string("sql"), std::string("--table"), table,
                                       std::string("-o"), file.string()})
            args.push_back(arg);
        const CommandResult written = run_codeset(args, dir);
        ASSERT_EQ(written.exit_code, 0) << written.err;
        const CommandResult loaded = db.run_script(file);
        ASSERT_EQ(loaded.exit_code, 0) << file << ": " << loaded.err.substr(0, 2000);
    }

    std::filesystem::path dir;

private:
    int m_scripts = 0;
};

std::string code_of(const std::string& row) { return row.substr(0, row.find('|')); }

TEST_P(SqlDeltaRealData, TheOlderTableWithTheDeltaIsTheNewerTable) {
    const DeltaCase& c = release();
    const SqlDatabase db(engine(), dir);
    ASSERT_EQ(db.error(), "");
    ASSERT_NO_FATAL_FAILURE(load(db, {"export", c.system, c.to}, "newer"));
    ASSERT_NO_FATAL_FAILURE(load(db, {"export", c.system, c.from}, "applied"));
    const std::vector<std::string> older = db.rows("SELECT * FROM applied ORDER BY code");
    ASSERT_NO_FATAL_FAILURE(load(db, {"diff", c.system, c.from, c.to}, "applied"));
    ASSERT_NO_FATAL_FAILURE(load(db, {"export", c.system, c.from}, "kept"));
    ASSERT_NO_FATAL_FAILURE(load(db, {"diff", c.system, c.from, c.to, "--deleted", "keep"}, "kept"));

    const std::vector<std::string> newer = db.rows("SELECT * FROM newer ORDER BY code");
    ASSERT_GT(newer.size(), 5000u);
    ASSERT_NE(older, newer);
    const std::vector<std::string> applied = db.rows("SELECT * FROM applied ORDER BY code");
    EXPECT_EQ(applied.size(), newer.size());
    EXPECT_TRUE(applied == newer) << "the delta did not turn " << c.from << " into " << c.to;

    // --deleted keep: the newer rows, and the older rows of the codes gone, dated.
    EXPECT_TRUE(db.rows("SELECT * FROM kept WHERE valid_until IS NULL ORDER BY code") == newer);
    std::set<std::string> newer_codes;
    for (const std::string& row : newer) newer_codes.insert(code_of(row));
    std::vector<std::string> gone;
    for (const std::string& row : older)
        if (!newer_codes.contains(code_of(row))) gone.push_back(row.substr(0, row.rfind('|') + 1) + c.to_effective);
    EXPECT_GT(gone.size(), 0u);
    EXPECT_TRUE(db.rows("SELECT * FROM kept WHERE valid_until IS NOT NULL ORDER BY code") == gone);
}

INSTANTIATE_TEST_SUITE_P(Releases, SqlDeltaRealData,
                         testing::Combine(testing::Range<std::size_t>(0, 3), testing::Values(SqlEngine::sqlite, SqlEngine::postgres)),
                         [](const testing::TestParamInfo<Param>& info) {
                             return delta_cases()[std::get<0>(info.param)].name + "_" + engine_name(std::get<1>(info.param));
                         });

}  // namespace
}  // namespace codeset::test
