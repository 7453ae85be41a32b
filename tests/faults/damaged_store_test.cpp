// A store file damaged on disk: bytes flipped in the header, in a page of codes, in a page of an
// index and in the middle of the file. releases, diff, show, export and import each work or fail
// with an exit code, one line on stderr naming the store file: never a signal, never a sanitizer
// report.
#include "fault_support.hpp"

#include <fstream>

namespace codeset::test {
namespace {

struct Damage {
    std::string where;
    std::int64_t offset = 0;
    std::size_t length = 0;
};

class DamagedStore : public ::testing::Test {
protected:
    void SetUp() override { dir = scratch_dir("faults-damaged"); }
    void TearDown() override { fs::remove_all(dir); }

    fs::path store_of(const std::vector<ReleaseFile>& releases, const std::string& name) {
        const fs::path db = dir / name;
        for (const ReleaseFile& release : releases) {
            const ChildResult result = run_codeset_on(db, {"import", release.path.string()}, dir, "setup");
            EXPECT_TRUE(result.ok()) << result.err;
        }
        return db;
    }

    // The places to damage: the header, the first page of the codes' table and of their index,
    // and the middle of the file.
    static std::vector<Damage> damages(const fs::path& db) {
        const StoreFile store(db);
        const std::int64_t page = std::stoll(store.column("PRAGMA page_size").at(0));
        auto root = [&](const std::string& name) {
            return std::stoll(store.column("SELECT rootpage FROM sqlite_schema WHERE name = '" + name + "'").at(0));
        };
        const auto size = static_cast<std::int64_t>(fs::file_size(db));
        return {
            {"the header's magic string", 0, 16},
            {"the header's page size and counters", 16, 48},
            {"the page of codes (content's root page)", (root("content") - 1) * page + page / 2, 64},
            {"the page of the index content_by_code", (root("content_by_code") - 1) * page + page / 2, 64},
            {"the page of releases", (root("release") - 1) * page + page / 3, 64},
            {"the middle of the file", size / 2, 256},
        };
    }

    static void flip(const fs::path& file, const Damage& damage) {
        std::fstream io(file, std::ios::in | std::ios::out | std::ios::binary);
        std::string bytes(damage.length, '\0');
        io.seekg(damage.offset);
        io.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        for (char& c : bytes) c = static_cast<char>(~c);
        io.seekp(damage.offset);
        io.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }

    fs::path damaged_copy(const fs::path& store, const std::string& name, const Damage& damage) const {
        const fs::path db = dir / name;
        fs::remove(db);
        fs::copy_file(store, db);
        flip(db, damage);
        return db;
    }

    void expect_clean_outcome(const fs::path& db, const std::vector<std::string>& args, const std::string& where) {
        std::string what;
        for (const std::string& arg : args) what += arg + " ";
        what += "on " + where;
        const ChildResult result = run_codeset_on(db, args, dir, "damaged");
        EXPECT_FALSE(result.signaled) << what << ": killed by signal " << result.signal << "\n" << result.err;
        EXPECT_FALSE(result.timed_out) << what;
        EXPECT_EQ(result.err.find("Sanitizer"), std::string::npos) << what << ":\n" << result.err;
        EXPECT_EQ(result.err.find("runtime error:"), std::string::npos) << what << ":\n" << result.err;
        if (result.ok()) {
            ++worked;
            return;
        }
        ++failed;
        expect_one_line_error(result, what);
        EXPECT_NE(result.err.find(db.string()), std::string::npos) << what << " does not name the store: " << result.err;
    }

    // Each damage on a fresh copy of `both` (read commands) and of `older` (an import into it).
    void damage_and_run(const fs::path& both, const fs::path& older, const ReleaseFile& newer) {
        const std::string from = "FY2025", to = "FY2026";
        for (const Damage& damage : damages(both)) {
            SCOPED_TRACE(damage.where);
            const fs::path db = damaged_copy(both, "damaged.db", damage);
            expect_clean_outcome(db, {"releases"}, damage.where);
            expect_clean_outcome(db, {"releases", "--format", "json"}, damage.where);
            expect_clean_outcome(db, {"diff", "icd10cm", from, to}, damage.where);
            expect_clean_outcome(db, {"show", "icd10cm", "K91.61"}, damage.where);
            expect_clean_outcome(db, {"export", "icd10cm", to, "--format", "csv", "-o", (dir / "x.csv").string()},
                                 damage.where);
            expect_clean_outcome(db, {"import", newer.path.string()}, damage.where);
        }
        for (const Damage& damage : damages(older)) {
            SCOPED_TRACE(damage.where);
            const fs::path db = damaged_copy(older, "damaged-older.db", damage);
            expect_clean_outcome(db, {"import", newer.path.string()}, damage.where + " (import into it)");
            expect_clean_outcome(db, {"releases"}, damage.where + " (after the import)");
        }
        std::cout << "[ FAULTS   ] damaged store (" << newer.path.filename().string() << "): " << worked
                  << " commands worked, " << failed << " failed with a one-line error naming the store\n";
    }

    fs::path dir;
    int worked = 0;
    int failed = 0;
};

TEST_F(DamagedStore, SampleReleases) {
    const fs::path both = store_of({sample_release(2025), sample_release(2026)}, "both.db");
    const fs::path older = store_of({sample_release(2025)}, "older.db");
    damage_and_run(both, older, sample_release(2026));
}

TEST_F(DamagedStore, RealReleases) {
    CODESET_REQUIRE_SHARED_DATA();
    if (!have_real_cm_pair()) GTEST_SKIP() << "the FY2025/FY2026 ICD-10-CM zips are not in " << shared_data();
    const fs::path both = store_of({real_cm_release(2025), real_cm_release(2026)}, "both.db");
    const fs::path older = store_of({real_cm_release(2025)}, "older.db");
    damage_and_run(both, older, real_cm_release(2026));
}

}  // namespace
}  // namespace codeset::test
