// The Alphabetic Index of the real FY2016 and FY2017 XML releases (../shared/data), imported
// with their order files and looked up; skipped visibly when the files are absent.
#include "codeset/import/import.hpp"
#include "codeset/query/queries.hpp"
#include "codeset/store/store.hpp"
#include "real_releases.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

namespace codeset {

namespace {

struct Counts {
    std::size_t main_terms = 0;
    std::size_t subterms = 0;
};

void count(const IndexTerm& term, Counts& counts) {
    for (const IndexTerm& subterm : term.subterms) {
        ++counts.subterms;
        count(subterm, counts);
    }
}

}  // namespace

TEST(IndexRealData, EntryCountsLookupAndTablesOfBothYears) {
    const std::filesystem::path data = test::shared_data() / "icd10cm";
    const std::filesystem::path fy2016 = data / "ICD10CM_FY2016_ Full_ XML.ZIP";
    const std::filesystem::path fy2017 = data / "ICD10CM_FY2017_Full_XML.zip";
    if (!std::filesystem::exists(fy2016) || !std::filesystem::exists(fy2017))
        GTEST_SKIP() << "real ICD-10-CM XML releases not found in " << data;
    const std::filesystem::path store_path = test::scratch_dir("index-realdata") / "store.db";
    std::filesystem::remove(store_path);
    Store store(store_path);
    ImportRequest request;
    request.paths = {(data / "cms_2016_dx.zip").string(), fy2016.string(), (data / "cms_2017_dx.zip").string(),
                     fy2017.string()};
    ImportJob job(request);
    for (const ReleaseImport& release : job.run(store)) ASSERT_FALSE(release.failure) << release.failure->what();

    // Counted with xmllint --xpath 'count(//mainTerm)' and 'count(//term)' on CDC's files.
    const std::map<std::string, std::map<IndexKind, std::pair<std::size_t, std::size_t>>> expected = {
        {"FY2016",
         {{IndexKind::diseases, {7939, 67649}}, {IndexKind::external_causes, {308, 7256}},
          {IndexKind::neoplasms, {1, 1929}}, {IndexKind::drugs, {5170, 2246}}}},
        {"FY2017",
         {{IndexKind::diseases, {7973, 69226}}, {IndexKind::external_causes, {314, 7258}},
          {IndexKind::neoplasms, {1, 1929}}, {IndexKind::drugs, {5170, 2246}}}},
    };
    for (const auto& [version, kinds] : expected) {
        const ReleaseRecord release = *store.find_release("icd10cm", version);
        std::map<IndexKind, Counts> counts;
        store.for_each_index_term(release, [&](const IndexMainTerm& main) {
            ++counts[main.kind].main_terms;
            count(main.term, counts[main.kind]);
        });
        for (const auto& [kind, numbers] : kinds) {
            EXPECT_EQ(counts[kind].main_terms, numbers.first) << version << " " << to_string(kind);
            EXPECT_EQ(counts[kind].subterms, numbers.second) << version << " " << to_string(kind);
        }
    }

    // icd10cm_index_2017.xml: Attack, attacks > heart: see infarct, myocardium; Infarct, infarction >
    // myocardium, myocardial: I21.3.
    const CodeSystem& system = require_code_system("icd10cm");
    const LookupContent heart = lookup_in_index(store, system, "heart attack", "FY2017");
    const auto attack = std::find_if(heart.hits.begin(), heart.hits.end(),
                                     [](const LookupHit& hit) { return hit.entry.path.front().title == "Attack, attacks"; });
    ASSERT_NE(attack, heart.hits.end());
    ASSERT_EQ(attack->references.size(), 1u);
    const LookupReference& see = attack->references.front();
    EXPECT_EQ(see.text, "infarct, myocardium");
    ASSERT_EQ(see.chain.size(), 1u);
    EXPECT_EQ(see.chain[0].path.front().title, "Infarct, infarction");
    ASSERT_FALSE(see.chain[0].codes.empty());
    EXPECT_EQ(see.chain[0].codes[0].written, "I21.3");
    EXPECT_EQ(see.chain[0].codes[0].status, LookupCode::Status::billable);

    // icd10cm_neoplasm_2017.xml: Neoplasm, neoplastic > abdomen, abdominal: C76.2, C79.8-, D09.8, D36.7, D48.7, D49.89.
    const LookupContent abdomen = lookup_in_index(store, system, "neoplasm abdomen", "FY2017");
    ASSERT_FALSE(abdomen.hits.empty());
    const LookupEntry& row = abdomen.hits.front().entry;
    ASSERT_EQ(row.codes.size(), 6u);
    EXPECT_EQ(row.codes[0].role, "Malignant Primary");
    EXPECT_EQ(row.codes[0].written, "C76.2");
    EXPECT_EQ(row.codes[1].role, "Malignant Secondary");
    EXPECT_EQ(row.codes[1].written, "C79.8-");
    EXPECT_EQ(row.codes[1].status, LookupCode::Status::needs_more);

    // icd10cm_drug_2017.xml: 1-propanol: T51.3X1 T51.3X2 T51.3X3 T51.3X4, no adverse effect or underdosing.
    const LookupContent propanol = lookup_in_index(store, system, "1 propanol", "FY2017");
    ASSERT_FALSE(propanol.hits.empty());
    const LookupEntry& drug = propanol.hits.front().entry;
    ASSERT_EQ(drug.codes.size(), 4u);
    EXPECT_EQ(drug.codes[0].role, "Poisoning, Accidental (unintentional)");
    EXPECT_EQ(drug.codes[0].written, "T51.3X1");
    EXPECT_EQ(drug.codes[3].role, "Poisoning, Undetermined");

    // The check against the tabular list: FY2017's External Cause Index still names V47.92 and
    // five more codes that FY2017 deleted; FY2016's index names none that its release lacks.
    std::size_t named_missing_2016 = 0;
    for (const ImportWarning& warning : store.warnings(*store.find_release("icd10cm", "FY2016")))
        if (warning.message.find("named by the") != std::string::npos) ++named_missing_2016;
    EXPECT_EQ(named_missing_2016, 0u);
    bool eindex_warned = false;
    for (const ImportWarning& warning : store.warnings(*store.find_release("icd10cm", "FY2017")))
        if (warning.message.starts_with("6 codes named by the External Cause of Injuries Index")) eindex_warned = true;
    EXPECT_TRUE(eindex_warned);
}

}  // namespace codeset
