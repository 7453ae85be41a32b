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
    for (const CodeSystem* system : code_systems()) {
        EXPECT_FALSE(system->title.empty()) << system->name;
        EXPECT_FALSE(system->canonical_uri.empty()) << system->name;
        names.insert(system->name);
    }
    EXPECT_EQ(names.size(), code_systems().size());
    EXPECT_EQ(names, (std::set<std::string_view>{"icd10cm", "icd10pcs", "hcpcs", "cpt"}));
}

TEST(FindCodeSystem, FindsKnownSystems) {
    const CodeSystem* cm = find_code_system("icd10cm");
    ASSERT_NE(cm, nullptr);
    EXPECT_EQ(cm->name, "icd10cm");
    EXPECT_EQ(cm->dot_after, 3);
    const CodeSystem* pcs = find_code_system("icd10pcs");
    ASSERT_NE(pcs, nullptr);
    EXPECT_EQ(pcs->name, "icd10pcs");
    EXPECT_EQ(pcs->dot_after, 0);
}

TEST(FindCodeSystem, UnknownNameIsEmpty) {
    EXPECT_EQ(find_code_system("icd9cm"), nullptr);
    EXPECT_EQ(find_code_system(""), nullptr);
    EXPECT_EQ(find_code_system("icd10"), nullptr);  // a prefix is not a name
}

TEST(RequireCodeSystem, ReturnsTheListedEntry) {
    const CodeSystem& hcpcs = require_code_system("hcpcs");
    EXPECT_EQ(hcpcs.name, "hcpcs");
    bool listed = false;
    for (const CodeSystem* system : code_systems()) listed = listed || system == &hcpcs;
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
    EXPECT_TRUE(require_code_system("cpt").licensed());
    EXPECT_FALSE(require_code_system("icd10cm").licensed());
    EXPECT_FALSE(require_code_system("icd10pcs").licensed());
    EXPECT_FALSE(require_code_system("hcpcs").licensed());
    EXPECT_FALSE(require_code_system("cpt").licence.notice.empty());
}

TEST(CodeSystemProfile, DeclaresTheAttributesItsImportersWrite) {
    const CodeSystem& cm = require_code_system("icd10cm");
    ASSERT_NE(cm.attribute("excludes1"), nullptr);
    EXPECT_EQ(cm.attribute("excludes1")->type, AttributeType::list);
    EXPECT_TRUE(cm.attribute_has_role("inclusion_terms", AttributeRole::searchable));
    EXPECT_TRUE(cm.attribute_has_role("inclusion_terms", AttributeRole::note));
    EXPECT_FALSE(cm.attribute_has_role("excludes1", AttributeRole::searchable));
    EXPECT_EQ(cm.attribute("no_such_attribute"), nullptr);

    const CodeSystem& hcpcs = require_code_system("hcpcs");
    EXPECT_TRUE(hcpcs.attribute_has_role("cross_reference_1", AttributeRole::replaced_by));
    EXPECT_TRUE(hcpcs.attribute_has_role("action_code", AttributeRole::bookkeeping));
    ASSERT_NE(hcpcs.attribute("termination_date"), nullptr);
    EXPECT_EQ(hcpcs.attribute("termination_date")->type, AttributeType::date);
}

TEST(CodeSystemProfile, ReadsLabelsInItsOwnGrammar) {
    EXPECT_EQ(require_code_system("icd10cm").parse_label("fy2023-04")->to_string(), "FY2023-04");
    EXPECT_FALSE(require_code_system("icd10cm").parse_label("2018-01").has_value());
    // One HCPCS release has one label, however the user writes it.
    EXPECT_EQ(require_code_system("hcpcs").parse_label("2018")->to_string(), "2018-01");
    EXPECT_EQ(require_code_system("cpt").parse_label("2026")->to_string(), "2026");
    EXPECT_FALSE(require_code_system("cpt").parse_label("FY2026").has_value());
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
