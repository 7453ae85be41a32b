// Zip sources: listing, streaming, digests, damaged archives and unsafe member names.
#include "codeset/core/source.hpp"

#include "crypto/sha256.hpp"
#include "source_test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

namespace codeset {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using test::core_fixture;
using test::error_message;

TEST(SourceZip, ListsFilesSortedWithoutFolderEntries) {
    const auto source = Source::open(core_fixture("release.zip"));
    EXPECT_THAT(test::member_names(*source),
                ElementsAre("Addenda/2026/icd10cm-order-addenda-2026.txt", "Code Descriptions/icd10cm-codes-2026.txt",
                            "Code Descriptions/icd10cm-order-2026.txt", "README.txt", "notes.txt"));
}

TEST(SourceZip, MembersHaveSizeAndEntryDate) {
    const auto source = Source::open(core_fixture("release.zip"));
    const MemberInfo& order = test::member_named(*source, test::order_member);
    EXPECT_EQ(order.size, 361u);
    EXPECT_EQ(order.base_name(), "icd10cm-order-2026.txt");
    EXPECT_EQ(order.modified, (Date{2025, 7, 1}));  // make_fixtures.sh dates every file 2025-07-01 12:00
    EXPECT_EQ(test::member_named(*source, "README.txt").size, 60u);
}

TEST(SourceZip, ReadsMemberContent) {
    const auto source = Source::open(core_fixture("release.zip"));
    EXPECT_EQ(source->read_member(test::member_named(*source, test::order_member), "order"),
              test::slurp(core_fixture("folder_release") / test::order_member));
}

TEST(SourceZip, StreamsMemberInSmallChunks) {
    const auto source = Source::open(core_fixture("release.zip"));
    auto stream = source->open_member(test::member_named(*source, test::order_member), "order");
    const std::string data = test::read_all(*stream, 7);
    EXPECT_EQ(data.size(), 361u);
    EXPECT_EQ(data, test::slurp(core_fixture("plain.txt")));
}

TEST(SourceZip, ReadFilesListsTheArchiveWithItsDigest) {
    const fs::path path = core_fixture("release.zip");
    const auto source = Source::open(path);
    const auto files = source->read_files();
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0], (SourceFile{path.string(), "", 1444, test::sha256_of_release_zip, "archive"}));
    EXPECT_EQ(files[0].sha256, detail::Sha256::of_file(path.string()));
}

TEST(SourceZip, ReadFilesListsMembersReadToTheEndAfterTheArchive) {
    const fs::path path = core_fixture("release.zip");
    const auto source = Source::open(path);
    auto order = source->open_member(test::member_named(*source, test::order_member), "order");
    test::read_all(*order);
    auto readme = source->open_member(test::member_named(*source, "README.txt"), "readme");
    char buffer[4];
    ASSERT_EQ(readme->read(buffer, sizeof buffer), sizeof buffer);  // partly read: not listed

    const auto files = source->read_files();
    ASSERT_EQ(files.size(), 2u);
    EXPECT_EQ(files[0].role, "archive");
    EXPECT_EQ(files[1], (SourceFile{path.string(), test::order_member, 361, test::sha256_of_order_txt, "order"}));

    test::read_all(*readme);
    const auto later = source->read_files();
    ASSERT_EQ(later.size(), 3u);
    EXPECT_EQ(later[2], (SourceFile{path.string(), "README.txt", 60, test::sha256_of_readme_txt, "readme"}));
}

TEST(SourceZip, LocationNamesMemberAndArchive) {
    const fs::path path = core_fixture("release.zip");
    const auto source = Source::open(path);
    const Location where = source->locate(test::member_named(*source, test::order_member), 2);
    EXPECT_EQ(where.to_string(), std::string(test::order_member) + " in " + path.string() + ", line 2");
}

TEST(SourceZip, FindsMemberCaseInsensitively) {
    const auto source = Source::open(core_fixture("release.zip"));
    const auto readme = source->find_member("readme\\.TXT");
    ASSERT_TRUE(readme.has_value());
    EXPECT_EQ(readme->name, "README.txt");
}

TEST(SourceZip, MemberNotInTheArchiveIsNotFound) {
    const auto source = Source::open(core_fixture("release.zip"));
    const std::string message =
        error_message([&] { source->open_member(MemberInfo{"missing.txt", 0, {}}, "order"); }, ErrorCode::not_found);
    EXPECT_THAT(message, HasSubstr("missing.txt"));
    EXPECT_THAT(message, HasSubstr(source->path()));
}

TEST(SourceZip, EmptyArchiveHasNoMembers) {
    const auto source = Source::open(core_fixture("empty_archive.zip"));
    EXPECT_TRUE(source->members().empty());
    EXPECT_FALSE(source->find_member(".*").has_value());
    const auto files = source->read_files();
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0].size, 22u);
}

class SourceZipScratch : public test::ScratchTest {};

TEST_F(SourceZipScratch, RecognisedBySignatureWhateverItsName) {
    for (const char* name : {"RELEASE.ZIP", "release.download", "release"}) {
        const fs::path path = dir() / name;
        fs::copy_file(core_fixture("release.zip"), path);
        const auto source = Source::open(path);
        EXPECT_EQ(source->members().size(), 5u) << name;
        const auto files = source->read_files();
        ASSERT_FALSE(files.empty()) << name;
        EXPECT_EQ(files[0].role, "archive") << name;
        EXPECT_EQ(files[0].sha256, test::sha256_of_release_zip) << name;
    }
}

TEST_F(SourceZipScratch, ArchiveRemovedAfterOpeningThrowsIoWhenListed) {
    const fs::path path = dir() / "release.zip";
    fs::copy_file(core_fixture("release.zip"), path);
    const auto source = Source::open(path);
    fs::remove(path);
    const std::string message = error_message([&] { source->read_files(); }, ErrorCode::io);
    EXPECT_THAT(message, HasSubstr(path.string()));
}

TEST(SourceZipDamaged, EncryptedMemberThrowsIoNamingMemberAndArchive) {
    const fs::path path = core_fixture("encrypted.zip");
    const auto source = Source::open(path);
    ASSERT_EQ(test::member_names(*source), std::vector<std::string>{"README.txt"});
    const std::string message =
        error_message([&] { source->open_member(source->members().front(), "readme"); }, ErrorCode::io);
    EXPECT_THAT(message, HasSubstr("README.txt in " + path.string()));
    EXPECT_THAT(message, HasSubstr("cannot open zip member"));
}

TEST(SourceZipDamaged, TruncatedArchiveThrowsIoNamingIt) {
    const fs::path path = core_fixture("release_truncated.zip");
    const std::string message = error_message([&] { Source::open(path); }, ErrorCode::io);
    EXPECT_THAT(message, HasSubstr(path.string()));
    EXPECT_THAT(message, HasSubstr("not a readable zip archive"));
}

TEST(SourceZipDamaged, SignatureFollowedByGarbageThrowsIoNamingIt) {
    const fs::path path = core_fixture("zip_signature_only.bin");
    const std::string message = error_message([&] { Source::open(path); }, ErrorCode::io);
    EXPECT_THAT(message, HasSubstr(path.string()));
    EXPECT_THAT(message, HasSubstr("not a readable zip archive"));
}

TEST(SourceZipDamaged, TextWithZipNameThrowsIoNamingIt) {
    const fs::path path = core_fixture("not_a_zip.zip");
    const std::string message = error_message([&] { Source::open(path); }, ErrorCode::io);
    EXPECT_THAT(message, HasSubstr(path.string()));
    EXPECT_THAT(message, HasSubstr("no zip signature"));
}

TEST(SourceZipDamaged, CorruptMemberDataThrowsIoWhileReading) {
    const fs::path path = core_fixture("release_crc.zip");
    const auto source = Source::open(path);  // the directory is intact
    ASSERT_EQ(test::member_names(*source), std::vector<std::string>{"README.txt"});
    const std::string message = error_message(
        [&] { source->read_member(source->members().front(), "readme"); }, ErrorCode::io);
    EXPECT_EQ(message, path.string() +
                           ": member README.txt is corrupt: CRC mismatch (the bytes are not those the zip was made with)");
    ASSERT_EQ(source->read_files().size(), 1u) << "a member that failed to read is not listed";
}

// Member names that would escape a folder if extracted are refused when the zip is opened.
void expect_refused(const std::string& fixture_name, const std::string& member_name) {
    const fs::path path = core_fixture(fixture_name);
    const std::string message = error_message([&] { Source::open(path); }, ErrorCode::io);
    EXPECT_THAT(message, HasSubstr(path.string()));
    EXPECT_THAT(message, HasSubstr("'" + member_name + "'"));
    EXPECT_THAT(message, HasSubstr("points outside the archive"));
}

TEST(SourceZipUnsafe, ParentFolderMemberIsRefused) { expect_refused("traversal.zip", "../evil.txt"); }
TEST(SourceZipUnsafe, NestedParentFolderMemberIsRefused) { expect_refused("traversal_nested.zip", "docs/../../evil.txt"); }
TEST(SourceZipUnsafe, AbsoluteMemberIsRefused) { expect_refused("absolute.zip", "/tmp/evil.txt"); }
TEST(SourceZipUnsafe, BackslashMemberIsRefused) { expect_refused("backslash.zip", "..\\evil.txt"); }

}  // namespace
}  // namespace codeset
