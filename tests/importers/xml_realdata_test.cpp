// The XML parsers against the real CDC/CMS files in ../shared/data, each checked against the order
// file of the same release. Differences are printed and must be none. Skips when the data is absent.
#include "companions/tabular_importer.hpp"
#include "icd10cm/icd10cm_order_importer.hpp"
#include "icd10cm_xml/billable.hpp"
#include "icd10cm_xml/tabular.hpp"
#include "icd10pcs/icd10pcs_order_importer.hpp"
#include "icd10pcs_xml/pcs_codes.hpp"
#include "icd10pcs_xml/pcs_tables.hpp"

#include "importer_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace codeset::importers {
namespace {

namespace fs = std::filesystem;
using test::shared_data;

struct OrderFile {
    std::vector<CodeRecord> rows;
    Location where;
    std::size_t billable = 0;
};

OrderFile read_order_file(const Importer& importer, const fs::path& zip) {
    auto source = Source::open(zip);
    CollectingSink sink;
    importer.read(*source, sink, {});
    OrderFile order;
    order.where = source->locate(static_cast<const OrderFileImporter&>(importer).order_member(*source));
    order.rows = std::move(sink.codes);
    order.billable = std::size_t(std::count_if(order.rows.begin(), order.rows.end(),
                                               [](const CodeRecord& row) { return row.billable; }));
    return order;
}

std::vector<std::string> billable_of(const OrderFile& order) {
    std::vector<std::string> codes;
    for (const CodeRecord& row : order.rows)
        if (row.billable) codes.push_back(row.code);
    return codes;
}

void print_warnings(const std::string& what, const std::vector<ImportWarning>& warnings) {
    std::cout << "[ self-check ] " << what << ": " << warnings.size() << " difference(s)\n";
    for (std::size_t i = 0; i < warnings.size() && i < 20; ++i)
        std::cout << "    " << warnings[i].where << ": " << warnings[i].message << "\n";
}

// The lines of a member, to check the line numbers the parser reports.
std::vector<std::string> lines_of(Source& source, const MemberInfo& member) {
    const std::string text = source.read_member(member, "check");
    std::vector<std::string> lines{""};  // 1-based
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

struct CmRelease {
    const char* xml_zip;
    const char* order_zip;
    const char* member;
    const char* version;
    std::size_t diags;
    std::size_t billable;
};

const CmRelease cm_releases[] = {
    {"icd10cm/ICD10CM_FY2016_ Full_ XML.ZIP", "icd10cm/cms_2016_dx.zip", "Tabular.xml", "2016", 43028, 69823},
    {"icd10cm/ICD10CM_FY2017_Full_XML.zip", "icd10cm/cms_2017_dx.zip", "icd10cm_tabular_2017.xml", "2017", 43910,
     71486},
};

TEST(XmlRealData, Icd10CmTabularAgreesWithTheOrderFile) {
    CODESET_REQUIRE_SHARED_DATA();
    for (const CmRelease& release : cm_releases) {
        SCOPED_TRACE(release.xml_zip);
        auto source = Source::open(shared_data() / release.xml_zip);
        const auto member = icd10cm_xml::find_tabular_member(*source);
        ASSERT_TRUE(member);
        EXPECT_EQ(member->name, release.member);
        const icd10cm_xml::TabularRelease tabular = icd10cm_xml::read_tabular(*source, *member);
        EXPECT_EQ(tabular.version, release.version);
        EXPECT_EQ(tabular.codes.size(), release.diags);
        EXPECT_EQ(tabular.chapters.size(), 21u);
        EXPECT_TRUE(tabular.warnings.empty()) << tabular.warnings.front().where << ": " << tabular.warnings.front().message;

        const OrderFile order = read_order_file(icd10cm_order_importer(), shared_data() / release.order_zip);
        ASSERT_EQ(order.billable, release.billable);
        const std::vector<std::string> billable = icd10cm_xml::billable_codes(tabular);
        EXPECT_EQ(billable.size(), release.billable);
        EXPECT_EQ(billable, billable_of(order));  // the same codes, in the same order

        // The check import runs: the companion's, on the rows of the order file.
        CollectingSink companion_sink;
        const auto annotations = icd10cm_tabular_importer().read_annotations(*source, companion_sink, {});
        const auto warnings = annotations->check(code_rows(order.rows));
        print_warnings(std::string(release.member) + " vs " + order.where.to_string(), warnings);
        EXPECT_TRUE(warnings.empty());

        // Every code's line is its <diag>'s, also past 65,535 (the files have over 220,000 lines).
        ASSERT_GT(tabular.codes.back().line, 65535u);
        const std::vector<std::string> lines = lines_of(*source, *member);
        std::size_t wrong = 0;
        for (const icd10cm_xml::TabularCode& code : tabular.codes) {
            const bool right = code.line < lines.size() && lines[code.line].find("<diag") != std::string::npos &&
                               code.line + 1 < lines.size() && lines[code.line + 1].find(code.name) != std::string::npos;
            if (!right && ++wrong <= 5) ADD_FAILURE() << code.name << " reported on line " << code.line;
        }
        EXPECT_EQ(wrong, 0u);
    }
}

TEST(XmlRealData, Icd10CmTabularSeventhCharacters) {
    CODESET_REQUIRE_SHARED_DATA();
    auto source = Source::open(shared_data() / "icd10cm/ICD10CM_FY2017_Full_XML.zip");
    const auto tabular = icd10cm_xml::read_tabular(*source, *icd10cm_xml::find_tabular_member(*source));
    auto find = [&](const std::string& code) -> const icd10cm_xml::TabularCode& {
        const auto found = std::find_if(tabular.codes.begin(), tabular.codes.end(),
                                        [&](const icd10cm_xml::TabularCode& c) { return c.code == code; });
        EXPECT_NE(found, tabular.codes.end()) << code;
        return *found;
    };
    const auto& s52521 = find("S52521");
    EXPECT_EQ(s52521.parent, "S5252");
    EXPECT_EQ(s52521.chapter, "19");
    EXPECT_EQ(s52521.section, "S50-S59");
    ASSERT_FALSE(s52521.seventh_characters.empty());  // inherited from S52
    EXPECT_EQ(s52521.seventh_characters.front(), (std::pair<char, std::string>('A', "initial encounter for closed fracture")));
    EXPECT_NE(s52521.seventh_character_note.find("S52"), std::string::npos);
    EXPECT_EQ(icd10cm_xml::billable_codes_of(s52521).front(), "S52521A");
    EXPECT_EQ(icd10cm_xml::billable_codes_of(find("T360X1")).front(), "T360X1A");
    // H34.81 defines its own 7th characters (severity), with a term under '2'.
    const auto& h34811 = find("H34811");
    EXPECT_EQ(h34811.seventh_characters.size(), 3u);
    ASSERT_EQ(h34811.seventh_character_terms.size(), 1u);
    EXPECT_EQ(h34811.seventh_character_terms.front().first, '2');
    const auto& e0800 = find("E0800");
    EXPECT_EQ(e0800.section, "E08-E13");
    EXPECT_EQ(e0800.chapter, "4");
    EXPECT_TRUE(e0800.seventh_characters.empty());
    const auto& chapter4 = tabular.chapters[3];
    EXPECT_EQ(chapter4.number, "4");
    EXPECT_EQ(chapter4.sections.front().first, "E00");
    EXPECT_EQ(chapter4.sections.front().last, "E07");
}

struct PcsRelease {
    const char* xml;    // under shared_data(): a .xml.xz, or a zip holding the tables
    const char* order;  // the order file zip of the same release
    const char* version;
    std::size_t tables;
    std::size_t rows;
    std::size_t billable;
};

const PcsRelease pcs_releases[] = {
    {"icd10pcs/cms_2022_errata.zip", "icd10pcs/cms_2022_errata.zip", "2022", 895, 2513, 78229},
    {"icd10pcs/icd10pcs_tables_2023.xml.xz", "icd10pcs/cms_2023_pr.zip", "2023", 901, 2544, 78530},
    {"icd10pcs/icd10pcs_tables_2025.xml.xz", "icd10pcs/cms_2025_pr.zip", "2025", 908, 2661, 78948},
    {"icd10pcs/icd10pcs_tables_2026.xml.xz", "icd10pcs/cms_2026_pr.zip", "2026", 914, 2733, 79115},
};

// Decompresses an .xz into the scratch folder (never into the repository).
fs::path unxz(const fs::path& xz, const fs::path& scratch) {
    const fs::path out = scratch / xz.stem();
    const std::string command = "xz -dc '" + xz.string() + "' > '" + out.string() + "'";
    if (std::system(command.c_str()) != 0) ADD_FAILURE() << command;
    return out;
}

icd10pcs_xml::PcsTables read_tables(const PcsRelease& release, const fs::path& scratch) {
    fs::path path = shared_data() / release.xml;
    if (path.extension() == ".xz") path = unxz(path, scratch);
    auto source = Source::open(path);
    const auto member = icd10pcs_xml::find_pcs_tables_member(*source);
    EXPECT_TRUE(member) << path;
    return icd10pcs_xml::read_pcs_tables(*source, *member);
}

class XmlRealDataPcs : public ::testing::Test {
protected:
    void SetUp() override {
        CODESET_REQUIRE_SHARED_DATA();
        scratch = test::scratch_dir("xml-realdata");
    }
    void TearDown() override {
        if (!scratch.empty()) fs::remove_all(scratch);
    }
    fs::path scratch;
};

TEST_F(XmlRealDataPcs, TablesAgreeWithTheOrderFile) {
    for (const PcsRelease& release : pcs_releases) {
        SCOPED_TRACE(release.xml);
        const icd10pcs_xml::PcsTables tables = read_tables(release, scratch);
        EXPECT_EQ(tables.version, release.version);
        EXPECT_EQ(tables.tables.size(), release.tables);
        std::size_t rows = 0;
        for (const auto& table : tables.tables) rows += table.rows.size();
        EXPECT_EQ(rows, release.rows);
        EXPECT_TRUE(tables.warnings.empty()) << tables.warnings.front().where << ": " << tables.warnings.front().message;

        const OrderFile order = read_order_file(icd10pcs_order_importer(), shared_data() / release.order);
        ASSERT_EQ(order.billable, release.billable);
        const std::vector<std::string> generated = icd10pcs_xml::generated_codes(tables);
        EXPECT_EQ(generated.size(), release.billable);
        EXPECT_EQ(generated, billable_of(order));  // sorted like the order file

        const auto warnings = icd10pcs_xml::self_check(tables, code_rows(order.rows), order.where);
        print_warnings(std::string(release.xml) + " vs " + order.where.to_string(), warnings);
        EXPECT_TRUE(warnings.empty());
    }
}

TEST_F(XmlRealDataPcs, ExplainsEveryCodeOfTheOrderFile) {
    const PcsRelease& release = pcs_releases[2];  // FY2025
    const icd10pcs_xml::PcsTables tables = read_tables(release, scratch);
    const auto explanation = icd10pcs_xml::explain(tables, "0016070");
    ASSERT_TRUE(explanation);
    const auto& c = explanation->characters;
    EXPECT_EQ(c[0].axis_title, "Section");
    EXPECT_EQ(c[0].label, "Medical and Surgical");
    EXPECT_EQ(c[1].label, "Central Nervous System and Cranial Nerves");
    EXPECT_EQ(c[2].axis_title, "Operation");
    EXPECT_EQ(c[2].label, "Bypass");
    EXPECT_EQ(c[2].definition, "Altering the route of passage of the contents of a tubular body part");
    EXPECT_EQ(c[3].label, "Cerebral Ventricle");
    EXPECT_EQ(c[4].label, "Open");
    EXPECT_EQ(c[5].label, "Autologous Tissue Substitute");
    EXPECT_EQ(c[6].axis_title, "Qualifier");
    EXPECT_EQ(c[6].label, "Nasopharynx");

    const OrderFile order = read_order_file(icd10pcs_order_importer(), shared_data() / release.order);
    std::size_t explained = 0;
    for (const CodeRecord& row : order.rows)
        if (row.billable && icd10pcs_xml::explain(tables, row.code)) ++explained;
    EXPECT_EQ(explained, release.billable);
    EXPECT_FALSE(icd10pcs_xml::explain(tables, "0016ZZZ"));
}

}  // namespace
}  // namespace codeset::importers
