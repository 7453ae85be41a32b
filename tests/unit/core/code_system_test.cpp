#include "codeset/core/code_system.hpp"
#include "codeset/core/error.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

namespace codeset {
namespace {

using ::testing::HasSubstr;

TEST(CodeSystems, ListsTheKnownSystemsWithUniqueNames) {
    std::set<std::string_view> names;
    for (const auto& system : code_systems()) {
        EXPECT_FALSE(system.title.empty()) << system.name;
        names.insert(system.name);
    }
    EXPECT_EQ(names.size(), code_systems().size());
    EXPECT_EQ(names, (std::set<std::string_view>{"icd10cm", "icd10pcs", "hcpcs", "cpt"}));
}

TEST(FindCodeSystem, FindsKnownSystems) {
    const auto cm = find_code_system("icd10cm");
    ASSERT_TRUE(cm.has_value());
    EXPECT_EQ(cm->name, "icd10cm");
    EXPECT_EQ(cm->dot_after, 3);
    const auto pcs = find_code_system("icd10pcs");
    ASSERT_TRUE(pcs.has_value());
    EXPECT_EQ(pcs->name, "icd10pcs");
    EXPECT_EQ(pcs->dot_after, 0);
}

TEST(FindCodeSystem, UnknownNameIsEmpty) {
    EXPECT_FALSE(find_code_system("icd9cm").has_value());
    EXPECT_FALSE(find_code_system("").has_value());
    EXPECT_FALSE(find_code_system("icd10").has_value());  // a prefix is not a name
}

TEST(RequireCodeSystem, ReturnsTheListedEntry) {
    const CodeSystem& hcpcs = require_code_system("hcpcs");
    EXPECT_EQ(hcpcs.name, "hcpcs");
    bool listed = false;
    for (const auto& system : code_systems()) listed = listed || &system == &hcpcs;
    EXPECT_TRUE(listed) << "require_code_system must return a reference into code_systems()";
}

TEST(RequireCodeSystem, UnknownNameThrowsNotFoundNamingKnownSystems) {
    try {
        require_code_system("icd9cm");
        FAIL() << "no exception for an unknown system";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::not_found);
        const std::string message = error.what();
        EXPECT_THAT(message, HasSubstr("'icd9cm'"));
        EXPECT_THAT(message, HasSubstr("icd10cm, icd10pcs, hcpcs, cpt"));
    }
}

TEST(CodeSystem, OnlyCptIsLicensed) {
    EXPECT_TRUE(require_code_system("cpt").licensed);
    EXPECT_FALSE(require_code_system("icd10cm").licensed);
    EXPECT_FALSE(require_code_system("icd10pcs").licensed);
    EXPECT_FALSE(require_code_system("hcpcs").licensed);
}

TEST(CodeSystemDisplay, Icd10cmInsertsDotAfterThirdCharacter) {
    const CodeSystem& cm = require_code_system("icd10cm");
    EXPECT_EQ(cm.display("A0472"), "A04.72");
    EXPECT_EQ(cm.display("A000"), "A00.0");
    EXPECT_EQ(cm.display("S72001A"), "S72.001A");
}

TEST(CodeSystemDisplay, Icd10cmCategoryHasNoDot) {
    const CodeSystem& cm = require_code_system("icd10cm");
    EXPECT_EQ(cm.display("A00"), "A00");
    EXPECT_EQ(cm.display("Z9"), "Z9");
    EXPECT_EQ(cm.display(""), "");
}

TEST(CodeSystemDisplay, SystemsWithoutDotAreUnchanged) {
    EXPECT_EQ(require_code_system("icd10pcs").display("0016070"), "0016070");
    EXPECT_EQ(require_code_system("hcpcs").display("A0021"), "A0021");
    EXPECT_EQ(require_code_system("cpt").display("99213"), "99213");
}

TEST(CodeSystemNormalize, AcceptsDottedLowerCaseAndPaddedInput) {
    const CodeSystem& cm = require_code_system("icd10cm");
    EXPECT_EQ(cm.normalize("a04.72"), "A0472");
    EXPECT_EQ(cm.normalize(" A04.72 "), "A0472");
    EXPECT_EQ(cm.normalize("\tA0472\n"), "A0472");
    EXPECT_EQ(cm.normalize("A0472"), "A0472");
    EXPECT_EQ(cm.normalize("s72.001a"), "S72001A");
}

TEST(CodeSystemNormalize, IsTheInverseOfDisplay) {
    const CodeSystem& cm = require_code_system("icd10cm");
    for (const char* code : {"A00", "A000", "A0472", "S72001A"}) EXPECT_EQ(cm.normalize(cm.display(code)), code);
}

TEST(CodeSystemNormalize, PcsCodesAreUpperCased) {
    EXPECT_EQ(require_code_system("icd10pcs").normalize(" 0016x70 "), "0016X70");
}

TEST(CodeSystemNormalize, BlankInputGivesEmptyCode) {
    EXPECT_EQ(require_code_system("icd10cm").normalize("  . "), "");
}

}  // namespace
}  // namespace codeset
