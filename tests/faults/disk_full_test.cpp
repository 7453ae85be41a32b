// A disk that fills up during an import: the library, in-process, imports through a default SQLite
// VFS whose files may grow by only part of what the import needs (tests/support/full_disk_vfs.hpp), as `codeset import`
// imports. The import fails with the one-line "disk is full" error and leaves the store's bytes as
// they were; once there is room, the same import works.
#include "fault_support.hpp"
#include "full_disk_vfs.hpp"

#include "codeset/core/error.hpp"
#include "codeset/core/importer.hpp"
#include "codeset/core/source.hpp"
#include "codeset/import/describe_release.hpp"
#include "codeset/store/store.hpp"

namespace codeset::test {
namespace {

ReleaseRecord import_file(Store& store, const fs::path& path) {
    auto source = Source::open(path);
    const Importer& importer = choose_importer(*source);
    const ReleaseInfo info = describe_release(importer, *source, ReleaseOverrides{});
    return store.import_release(info, [&](RecordSink& sink) { importer.read(*source, sink, ReadOptions{}); }).release;
}

class DiskFull : public ::testing::Test {
protected:
    void SetUp() override { dir = scratch_dir("faults-full"); }
    void TearDown() override { fs::remove_all(dir); }

    // `target` imported into a store holding `base` (none: an empty store), on a disk with only
    // a part of what the import needs free.
    void fill_the_disk(const std::optional<ReleaseFile>& base, const ReleaseFile& target) {
        const fs::path start = dir / "start.db";
        {
            Store store(start);
            if (base) import_file(store, base->path);
        }
        // What the import needs: its growth of the store and of the journal, on a disk without a limit.
        const fs::path grown = dir / "grown.db";
        fs::copy_file(start, grown);
        std::uint64_t expected_codes = 0;
        std::int64_t needed = 0;
        {
            FullDiskVfs disk;
            Store store(grown);
            expected_codes = import_file(store, target.path).code_count;
            needed = disk.grown();
        }
        const auto size = static_cast<std::int64_t>(fs::file_size(start));
        ASSERT_GT(needed, 0);
        const std::string bytes = file_text(start);

        for (const double part : {0.0, 0.25, 0.5, 0.75}) {
            const auto free = static_cast<std::int64_t>(static_cast<double>(needed) * part);
            SCOPED_TRACE(std::to_string(free) + " bytes free (the import needs " + std::to_string(needed) + ")");
            const fs::path db = dir / "full.db";
            fs::remove(db);
            fs::copy_file(start, db);
            std::int64_t refusals = 0;
            {
                FullDiskVfs disk;
                disk.set_free(free);
                try {
                    Store store(db);
                    import_file(store, target.path);
                    ADD_FAILURE() << "the import succeeded on a full disk";
                } catch (const Error& error) {
                    const std::string message = error.what();
                    EXPECT_NE(message.find("disk is full"), std::string::npos) << message;
                    EXPECT_NE(message.find(db.string()), std::string::npos) << message;
                    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
                }
                refusals = disk.refusals();
            }
            EXPECT_GT(refusals, 0);
            // A rollback journal (no WAL): the rollback restores every page and the file's size.
            EXPECT_FALSE(fs::exists(db.string() + "-journal"));
            EXPECT_TRUE(file_text(db) == bytes) << "the store's bytes changed";
            EXPECT_EQ(StoreFile(db).integrity(), "ok");

            Store store(db);
            EXPECT_EQ(import_file(store, target.path).code_count, expected_codes) << "import with room again";
        }
        std::cout << "[ FAULTS   ] disk full: " << target.path.filename().string() << " into "
                  << (base ? "a store holding " + base->version : std::string("an empty store")) << " ("
                  << size << " bytes; the import grows the store and journal by " << needed
                  << "): 0, 1/4, 1/2, 3/4 of that free, each refused, store unchanged\n";
    }

    fs::path dir;
};

TEST_F(DiskFull, SampleFy2026IntoAStoreHoldingFy2025) {
    fill_the_disk(sample_release(2025), sample_release(2026));
}

TEST_F(DiskFull, SampleFy2025IntoAnEmptyStore) { fill_the_disk(std::nullopt, sample_release(2025)); }

TEST_F(DiskFull, RealFy2026IntoAStoreHoldingFy2025) {
    CODESET_REQUIRE_SHARED_DATA();
    if (!have_real_cm_pair()) GTEST_SKIP() << "the FY2025/FY2026 ICD-10-CM zips are not in " << shared_data();
    fill_the_disk(real_cm_release(2025), real_cm_release(2026));
}

TEST_F(DiskFull, RealFy2026IntoAnEmptyStore) {
    CODESET_REQUIRE_SHARED_DATA();
    if (!have_real_cm_pair()) GTEST_SKIP() << "the FY2025/FY2026 ICD-10-CM zips are not in " << shared_data();
    fill_the_disk(std::nullopt, real_cm_release(2026));
}

}  // namespace
}  // namespace codeset::test
