// The Alphabetic Index of the real FY2016 and FY2017 XML releases (../shared/data), imported
// with their order files and looked up; skipped visibly when the files are absent.
#include "codeset/diff/change_algebra.hpp"
#include "codeset/diff/diff.hpp"
#include "codeset/import/import.hpp"
#include "codeset/query/queries.hpp"
#include "codeset/store/store.hpp"
#include "real_releases.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

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

// Every term of a release's index by a key of its own: the main term's file and title, then each
// subterm's title (or nonessential modifier), each with its occurrence among siblings of that
// title; and the key of its parent ("" for a main term). A reading independent of the diff's tree
// walk: a flat map per release, compared key by key.
struct FlatTerm {
    const IndexTerm* term = nullptr;
    std::string parent;
};
using FlatIndex = std::map<std::string, FlatTerm>;

void flatten(const IndexTerm& term, const std::string& key, const std::string& parent, FlatIndex& flat) {
    flat[key] = {&term, parent};
    std::map<std::string, int> seen;
    for (const IndexTerm& subterm : term.subterms) {
        const std::string& title = subterm.title.empty() ? subterm.nonessential : subterm.title;
        flatten(subterm, key + "\x1f" + title + "#" + std::to_string(seen[title]++), key, flat);
    }
}

FlatIndex flat_index(const std::vector<IndexMainTerm>& terms) {
    FlatIndex flat;
    std::map<std::string, int> seen;
    for (const IndexMainTerm& main : terms) {
        const std::string top = std::string(to_string(main.kind)) + "\x1e" + main.term.title;
        flatten(main.term, top + "#" + std::to_string(seen[top]++), "", flat);
    }
    return flat;
}

IndexKind kind_of_key(const std::string& key) { return *parse_index_kind(key.substr(0, key.find('\x1e'))); }

// The counts per file of what differs between two flat readings.
std::map<IndexKind, IndexChangeCounts> count_differences(const FlatIndex& a, const FlatIndex& b) {
    std::map<IndexKind, IndexChangeCounts> counts;
    for (const auto& [key, term] : a) {
        IndexChangeCounts& c = counts[kind_of_key(key)];
        const auto other = b.find(key);
        if (other == b.end()) {
            if (term.parent.empty() || b.contains(term.parent)) ++c.removed;
            continue;
        }
        const IndexTerm& x = *term.term;
        const IndexTerm& y = *other->second.term;
        c.code += (x.code != y.code) + (x.manifestation != y.manifestation);
        c.reference += (x.see != y.see) + (x.see_also != y.see_also) + (x.see_category != y.see_category) +
                       (x.subcategory != y.subcategory);
        c.modifiers += x.nonessential != y.nonessential;
        std::map<int, std::pair<std::string, std::string>> cells;
        for (const IndexCell& cell : x.cells) cells[cell.column].first = cell.value;
        for (const IndexCell& cell : y.cells) cells[cell.column].second = cell.value;
        for (const auto& [column, sides] : cells) c.cell += sides.first != sides.second;
    }
    for (const auto& [key, term] : b)
        if (!a.contains(key) && (term.parent.empty() || a.contains(term.parent))) ++counts[kind_of_key(key)].added;
    return counts;
}

std::vector<IndexMainTerm> all_terms(const Store& store, const ReleaseRecord& release) {
    std::vector<IndexMainTerm> terms;
    store.for_each_index_term(release, [&](const IndexMainTerm& term) { terms.push_back(term); });
    return terms;
}

}  // namespace

// FY2016 and FY2017 with their XML zips (tabular and index files) and FY2018's order file alone,
// imported once for the suite.
class IndexRealData : public testing::Test {
protected:
    static void SetUpTestSuite() {
        const std::filesystem::path data = test::shared_data() / "icd10cm";
        const std::filesystem::path fy2016 = data / "ICD10CM_FY2016_ Full_ XML.ZIP";
        const std::filesystem::path fy2017 = data / "ICD10CM_FY2017_Full_XML.zip";
        if (!std::filesystem::exists(fy2016) || !std::filesystem::exists(fy2017)) {
            s_missing = "real ICD-10-CM XML releases not found in " + data.string();
            return;
        }
        const std::filesystem::path store_path = test::scratch_dir("index-realdata") / "store.db";
        std::filesystem::remove(store_path);
        s_store.emplace(store_path);
        ImportRequest request;
        request.paths = {(data / "cms_2016_dx.zip").string(), fy2016.string(), (data / "cms_2017_dx.zip").string(),
                         fy2017.string(), (data / "cms_2018_dx.zip").string()};
        ImportJob job(request);
        for (const ReleaseImport& release : job.run(*s_store))
            if (release.failure) ADD_FAILURE() << release.failure->what();
    }
    static void TearDownTestSuite() { s_store.reset(); }
    void SetUp() override {
        if (!s_store) GTEST_SKIP() << s_missing;
    }
    static const Store& shared_store() { return *s_store; }

private:
    static inline std::optional<Store> s_store;
    static inline std::string s_missing;
};

TEST_F(IndexRealData, DiffOfFy2016AndFy2017AgreesWithAWalkOfBothIndexes) {
    const Store& store = shared_store();
    const ReleaseRecord from = *store.find_release("icd10cm", "FY2016");
    const ReleaseRecord to = *store.find_release("icd10cm", "FY2017");

    const ChangeSet changes = diff_releases(store, from, to);
    const auto expected = count_differences(flat_index(all_terms(store, from)), flat_index(all_terms(store, to)));
    ASSERT_EQ(changes.index_files.size(), 4u);
    std::uint64_t total = 0;
    for (const IndexFileComparison& file : changes.index_files) {
        EXPECT_TRUE(file.missing_in.empty()) << to_string(file.file);
        const IndexChangeCounts want = expected.contains(file.file) ? expected.at(file.file) : IndexChangeCounts{};
        EXPECT_EQ(file.counts, want) << to_string(file.file) << ": added " << file.counts.added << "/" << want.added
                                     << ", removed " << file.counts.removed << "/" << want.removed << ", codes "
                                     << file.counts.code << "/" << want.code << ", references "
                                     << file.counts.reference << "/" << want.reference << ", cells "
                                     << file.counts.cell << "/" << want.cell;
        EXPECT_EQ(count_index_changes(changes.index_changes, file.file), file.counts);
        total += file.counts.total();
    }
    EXPECT_GT(total, 0u);  // FY2017 added 34 main terms to the Index to Diseases alone
    EXPECT_TRUE(std::is_sorted(changes.index_changes.begin(), changes.index_changes.end(), index_change_less));
    EXPECT_EQ(invert(changes).index_changes, diff_releases(store, to, from).index_changes);
    // FY2018's order file came without its XML: its index is said missing, not diffed.
    EXPECT_EQ(diff_releases(store, to, *store.find_release("icd10cm", "FY2018")).without_index, "FY2018");
}

TEST_F(IndexRealData, EntryCountsLookupAndTablesOfBothYears) {
    const Store& store = shared_store();

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

    // search ranks the codes the index gives with the title matches: no FY2017 title holds both
    // "heart" and "attack", the index leads to I21.3 (Attack, attacks > heart: see Infarct, myocardium).
    const SearchContent search = search_release(store, system, "heart attack", "FY2017", {});
    const auto i213 = std::find_if(search.result.hits.begin(), search.result.hits.end(),
                                   [](const SearchHit& hit) { return hit.record.code == "I213"; });
    ASSERT_NE(i213, search.result.hits.end());
    EXPECT_TRUE(i213->index_path.starts_with("Attack, attacks > heart \u2192 see Infarct, infarction > myocardium"))
        << i213->index_path;
    for (const SearchHit& hit : search.result.hits) EXPECT_FALSE(hit.index_path.empty() && hit.matched.empty());
    // A title match reached through the index too is listed once, at its index place.
    const SearchContent diabetes = search_release(store, system, "type 2 diabetes", "FY2017", {});
    ASSERT_FALSE(diabetes.result.hits.empty());
    EXPECT_FALSE(diabetes.result.hits.front().index_path.empty());
    std::set<std::string> codes;
    for (const SearchHit& hit : diabetes.result.hits) EXPECT_TRUE(codes.insert(hit.record.code).second) << hit.record.code;
}

}  // namespace codeset
