// Folder sources: an extracted release, read member by member.
#include "codeset/core/source.hpp"

#include "source_test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace codeset {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using test::core_fixture;
using test::error_message;

TEST(SourceFolder, ListsNestedFilesWithSlashSeparatedSortedNames) {
    const auto source = Source::open(core_fixture("folder_release"));
    EXPECT_THAT(test::member_names(*source),
                ElementsAre("Addenda/2026/icd10cm-order-addenda-2026.txt", "Code Descriptions/icd10cm-codes-2026.txt",
                            "Code Descriptions/icd10cm-order-2026.txt", "README.txt", "notes.txt"));
}

TEST(SourceFolder, MembersHaveSizeAndDate) {
    const auto source = Source::open(core_fixture("folder_release"));
    const MemberInfo& order = test::member_named(*source, test::order_member);
    EXPECT_EQ(order.size, 361u);
    EXPECT_TRUE(order.modified.has_value());
    EXPECT_EQ(test::member_named(*source, "Addenda/2026/icd10cm-order-addenda-2026.txt").size, 157u);
}

TEST(SourceFolder, TrailingSlashGivesTheSameMembers) {
    const auto plain = Source::open(core_fixture("folder_release"));
    const auto slashed = Source::open(core_fixture("folder_release").string() + "/");
    EXPECT_EQ(test::member_names(*plain), test::member_names(*slashed));
}

TEST(SourceFolder, ReadsNestedMember) {
    const auto source = Source::open(core_fixture("folder_release"));
    const auto addenda = source->find_member(R"(icd10cm-order-addenda-\d{4}\.txt)");
    ASSERT_TRUE(addenda.has_value());
    const std::string data = source->read_member(*addenda, "addenda");
    EXPECT_EQ(data, test::slurp(core_fixture("folder_release/Addenda/2026/icd10cm-order-addenda-2026.txt")));
    EXPECT_EQ(data.rfind("Add:", 0), 0u);
}

TEST(SourceFolder, ReadFilesListsOnlyMembersReadToTheEnd) {
    const fs::path path = core_fixture("folder_release");
    const auto source = Source::open(path);
    EXPECT_TRUE(source->read_files().empty()) << "a folder itself is not listed";
    source->read_member(test::member_named(*source, test::order_member), "order");
    const auto files = source->read_files();
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0], (SourceFile{path.string(), test::order_member, 361, test::sha256_of_order_txt, "order"}));
}

TEST(SourceFolder, LocationNamesMemberAndFolder) {
    const fs::path path = core_fixture("folder_release");
    const auto source = Source::open(path);
    const Location where = source->locate(test::member_named(*source, "README.txt"), 1, 4);
    EXPECT_EQ(where.to_string(), "README.txt in " + path.string() + ", line 1, column 4");
}

TEST(SourceFolder, MemberOutsideTheFolderIsRefused) {
    const auto source = Source::open(core_fixture("folder_release"));
    for (const char* name : {"../plain.txt", "Addenda/../../plain.txt", "/etc/hostname"}) {
        const std::string message =
            error_message([&] { source->open_member(MemberInfo{name, 0, {}}, "order"); }, ErrorCode::not_found);
        EXPECT_THAT(message, HasSubstr(name));
        EXPECT_THAT(message, HasSubstr(source->path()));
    }
    EXPECT_TRUE(source->read_files().empty());
}

class SourceFolderScratch : public test::ScratchTest {};

TEST_F(SourceFolderScratch, EmptyFolderHasNoMembers) {
    const auto source = Source::open(dir());
    EXPECT_TRUE(source->members().empty());
    EXPECT_TRUE(source->read_files().empty());
}

TEST_F(SourceFolderScratch, SymbolicLinksAreSkipped) {
    fs::create_directories(dir() / "release");
    std::ofstream(dir() / "release" / "order.txt") << "A00\n";
    std::ofstream(dir() / "outside.txt") << "secret\n";
    fs::create_symlink(dir() / "outside.txt", dir() / "release" / "link.txt");
    fs::create_directory_symlink(dir(), dir() / "release" / "loop");
    const auto source = Source::open(dir() / "release");
    EXPECT_THAT(test::member_names(*source), ElementsAre("order.txt"));
}

TEST_F(SourceFolderScratch, MemberRemovedAfterListingThrowsIoNamingIt) {
    std::ofstream(dir() / "order.txt") << "A00\n";
    const auto source = Source::open(dir());
    ASSERT_EQ(source->members().size(), 1u);
    fs::remove(dir() / "order.txt");
    const std::string message =
        error_message([&] { source->open_member(source->members().front(), "order"); }, ErrorCode::io);
    EXPECT_THAT(message, HasSubstr("order.txt"));
}

}  // namespace
}  // namespace codeset
