// codeset search on the two sample releases (and the invented CPT package for the licence guard).
#include "cli_fixture.hpp"

#include <gmock/gmock.h>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using SearchCommand = CliTest;

std::vector<std::string> codes_in(const nlohmann::json& search) {
    std::vector<std::string> codes;
    for (const auto& hit : search["results"]) codes.push_back(hit["code"]);
    return codes;
}

TEST_F(SearchCommand, FindsCodesInTheLatestReleaseWithMatchesMarked) {
    import_samples();
    const CommandResult result = codeset({"search", "icd10cm", "type 2 diabetes"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    // Codes as people write them; matches in brackets when standard output is not a terminal.
    EXPECT_THAT(result.out, HasSubstr("E11.9  [Type] [2] [diabetes] mellitus without complications\n"));
    EXPECT_THAT(result.out, HasSubstr("E11    [Type] [2] [diabetes] mellitus  (header)\n"));
    EXPECT_THAT(result.out, HasSubstr("E11.A  "));  // new in FY2026, the latest
    EXPECT_THAT(result.out, HasSubstr("4 matching codes in icd10cm FY2026, best first"));
    EXPECT_THAT(result.out, Not(HasSubstr("\x1b[")));
    EXPECT_TRUE(result.err.empty()) << result.err;

    // The words may come as separate arguments.
    EXPECT_EQ(codeset({"search", "icd10cm", "type", "2", "diabetes"}).out, result.out);
}

TEST_F(SearchCommand, AnExactTitleRanksFirst) {
    import_samples();
    const nlohmann::json found = json_of({"search", "icd10cm", "financial insecurity", "--format", "json"});
    ASSERT_EQ(found["total"], 4);
    EXPECT_EQ(found["results"][0]["code"], "Z59.86");
    EXPECT_EQ(found["results"][0]["title"], "Financial insecurity");
    for (std::size_t i = 1; i < found["results"].size(); ++i)
        EXPECT_LE(found["results"][i]["score"].get<double>(), found["results"][i - 1]["score"].get<double>());
}

TEST_F(SearchCommand, AStarMakesAPrefix) {
    import_samples();
    const nlohmann::json plain = json_of({"search", "icd10cm", "hirud", "--format", "json"});
    EXPECT_EQ(plain["total"], 0);
    const nlohmann::json prefix = json_of({"search", "icd10cm", "hirud*", "--format", "json"});
    EXPECT_EQ(codes_in(prefix), std::vector<std::string>{"B88.3"});
    EXPECT_EQ(prefix["results"][0]["highlight"], "External [hirudiniasis]");
    EXPECT_EQ(json_of({"search", "icd10cm", "insecur*", "--format", "json"})["total"], 5);
}

TEST_F(SearchCommand, SearchesTheReleaseNamedByAt) {
    import_samples();
    // T78.1XXA is only in FY2025 (FY2026 has T78.19XA with the same long title).
    const nlohmann::json latest = json_of({"search", "icd10cm", "adverse food initial", "--format", "json"});
    EXPECT_EQ(latest["version"], "FY2026");
    EXPECT_EQ(codes_in(latest), std::vector<std::string>{"T78.19XA"});
    const nlohmann::json fy2025 =
        json_of({"search", "icd10cm", "adverse food initial", "--at", "FY2025", "--format", "json"});
    EXPECT_EQ(fy2025["version"], "FY2025");
    EXPECT_EQ(codes_in(fy2025), std::vector<std::string>{"T78.1XXA"});
    const nlohmann::json by_date =
        json_of({"search", "icd10cm", "adverse food initial", "--at", "2025-01-15", "--format", "json"});
    EXPECT_EQ(by_date["version"], "FY2025");

    // A title only FY2025 had ("sytem", corrected in FY2026).
    EXPECT_EQ(json_of({"search", "icd10cm", "sytem", "--format", "json"})["total"], 0);
    EXPECT_EQ(codes_in(json_of({"search", "icd10cm", "sytem", "--at", "fy2025", "--format", "json"})),
              std::vector<std::string>{"K91.61"});
    const CommandResult none = codeset({"search", "icd10cm", "sytem"});
    EXPECT_EQ(none.exit_code, 0);
    EXPECT_EQ(none.out, "no code in icd10cm FY2026 matches all of \"sytem\"\n");
}

TEST_F(SearchCommand, OddTextIsSearchedAsPlainWords) {
    import_samples();
    for (const std::string text : {"type 2 diabetes", "C. diff", "\"quoted\"", "AND", "e11*", "NOT", "OR cholera",
                                   "NEAR(cholera", "cholera)", "col:cholera", "cholera -typhoid", "naïve", "*x"}) {
        const CommandResult result = codeset({"search", "icd10cm", text});
        EXPECT_EQ(result.exit_code, 0) << text << ": " << result.err;
        EXPECT_TRUE(result.err.empty()) << text << ": " << result.err;
    }
    EXPECT_EQ(json_of({"search", "icd10cm", "(cholera)", "--format", "json"})["total"], 4);
    EXPECT_EQ(json_of({"search", "icd10cm", "\"Cholera,\" unspecified", "--format", "json"})["query"],
              R"("Cholera" "unspecified")");
    // "and" is a word like any: titles with it.
    EXPECT_GT(json_of({"search", "icd10cm", "AND", "--format", "json"})["total"].get<int>(), 0);

    const CommandResult nothing = codeset({"search", "icd10cm", "***"});
    EXPECT_EQ(nothing.exit_code, 2);
    EXPECT_THAT(nothing.err, HasSubstr("no letters or digits"));
}

TEST_F(SearchCommand, UnknownSystemOrVersionIsNotFound) {
    import_samples();
    const CommandResult system = codeset({"search", "icd9", "cholera"});
    EXPECT_EQ(system.exit_code, 5);
    EXPECT_THAT(system.err, HasSubstr("icd9"));
    const CommandResult version = codeset({"search", "icd10cm", "cholera", "--at", "FY1999"});
    EXPECT_EQ(version.exit_code, 5);
    EXPECT_THAT(version.err, HasSubstr("FY2025, FY2026"));
    const CommandResult empty = codeset({"search", "icd10pcs", "cholera"});
    EXPECT_EQ(empty.exit_code, 5);
    EXPECT_THAT(empty.err, HasSubstr("no icd10pcs release"));
    EXPECT_EQ(codeset({"search", "icd10cm", "cholera", "--format", "xml"}).exit_code, 2);
    EXPECT_EQ(codeset({"search", "icd10cm", "cholera", "--limit", "-1"}).exit_code, 2);
}

TEST_F(SearchCommand, JsonListsRankedHitsWithHighlights) {
    import_samples();
    const nlohmann::json found = json_of({"search", "icd10cm", "cholera", "--limit", "2", "--format", "json"});
    EXPECT_EQ(found["system"], "icd10cm");
    EXPECT_EQ(found["version"], "FY2026");
    EXPECT_EQ(found["effective"], "2025-10-01");
    EXPECT_EQ(found["text"], "cholera");
    EXPECT_EQ(found["query"], "\"cholera\"");
    EXPECT_EQ(found["total"], 4);
    ASSERT_EQ(found["results"].size(), 2u);
    const nlohmann::json& first = found["results"][0];
    EXPECT_EQ(first["rank"], 1);
    EXPECT_EQ(first["code"], "A00");
    EXPECT_EQ(first["title"], "Cholera");
    EXPECT_EQ(first["short_title"], "Cholera");
    EXPECT_EQ(first["billable"], false);
    EXPECT_EQ(first["order"], 1);
    EXPECT_GT(first["score"].get<double>(), 0.0);
    EXPECT_EQ(first["highlight"], "[Cholera]");
    EXPECT_EQ(first["snippet"], "[Cholera]");
    EXPECT_EQ(first["snippet_from"], "long_title");
    EXPECT_EQ(first["matched_in"], nlohmann::json::array({"long_title"}));
    EXPECT_EQ(found["results"][1]["rank"], 2);

    const CommandResult text = codeset({"search", "icd10cm", "cholera", "--limit", "2"});
    EXPECT_THAT(text.out, HasSubstr("2 of 4 matching codes in icd10cm FY2026, best first (--limit N for more)"));
    EXPECT_EQ(json_of({"search", "icd10cm", "cholera", "--limit", "0", "--format", "json"})["results"].size(), 4u);
}

TEST_F(SearchCommand, ShortTitleMatchesShowWhereTheyMatched) {
    import_samples();
    // "Nephrop" is only in N14.2's short title.
    const CommandResult result = codeset({"search", "icd10cm", "nephrop"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("N14.2  Nephropathy induced by unspecified drug, medicament or biological "
                                      "substance\n       short title: [Nephrop] induced by unsp drug"));
}

TEST_F(SearchCommand, LicensedDescriptorsStayOutUnlessTheLicenceIsStated) {
    ASSERT_EQ(codeset({"import", fixture("cpt/cpt-2026-invented.zip").string()}).exit_code, 0);
    const CommandResult guarded = codeset({"search", "cpt", "imaginary gland"});
    ASSERT_EQ(guarded.exit_code, 0) << guarded.err;
    EXPECT_THAT(guarded.out, HasSubstr("99992\n"));
    EXPECT_THAT(guarded.out, Not(HasSubstr("Invented")));
    EXPECT_THAT(guarded.out, Not(HasSubstr("[gland]")));
    EXPECT_THAT(guarded.err, HasSubstr("licensed"));
    const CommandResult guarded_json = codeset({"search", "cpt", "imaginary gland", "--format", "json"});
    ASSERT_EQ(guarded_json.exit_code, 0) << guarded_json.err;
    EXPECT_THAT(guarded_json.err, HasSubstr("licensed"));
    const nlohmann::json hits = nlohmann::json::parse(guarded_json.out)["results"];
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0]["code"], "99992");
    for (const char* key : {"title", "short_title", "highlight", "snippet"}) EXPECT_FALSE(hits[0].contains(key)) << key;

    const CommandResult open = codeset({"search", "cpt", "imaginary gland", "--my-license-covers-descriptors"});
    ASSERT_EQ(open.exit_code, 0) << open.err;
    EXPECT_THAT(open.out, HasSubstr("99992  Invented imaging of the left [imaginary] [gland], two views"));
    EXPECT_TRUE(open.err.empty()) << open.err;
    const nlohmann::json stated =
        json_of({"search", "cpt", "imaginary gland", "--format", "json", "--my-license-covers-descriptors"});
    EXPECT_THAT(stated["results"][0]["highlight"].get<std::string>(), HasSubstr("[imaginary] [gland]"));
}

}  // namespace
}  // namespace codeset::test
