// The Alphabetic Index files: every element kind of the hand-written fixtures read into terms,
// each malformed case refused naming file and line, hostile XML refused.
#include "companions/index_importer.hpp"
#include "icd10cm_xml/index_parser.hpp"

#include "importer_test_support.hpp"

#include <gtest/gtest.h>

namespace codeset::importers {

namespace {

using test::fixture;

CollectingSink read_index(IndexKind kind, const std::string& name) {
    auto source = Source::open(fixture("icd10cm_xml/index/" + name));
    CollectingSink sink;
    icd10cm_index_importer(kind).read_annotations(*source, sink, {});
    return sink;
}

std::string error_of(const std::string& name) {
    try {
        read_index(IndexKind::diseases, name);
    } catch (const Error& error) {
        return error.what();
    }
    ADD_FAILURE() << "no error reading " << name;
    return {};
}

}  // namespace

TEST(IndexImport, ReadsEveryElementOfATerm) {
    const CollectingSink sink = read_index(IndexKind::diseases, "index_2099.xml");
    ASSERT_EQ(sink.index_headings.size(), 1u);
    EXPECT_EQ(sink.index_headings[0].kind, IndexKind::diseases);
    ASSERT_EQ(sink.index_terms.size(), 5u);
    const IndexTerm& abasia = sink.index_terms[0].term;
    EXPECT_EQ(abasia.title, "Abasia");
    EXPECT_EQ(abasia.nonessential, "(-astasia) (hysterical)");
    EXPECT_EQ(abasia.code, "A00.0");
    EXPECT_EQ(sink.index_terms[1].term.subterms.at(0).see, "Infarct, myocardium");
    const IndexTerm& cholera = sink.index_terms[3].term;
    EXPECT_EQ(cholera.see_also, "condition");
    const IndexTerm& with = cholera.subterms.at(0);
    EXPECT_EQ(with.manifestation, "M01.X");
    const IndexTerm& taser = with.subterms.at(0);
    EXPECT_EQ(taser.title, "");
    EXPECT_EQ(taser.nonessential, "(taser)");
    EXPECT_EQ(taser.see_category, "A81");
    EXPECT_EQ(taser.subterms.at(0).subcategory, "A81.8");
    EXPECT_EQ(codes_named(cholera.subterms[0]), (std::vector<std::string>{"A00.9", "M01.X"}));
    // The stored form reads back to the same term.
    EXPECT_EQ(index_term_to_json(index_term_from_json(index_term_to_json(cholera))), index_term_to_json(cholera));
}

TEST(IndexImport, ReadsTheTablesColumns) {
    const CollectingSink neoplasm = read_index(IndexKind::neoplasms, "neoplasm_2099.xml");
    ASSERT_EQ(neoplasm.index_headings.size(), 1u);
    EXPECT_EQ(neoplasm.index_headings[0].columns.size(), 7u);
    EXPECT_EQ(neoplasm.index_headings[0].columns[1].value, "Malignant Primary");
    const IndexTerm& abdomen = neoplasm.index_terms.at(0).term.subterms.at(0);
    ASSERT_EQ(abdomen.cells.size(), 6u);
    EXPECT_EQ(abdomen.cells[1], (IndexCell{3, "A81.8-"}));
    EXPECT_EQ(codes_named(abdomen).size(), 5u);  // "-" names none
    const CollectingSink drug = read_index(IndexKind::drugs, "drug_2099.xml");
    EXPECT_EQ(drug.index_headings.at(0).columns.at(5).value, "Adverse effect");
    EXPECT_EQ(drug.index_terms.at(0).term.nonessential, "(tablet)");
    EXPECT_EQ(codes_named(drug.index_terms[0].term), (std::vector<std::string>{"T36.0X1", "T36.0X2"}));
}

TEST(IndexImport, IdentifiesPlainFilesByContentAndZipMembersByName) {
    const auto drug = Source::open(fixture("icd10cm_xml/index/drug_2099.xml"));
    EXPECT_EQ(icd10cm_index_importer(IndexKind::drugs).identify(*drug), Identification::yes);
    EXPECT_EQ(icd10cm_index_importer(IndexKind::neoplasms).identify(*drug), Identification::no);
    EXPECT_EQ(icd10cm_index_importer(IndexKind::diseases).identify(*drug), Identification::no);
    const auto eindex = Source::open(fixture("icd10cm_xml/index/eindex_2099.xml"));
    EXPECT_EQ(icd10cm_index_importer(IndexKind::external_causes).identify(*eindex), Identification::yes);
    EXPECT_EQ(icd10cm_index_importer(IndexKind::diseases).identify(*eindex), Identification::no);
    // The year of a file named without one is read from its <version>.
    EXPECT_EQ(icd10cm_index_importer(IndexKind::drugs).describe(*drug).version, "FY2099");
}

TEST(IndexImport, MalformedFilesNameFileAndLine) {
    EXPECT_NE(error_of("malformed_level_skipped.xml").find("malformed_level_skipped.xml, line 8"), std::string::npos)
        << error_of("malformed_level_skipped.xml");
    EXPECT_NE(error_of("malformed_level_skipped.xml").find("a subterm of level 1"), std::string::npos);
    EXPECT_NE(error_of("malformed_term_without_title.xml").find("line 6: expected a <title> with words"),
              std::string::npos)
        << error_of("malformed_term_without_title.xml");
    EXPECT_NE(error_of("malformed_unknown_element.xml").find("found <colour>"), std::string::npos);
    EXPECT_NE(error_of("malformed_cell_column.xml").find("a column number 1-9"), std::string::npos);
    EXPECT_NE(error_of("malformed_two_codes.xml").find("one <code> per term"), std::string::npos);
    // A file of another index given as this one: told by its content, not its name.
    EXPECT_NE(error_of("drug_2099.xml").find("drug_2099.xml: expected the ICD-10-CM Index to Diseases and Injuries"),
              std::string::npos)
        << error_of("drug_2099.xml");
}

TEST(IndexImport, HostileXmlIsRefused) {
    EXPECT_NE(error_of("entity_expansion.xml").find("entity_expansion.xml"), std::string::npos);
    EXPECT_NE(error_of("deep_nesting.xml").find("a subterm of level 10"), std::string::npos)
        << error_of("deep_nesting.xml");
}

}  // namespace codeset::importers
