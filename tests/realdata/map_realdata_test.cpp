// The replacement graph on the real releases and CDC's FY2022-FY2026 conversion tables: every
// table row whose previous code stopped being billable is found by map, chains from FY2016 to
// FY2026 across the store's gap (FY2019-FY2021), the FHIR ConceptMap of FY2016 -> FY2026 against
// the FHIR R4 schema, and HCPCS G0202 -> 77067 (a CPT code: the ConceptMap's second group). Skips
// visibly without ../shared/data.
#include "fhir_validation.hpp"
#include "real_releases.hpp"

#include "codeset/core/code_system.hpp"
#include "codeset/export/writer.hpp"
#include "codeset/import/import.hpp"
#include "codeset/query/code_map.hpp"
#include "codeset/query/queries.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

namespace codeset::test {
namespace {

const std::vector<std::pair<std::string, std::string>> tables = {
    {"FY2022", "icd10cm/ICD-10-CM-Conversion-Table-FY2022-Effective-10-1-2021-updated-08-24-2021.xlsx"},
    {"FY2023", "icd10cm/ICD-10-CM-Conversion-Table-FY2023-Effective-10-01-2022.xlsx"},
    {"FY2024", "icd10cm/ICD-10-CM-Conversion-Table-FY2024-Effective-10-01-2023-Final (updated 9-21-2023).xlsx"},
    {"FY2025", "icd10cm/icd-10-cm-conversion-table-FY2025.xlsx"},
    {"FY2026", "icd10cm/ICD-10-CM-CONVERSION-TABLE-FY2026.xlsx"},
};

class MapRealData : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (!have_shared_data()) return;
        s_dir = scratch_dir("map-realdata");
        s_store = std::make_unique<Store>(s_dir / "store.db");
        for (const RealRelease& release : real_icd10cm_releases()) import_real(*s_store, release);
        ImportRequest request;
        for (const auto& [version, file] : tables) request.paths.push_back((shared_data() / file).string());
        for (const ReleaseImport& imported : ImportJob(request).run(*s_store))
            if (imported.failure) FAIL() << imported.failure->what();
    }
    static void TearDownTestSuite() {
        s_store.reset();
        if (!s_dir.empty()) std::filesystem::remove_all(s_dir);
    }
    void SetUp() override {
        if (!have_shared_data()) GTEST_SKIP() << "no ../shared/data: skipping the real conversion tables";
    }
    static ReleaseRecord release(const std::string& version) { return *s_store->find_release("icd10cm", version); }
    static std::vector<std::string> codes(const CodeMap& map) {
        std::vector<std::string> result;
        for (const MapTarget& target : map.targets) result.push_back(target.code);
        return result;
    }

    static inline std::filesystem::path s_dir;
    static inline std::unique_ptr<Store> s_store;
};

TEST_F(MapRealData, EveryTableRowWhosePreviousCodeStoppedBeingBillableIsFound) {
    const CodeSystem& system = require_code_system("icd10cm");
    ReplacementGraph graph(*s_store, system);
    const std::vector<ReleaseRecord> releases = s_store->releases("icd10cm");
    std::size_t checked = 0;
    for (const auto& [version, file] : tables) {
        const ReleaseRecord to = release(version);
        const auto at = std::find_if(releases.begin(), releases.end(), [&](const ReleaseRecord& r) { return r.id == to.id; });
        ASSERT_NE(at, releases.begin());
        const ReleaseRecord& before = *std::prev(at);
        const std::vector<ConversionTable> attached = s_store->conversion_tables(to);
        ASSERT_EQ(attached.size(), 1u) << version;
        for (const ConversionRow& row : attached[0].rows) {
            if (row.effective != to.info.effective) continue;  // the rows this release brought
            for (const PreviousCodes& item : row.previous) {
                if (item.kind != PreviousCodes::Kind::code) continue;
                const auto then = s_store->find_code(before, item.first);
                const auto now = s_store->find_code(to, item.first);
                if (!then || !then->billable || (now && now->billable)) continue;
                const CodeMap map = graph.map(item.first, before, to);
                const std::vector<std::string> found = codes(map);
                EXPECT_NE(std::find(found.begin(), found.end(), row.code), found.end())
                    << version << " row " << row.row << ": " << item.first << " -> " << row.code;
                ++checked;
            }
        }
    }
    std::cout << "rows checked: " << checked << '\n';
    EXPECT_GT(checked, 500u);
}

// Facts read off CDC's files: I48.2 (chronic atrial fibrillation) was billable through FY2019 and
// split in FY2020 into I48.20 and I48.21 (FY2022 table, rows effective 2019 with previous code I48.2);
// the store misses FY2019 to FY2020, and the tables bridge the gap.
TEST_F(MapRealData, ChainsFromFY2016ToFY2026CrossTheGap) {
    const CodeSystem& system = require_code_system("icd10cm");
    ReplacementGraph graph(*s_store, system);
    const CodeMap afib = graph.map("I48.2", release("FY2016"), release("FY2026"));
    EXPECT_EQ(codes(afib), (std::vector<std::string>{"I4820", "I4821"}));
    for (const MapTarget& target : afib.targets) {
        EXPECT_EQ(target.relation, "split");
        EXPECT_TRUE(target.needs_review);
    }
    EXPECT_TRUE(std::any_of(afib.hops.begin(), afib.hops.end(), [](const MapHop& hop) { return hop.gap_crossed; }));
    // And back: each of them comes from I48.2.
    EXPECT_EQ(codes(graph.map("I48.21", release("FY2026"), release("FY2016"))), (std::vector<std::string>{"I482"}));
    // A code that never changed is itself all the way.
    const CodeMap cholera = graph.map("A00.0", release("FY2016"), release("FY2026"));
    EXPECT_EQ(codes(cholera), (std::vector<std::string>{"A000"}));
    EXPECT_EQ(cholera.targets[0].relation, "identity");
    EXPECT_EQ(cholera.hops.size(), s_store->releases("icd10cm").size() - 1);
}

// The ConceptMap writer's output for some replacements, parsed.
nlohmann::json concept_map(ReplacementsContent content) {
    std::ostringstream out;
    write_content(out, require_writer("fhir-conceptmap", ContentKind::replacements), std::move(content), {}, nullptr);
    return nlohmann::json::parse(out.str());
}

TEST_F(MapRealData, TheConceptMapFromFY2016ToFY2026HoldsEveryCodeThatStoppedBeingBillableAndMatchesTheSchema) {
    const CodeSystem& system = require_code_system("icd10cm");
    ReplacementsContent content = replacements_between(*s_store, system, "FY2016", "FY2026");
    // Every code billable in FY2016 that FY2026 lacks or made a header, read off the two releases.
    std::map<std::string, bool> in_2026;
    for (const CodeRecord& record : s_store->codes(release("FY2026"))) in_2026[record.code] = record.billable;
    std::set<std::string> expected, found;
    for (const CodeRecord& record : s_store->codes(release("FY2016")))
        if (record.billable && !in_2026[record.code]) expected.insert(record.code);
    for (const Replacement& replacement : content.replacements)
        if (replacement.source.billable) found.insert(replacement.source.code);
    EXPECT_EQ(found, expected);
    EXPECT_GT(expected.size(), 900u);  // 983: the codes FY2016 had that FY2026 lacks or made headers

    const std::filesystem::path file = s_dir / "icd10cm-FY2016-to-FY2026.json";
    const nlohmann::json map = concept_map(std::move(content));
    std::ofstream(file) << map.dump();
    std::size_t elements = 0, narrower = 0;
    for (const nlohmann::json& group : map["group"])
        for (const nlohmann::json& element : group["element"]) {
            ++elements;
            for (const nlohmann::json& target : element["target"]) narrower += target["equivalence"] == "narrower";
            if (element["code"] == "I48.2") {
                ASSERT_EQ(element["target"].size(), 2u);
                EXPECT_EQ(element["target"][0]["code"], "I48.20");
                EXPECT_EQ(element["target"][1]["code"], "I48.21");
                EXPECT_NE(element["target"][0]["comment"].get<std::string>().find("conversion table"), std::string::npos);
            }
        }
    std::cout << "ConceptMap FY2016 -> FY2026: " << elements << " elements, " << narrower << " narrower targets\n";
    EXPECT_GE(elements, expected.size());
    if (const auto missing = fhir_tools_missing()) {
        std::cout << "[  SKIPPED ] " << *missing << ": FHIR schema check not run\n";
        return;
    }
    const CommandResult valid = validate_fhir({file});
    EXPECT_EQ(valid.exit_code, 0) << valid.err;
}

TEST(MapRealHcpcs, G0202IsReplacedBy77067) {
    if (!have_shared_data()) GTEST_SKIP() << "no ../shared/data: skipping HCPCS";
    const auto dir = scratch_dir("map-realdata-hcpcs");
    {
        Store store(dir / "store.db");
        ImportRequest request;
        request.paths = {(shared_data() / "hcpcs/2017-Alpha-Numeric-HCPCS-File.zip").string(),
                         (shared_data() / "hcpcs/2018-Alpha-Numeric-HCPCS-File.zip").string()};
        for (const ReleaseImport& imported : ImportJob(request).run(store))
            ASSERT_FALSE(imported.failure) << imported.failure->what();
        const std::vector<ReleaseRecord> releases = store.releases("hcpcs");
        ASSERT_EQ(releases.size(), 2u);
        const CodeMap map = map_code(store, require_code_system("hcpcs"), "g0202", releases[0], releases[1]);
        ASSERT_EQ(map.targets.size(), 1u);
        EXPECT_EQ(map.targets[0].code, "77067");
        EXPECT_EQ(map.targets[0].relation, "one_to_one");
        ASSERT_EQ(map.hops.size(), 1u);
        EXPECT_NE(map.hops[0].evidence.front().find("cross-reference"), std::string::npos);
        // In the ConceptMap, 77067 is not a code of HCPCS: it goes in the group without a target system.
        const nlohmann::json concepts = concept_map(replacements_between(store, require_code_system("hcpcs"), "2017-01", "2018-01"));
        bool named = false;
        for (const nlohmann::json& group : concepts["group"])
            for (const nlohmann::json& element : group["element"])
                if (element["code"] == "G0202") {
                    EXPECT_FALSE(group.contains("target"));
                    EXPECT_EQ(element["target"][0]["code"], "77067");
                    named = true;
                }
        EXPECT_TRUE(named);
    }
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace codeset::test
