// Source::open dispatch, plain files, empty files, missing paths and member lookup.
#include "codeset/core/source.hpp"

#include "source_test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace codeset {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using test::core_fixture;
using test::error_message;

TEST(SourceOpen, MissingPathThrowsIoNamingIt) {
    const fs::path path = core_fixture("no-such-release.zip");
    const std::string message = error_message([&] { Source::open(path); }, ErrorCode::io);
    EXPECT_THAT(message, HasSubstr(path.string()));
    EXPECT_THAT(message, HasSubstr("no such file or folder"));
}

TEST(SourceOpen, DeviceIsRefused) {
    const std::string message = error_message([] { Source::open("/dev/null"); }, ErrorCode::io);
    EXPECT_THAT(message, HasSubstr("/dev/null"));
    EXPECT_THAT(message, HasSubstr("not a regular file or folder"));
}

TEST(SourcePlainFile, IsOneMemberNamedAfterTheFile) {
    const fs::path path = core_fixture("plain.txt");
    const auto source = Source::open(path);
    EXPECT_EQ(source->path(), path.string());
    ASSERT_EQ(source->members().size(), 1u);
    const MemberInfo& member = source->members().front();
    EXPECT_EQ(member.name, "plain.txt");
    EXPECT_EQ(member.base_name(), "plain.txt");
    EXPECT_EQ(member.size, 361u);
    EXPECT_TRUE(member.modified.has_value());
}

TEST(SourcePlainFile, ReadsTheWholeFile) {
    const fs::path path = core_fixture("plain.txt");
    const auto source = Source::open(path);
    EXPECT_EQ(source->read_member(source->members().front(), "order"), test::slurp(path));
}

TEST(SourcePlainFile, ReadFilesListsTheFileOnceReadWithItsDigest) {
    const fs::path path = core_fixture("plain.txt");
    const auto source = Source::open(path);
    EXPECT_TRUE(source->read_files().empty()) << "nothing read yet";
    auto stream = source->open_member(source->members().front(), "order");
    EXPECT_EQ(test::read_all(*stream, 10), test::slurp(path));
    const auto files = source->read_files();
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0], (SourceFile{path.string(), "", 361, test::sha256_of_order_txt, "order"}));
}

TEST(SourcePlainFile, LocationHasNoMember) {
    const fs::path path = core_fixture("plain.txt");
    const auto source = Source::open(path);
    const Location where = source->locate(source->members().front(), 3, 7);
    EXPECT_EQ(where.file, path.string());
    EXPECT_EQ(where.member, "");
    EXPECT_EQ(where.to_string(), path.string() + ", line 3, column 7");
}

TEST(SourcePlainFile, EmptyFileIsOneEmptyMember) {
    const fs::path path = core_fixture("empty.txt");
    const auto source = Source::open(path);
    ASSERT_EQ(source->members().size(), 1u);
    EXPECT_EQ(source->members().front().name, "empty.txt");
    EXPECT_EQ(source->members().front().size, 0u);
    EXPECT_EQ(source->read_member(source->members().front(), "order"), "");
    const auto files = source->read_files();
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0].size, 0u);
    EXPECT_EQ(files[0].sha256, test::sha256_of_nothing);
}

TEST(SourceStream, PartlyReadMemberIsNotListed) {
    const auto source = Source::open(core_fixture("plain.txt"));
    auto stream = source->open_member(source->members().front(), "order");
    char buffer[10];
    EXPECT_EQ(stream->read(buffer, sizeof buffer), sizeof buffer);
    EXPECT_EQ(std::string(buffer, 5), "00001");
    EXPECT_TRUE(source->read_files().empty());
}

TEST(SourceStream, ZeroSizedReadIsNotTheEnd) {
    const auto source = Source::open(core_fixture("plain.txt"));
    auto stream = source->open_member(source->members().front(), "order");
    char buffer[1];
    EXPECT_EQ(stream->read(buffer, 0), 0u);
    EXPECT_TRUE(source->read_files().empty()) << "a read of 0 bytes must not finish the member's digest";
    test::read_all(*stream);
    const auto files = source->read_files();
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0].size, 361u);
    EXPECT_EQ(files[0].sha256, test::sha256_of_order_txt);
}

TEST(SourceStream, ReadingAfterTheEndKeepsReturningZeroAndListsOnce) {
    const auto source = Source::open(core_fixture("plain.txt"));
    auto stream = source->open_member(source->members().front(), "order");
    test::read_all(*stream);
    char buffer[16];
    EXPECT_EQ(stream->read(buffer, sizeof buffer), 0u);
    EXPECT_EQ(stream->read(buffer, sizeof buffer), 0u);
    EXPECT_EQ(source->read_files().size(), 1u);
}

TEST(SourceStream, MemberReadTwiceIsListedOnce) {
    const auto source = Source::open(core_fixture("plain.txt"));
    source->read_member(source->members().front(), "order");
    source->read_member(source->members().front(), "order");
    EXPECT_EQ(source->read_files().size(), 1u);
}

class SourceOpenScratch : public test::ScratchTest {};

TEST_F(SourceOpenScratch, EmptyFileNamedZipIsRefusedNamingIt) {
    const fs::path path = dir() / "release.zip";
    fs::copy_file(core_fixture("empty.txt"), path);
    const std::string message = error_message([&] { Source::open(path); }, ErrorCode::io);
    EXPECT_THAT(message, HasSubstr(path.string()));
    EXPECT_THAT(message, HasSubstr("not a readable zip archive"));
}

TEST_F(SourceOpenScratch, TextFileWithUpperCaseZipExtensionIsRefused) {
    const fs::path path = dir() / "RELEASE.ZIP";
    fs::copy_file(core_fixture("plain.txt"), path);
    const std::string message = error_message([&] { Source::open(path); }, ErrorCode::io);
    EXPECT_THAT(message, HasSubstr(path.string()));
    EXPECT_THAT(message, HasSubstr("no zip signature"));
}

TEST(SourceFindMember, MatchesBaseNameCaseInsensitively) {
    const auto source = Source::open(core_fixture("folder_release"));
    const auto order = source->find_member(R"(ICD10CM-ORDER-\d{4}\.TXT)");
    ASSERT_TRUE(order.has_value());
    EXPECT_EQ(order->name, test::order_member);
    EXPECT_EQ(order->size, 361u);
}

TEST(SourceFindMember, MatchesTheWholeBaseNameOnly) {
    const auto source = Source::open(core_fixture("folder_release"));
    EXPECT_FALSE(source->find_member("order").has_value()) << "a partial match is not a match";
    EXPECT_FALSE(source->find_member("Code Descriptions/.*").has_value()) << "folders are not part of the base name";
    EXPECT_FALSE(source->find_member(R"(icd10cm-order-\d{4})").has_value());
}

TEST(SourceFindMember, ReturnsTheFirstMatchInNameOrder) {
    const auto source = Source::open(core_fixture("folder_release"));
    const auto first = source->find_member(R"(.*-2026\.txt)");
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->name, "Addenda/2026/icd10cm-order-addenda-2026.txt");
}

TEST(SourceFindMember, WorksOnAPlainFile) {
    const auto source = Source::open(core_fixture("plain.txt"));
    ASSERT_TRUE(source->find_member(R"(PLAIN\.txt)").has_value());
    EXPECT_FALSE(source->find_member(R"(other\.txt)").has_value());
}

TEST(MemberInfo, BaseNameIsTheLastComponent) {
    EXPECT_EQ((MemberInfo{"Code Descriptions/icd10cm-order-2022.txt", 0, {}}).base_name(), "icd10cm-order-2022.txt");
    EXPECT_EQ((MemberInfo{"a/b/c.txt", 0, {}}).base_name(), "c.txt");
    EXPECT_EQ((MemberInfo{"c.txt", 0, {}}).base_name(), "c.txt");
}

TEST(SourceListing, MembersAreSortedByName) {
    for (const char* name : {"folder_release", "release.zip"}) {
        const auto source = Source::open(core_fixture(name));
        const auto names = test::member_names(*source);
        EXPECT_TRUE(std::is_sorted(names.begin(), names.end())) << name;
        EXPECT_EQ(names.size(), 5u) << name;
    }
}

TEST(SourceListing, ZipAndFolderOfTheSameReleaseHaveTheSameMembers) {
    const auto folder = Source::open(core_fixture("folder_release"));
    const auto zip = Source::open(core_fixture("release.zip"));
    EXPECT_EQ(test::member_names(*folder), test::member_names(*zip));
    for (std::size_t i = 0; i < folder->members().size(); ++i) {
        EXPECT_EQ(folder->members()[i].size, zip->members()[i].size) << folder->members()[i].name;
        EXPECT_EQ(folder->read_member(folder->members()[i], "x"), zip->read_member(zip->members()[i], "x"))
            << folder->members()[i].name;
    }
}

}  // namespace
}  // namespace codeset
