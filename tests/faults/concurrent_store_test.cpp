// Four codeset processes on one store at once: two importing different releases, two reading
// (releases, diff, show) in a loop. Each command completes or fails with the one-line "store busy"
// message after its bounded wait; at the end every release is stored exactly once, wholly, and the
// store passes PRAGMA integrity_check.
#include "fault_support.hpp"

#include "codeset/store/store.hpp"

#include <atomic>
#include <thread>

namespace codeset::test {
namespace {

constexpr auto command_bound = std::chrono::minutes(3);

class ConcurrentStore : public ::testing::Test {
protected:
    void SetUp() override { dir = scratch_dir("faults-concurrent"); }
    void TearDown() override { fs::remove_all(dir); }

    // Completed, or refused as busy in one line; counts the refusals.
    void expect_done_or_busy(const ChildResult& result, const std::string& what) {
        EXPECT_FALSE(result.signaled) << what << " killed by signal " << result.signal;
        EXPECT_FALSE(result.timed_out) << what << " still running after its bound";
        if (result.ok()) return;
        ++busy;
        EXPECT_NE(result.err.find("store busy"), std::string::npos) << what << " failed: " << result.err;
        expect_one_line_error(result, what);
    }

    // One reader: until the importers are done (and at least three times), list the releases and
    // diff or show what is listed.
    void read_in_a_loop(const fs::path& db, int reader, const std::atomic<bool>& importing) {
        const std::string tag = "reader" + std::to_string(reader);
        for (int round = 0; importing || round < 3; ++round) {
            const ChildResult listed = run_codeset_on(db, {"releases", "--format", "json"}, dir, tag, command_bound);
            expect_done_or_busy(listed, "releases");
            ++reads;
            if (!listed.ok()) continue;
            std::vector<std::string> versions;
            for (const nlohmann::json& release : nlohmann::json::parse(listed.out))
                versions.push_back(release["version"].get<std::string>());
            if (versions.size() >= 2) {
                expect_done_or_busy(
                    run_codeset_on(db, {"diff", "icd10cm", versions[0], versions[1]}, dir, tag, command_bound), "diff");
                ++reads;
            }
            if (!versions.empty()) {
                expect_done_or_busy(
                    run_codeset_on(db, {"show", "icd10cm", "K91.61", "--at", versions.back()}, dir, tag, command_bound),
                    "show");
                ++reads;
            }
        }
    }

    void rounds(const std::vector<ReleaseFile>& releases, int count) {
        // What each release is when imported alone.
        const fs::path reference = dir / "reference.db";
        for (const ReleaseFile& release : releases) {
            const ChildResult alone = run_codeset_on(reference, {"import", release.path.string()}, dir, "reference");
            ASSERT_TRUE(alone.ok()) << alone.err;
        }
        std::vector<StoredRelease> expected;
        for (const ReleaseFile& release : releases) expected.push_back(*StoreFile(reference).release(release.version));

        for (int round = 1; round <= count; ++round) {
            SCOPED_TRACE("round " + std::to_string(round));
            const fs::path db = dir / "shared.db";
            fs::remove(db);
            { Store created(db); }  // the readers find a store from the start
            std::atomic<bool> importing = true;
            std::vector<std::unique_ptr<ChildProcess>> importers;
            for (std::size_t i = 0; i < releases.size(); ++i) {
                const std::string tag = "importer" + std::to_string(i);
                importers.push_back(std::make_unique<ChildProcess>(
                    std::vector<std::string>{CODESET_BINARY, "--db", db.string(), "import", releases[i].path.string()},
                    dir / (tag + ".out"), dir / (tag + ".err")));
            }
            std::thread reader0([&] { read_in_a_loop(db, 0, importing); });
            std::thread reader1([&] { read_in_a_loop(db, 1, importing); });
            std::vector<std::size_t> refused;
            for (std::size_t i = 0; i < importers.size(); ++i) {
                const ChildResult result = importers[i]->wait(command_bound);
                expect_done_or_busy(result, "import " + releases[i].version);
                if (!result.ok()) refused.push_back(i);
            }
            importing = false;
            reader0.join();
            reader1.join();
            // An import refused as busy is one the user runs again.
            for (std::size_t i : refused) {
                const ChildResult again = run_codeset_on(db, {"import", releases[i].path.string()}, dir, "again");
                EXPECT_TRUE(again.ok()) << again.err;
            }
            const StoreFile store(db);
            EXPECT_EQ(store.integrity(), "ok");
            std::vector<std::string> labels;
            for (const ReleaseFile& release : releases) labels.push_back("icd10cm " + release.version);
            std::sort(labels.begin(), labels.end());
            EXPECT_EQ(store.release_labels(), labels) << "a release lost or stored twice";
            for (std::size_t i = 0; i < releases.size(); ++i)
                EXPECT_EQ(store.release(releases[i].version), expected[i]) << releases[i].version << " half there";
        }
        std::cout << "[ FAULTS   ] " << count << " rounds of 2 imports (" << releases[0].path.filename().string()
                  << ", " << releases[1].path.filename().string() << ") and 2 readers: " << reads
                  << " reads, " << busy << " commands refused as store busy\n";
    }

    fs::path dir;
    std::atomic<int> busy = 0;
    std::atomic<int> reads = 0;
};

TEST_F(ConcurrentStore, SampleReleases) { rounds({sample_release(2025), sample_release(2026)}, 4); }

TEST_F(ConcurrentStore, RealReleases) {
    CODESET_REQUIRE_SHARED_DATA();
    if (!have_real_cm_pair()) GTEST_SKIP() << "the FY2025/FY2026 ICD-10-CM zips are not in " << shared_data();
    rounds({real_cm_release(2025), real_cm_release(2026)}, 2);
}

}  // namespace
}  // namespace codeset::test
