// The ICD-10-PCS tables XML parser on hand-written fixtures (tests/data/icd10pcs_xml).
#include "icd10pcs_xml/pcs_codes.hpp"
#include "icd10pcs_xml/pcs_tables.hpp"

#include "importer_test_support.hpp"

#include <gtest/gtest.h>

namespace codeset::importers::icd10pcs_xml {
namespace {

using test::fixture;

PcsTables read_fixture(const std::string& name) {
    auto source = Source::open(fixture("icd10pcs_xml/" + name));
    return read_pcs_tables(*source, source->members().front());
}

std::string error_reading(const std::string& name) {
    try {
        read_fixture(name);
    } catch (const ParseError& error) {
        return error.what();
    }
    ADD_FAILURE() << "no ParseError reading " << name;
    return {};
}

std::string dir() { return fixture("icd10pcs_xml").string() + "/"; }

TEST(XmlIcd10Pcs, ReadsTablesRowsAndAxes) {
    const PcsTables tables = read_fixture("pcs_small.xml");
    EXPECT_EQ(tables.version, "2099");
    EXPECT_EQ(tables.title, "2099 ICD-10-PCS Tables");
    EXPECT_TRUE(tables.warnings.empty());
    ASSERT_EQ(tables.tables.size(), 2u);
    const PcsTable& bypass = tables.tables[0];
    EXPECT_EQ(bypass.code(), "001");
    EXPECT_EQ(bypass.line, 7u);
    EXPECT_EQ(bypass.axes[2].title, "Operation");
    EXPECT_EQ(bypass.axes[2].labels.front().text, "Bypass");
    EXPECT_EQ(bypass.axes[2].definition, "Altering the route of passage of the contents of a tubular body part");
    ASSERT_EQ(bypass.rows.size(), 2u);
    const PcsRow& row = bypass.rows[0];
    EXPECT_EQ(row.line, 21u);
    EXPECT_EQ(row.code_count(), 4u);
    EXPECT_EQ(row.axes[0].position, 4);
    EXPECT_EQ(row.axes[0].title, "Body Part");
    EXPECT_EQ(row.axes[1].labels.size(), 2u);
    EXPECT_EQ(row.axes[1].labels[1].code, '3');
    EXPECT_EQ(row.axes[1].labels[1].text, "Percutaneous");
    EXPECT_EQ(row.axes[3].title, "Qualifier");
    EXPECT_EQ(tables.tables[1].code(), "X2A");
}

TEST(XmlIcd10Pcs, GeneratesTheCartesianProductOfEachRow) {
    const PcsTables tables = read_fixture("pcs_small.xml");
    EXPECT_EQ(generated_codes(tables.tables[0]),
              (std::vector<std::string>{"00160J0", "00160JB", "00163J0", "00163JB", "001U0ZB"}));
    EXPECT_EQ(generated_codes(tables),
              (std::vector<std::string>{"00160J0", "00160JB", "00163J0", "00163JB", "001U0ZB", "X2A5312"}));
}

TEST(XmlIcd10Pcs, ExplainsEachCharacter) {
    const PcsTables tables = read_fixture("pcs_small.xml");
    const auto explanation = explain(tables, "00163JB");
    ASSERT_TRUE(explanation);
    EXPECT_EQ(explanation->code, "00163JB");
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"Section", "Medical and Surgical"}, {"Body System", "Central Nervous System and Cranial Nerves"},
        {"Operation", "Bypass"},             {"Body Part", "Cerebral Ventricle"},
        {"Approach", "Percutaneous"},        {"Device", "Synthetic Substitute"},
        {"Qualifier", "Cerebral Cisterns"}};
    for (std::size_t i = 0; i < 7; ++i) {
        SCOPED_TRACE(i);
        const PcsCharacter& c = explanation->characters[i];
        EXPECT_EQ(c.position, int(i + 1));
        EXPECT_EQ(c.code, "00163JB"[i]);
        EXPECT_EQ(c.axis_title, expected[i].first);
        EXPECT_EQ(c.label, expected[i].second);
    }
    EXPECT_EQ(explanation->characters[2].definition,
              "Altering the route of passage of the contents of a tubular body part");
    EXPECT_EQ(explain(tables, "X2A5312")->characters[6].label, "New Technology Group 2");
    EXPECT_FALSE(explain(tables, "00163ZB"));  // device Z is only in the other row, with body part U
    EXPECT_FALSE(explain(tables, "001"));
    EXPECT_FALSE(explain(tables, "0W9"));
}

TEST(XmlIcd10Pcs, SelfCheckReportsEachDifference) {
    const PcsTables tables = read_fixture("pcs_small.xml");
    std::vector<CodeRecord> rows;
    auto add = [&](const std::string& code, bool billable) {
        rows.push_back(CodeRecord{code, billable, "", "", {}, std::uint32_t(rows.size() + 1)});
    };
    add("001", false);
    for (const std::string& code : generated_codes(tables.tables[0])) add(code, true);
    add("X2A", false);
    add("X2A5312", true);
    const Location order{"cms_2099_pr.zip", "icd10pcs_order_2099.txt", 0, 0};
    EXPECT_TRUE(self_check(tables, code_rows(rows), order).empty());

    rows.erase(rows.begin() + 2);  // 00160JB
    rows.erase(rows.begin() + 5);  // X2A
    add("0016070", true);
    std::vector<std::string> seen;
    for (const ImportWarning& warning : self_check(tables, code_rows(rows), order))
        seen.push_back(warning.where + ": " + warning.message);
    const std::string xml = dir() + "pcs_small.xml";
    EXPECT_EQ(seen, (std::vector<std::string>{
                        "icd10pcs_order_2099.txt in cms_2099_pr.zip, line 7: code 0016070 is billable in the order "
                        "file but not produced by the tables XML",
                        xml + ", line 21: code 00160JB is produced by the tables XML but not billable in the order file",
                        xml + ", line 60: code X2A has a table in the tables XML but is not a header in the order file",
                    }));
}

TEST(XmlIcd10Pcs, CountsThatDisagreeWithTheLabelsAreWarnings) {
    const PcsTables tables = read_fixture("count_mismatch.xml");
    std::vector<std::string> seen;
    for (const ImportWarning& warning : tables.warnings) seen.push_back(warning.where + ": " + warning.message);
    const std::string xml = dir() + "count_mismatch.xml";
    EXPECT_EQ(seen, (std::vector<std::string>{
                        xml + ", line 26: <axis pos=\"5\" values=\"3\"> lists 2 labels",
                        xml + ", line 41: <pcsRow codes=\"7\"> lists 1 codes (the product of its axes)",
                    }));
    EXPECT_EQ(generated_codes(tables).size(), 6u);  // the labels count, not the attributes
}

TEST(XmlIcd10Pcs, MalformedFilesAreParseErrorsWithTheirLine) {
    const std::string unclosed = error_reading("unclosed_tag.xml");
    EXPECT_TRUE(unclosed.starts_with(dir() + "unclosed_tag.xml, line 8, column")) << unclosed;
    EXPECT_NE(unclosed.find("expected well-formed XML"), std::string::npos) << unclosed;
    EXPECT_EQ(error_reading("bad_label_code.xml"),
              dir() + "bad_label_code.xml, line 32: expected a code attribute of one ICD-10-PCS character (0-9 or a "
                      "letter other than I and O) on each <label>, found 'I'");
    EXPECT_EQ(error_reading("missing_axis.xml"), dir() + "missing_axis.xml, line 40: expected axis 7 in each <pcsRow>");
}

TEST(XmlIcd10Pcs, EntityBombsAndExternalEntitiesAreRefused) {
    const std::string refused =
        ", line 2, column 1: expected an XML document without entity declarations (external entities and DTDs are "
        "refused)";
    EXPECT_EQ(error_reading("billion_laughs.xml"), dir() + "billion_laughs.xml" + refused);
    EXPECT_EQ(error_reading("xxe_passwd.xml"), dir() + "xxe_passwd.xml" + refused);
    EXPECT_EQ(error_reading("parameter_entity.xml"),
              dir() + "parameter_entity.xml, line 3, column 1: expected an XML document without entity declarations "
                      "(external entities and DTDs are refused)");
}

TEST(XmlIcd10Pcs, FindsTheTablesMember) {
    auto folder = Source::open(fixture("icd10pcs_xml/release_folder"));
    const auto member = find_pcs_tables_member(*folder);
    ASSERT_TRUE(member);
    EXPECT_EQ(member->name, "icd10pcs_tables_2099.xml");
    const PcsTables tables = read_pcs_tables(*folder, *member);
    EXPECT_EQ(generated_codes(tables), std::vector<std::string>{"X2A5312"});
    EXPECT_TRUE(tables.tables[0].axes[2].definition.empty());
    EXPECT_FALSE(find_pcs_tables_member(*Source::open(fixture("icd10cm_xml/release_folder"))));
}

}  // namespace
}  // namespace codeset::importers::icd10pcs_xml
