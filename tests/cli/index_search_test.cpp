// `codeset search` with the Alphabetic Index: codes reached through index entries come first, in
// the lookup's order, then the title matches; each hit says how it was found. On the fixtures of
// tests/data/icd10cm_xml/index (FY2099 with its index, FY2097 without).
#include "cli_fixture.hpp"
#include "schema_validation.hpp"

#include <set>

namespace codeset::test {
namespace {

std::string index_fixture(const std::string& name) { return fixture("icd10cm_xml/index/" + name).string(); }

class IndexSearch : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        const CommandResult result =
            codeset({"import", index_fixture("releases/icd10cm_order_2099.txt"), index_fixture("index_2099.xml"),
                     index_fixture("neoplasm_2099.xml"), index_fixture("releases/icd10cm_order_2097.txt")});
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }
};

}  // namespace

TEST_F(IndexSearch, FindsACodeThroughAReferenceThatNoTitleHolds) {
    const nlohmann::json json = json_of({"search", "icd10cm", "heart", "attack", "--at", "FY2099", "--format", "json"});
    ASSERT_EQ(json["results"].size(), 1u) << json.dump(2);
    const nlohmann::json& hit = json["results"][0];
    EXPECT_EQ(hit["code"], "A00.1");
    EXPECT_EQ(hit["found_by"], nlohmann::json({"index"}));
    EXPECT_EQ(hit["index_path"], "Attack, attacks > heart \u2192 see Infarct, infarction > myocardium, myocardial");
    EXPECT_EQ(hit["matched_in"], nlohmann::json::array());
    EXPECT_EQ(json["total"], 1);

    const CommandResult text = codeset({"search", "icd10cm", "heart", "attack", "--at", "FY2099"});
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("A00.1  Cholera due to Vibrio cholerae 01, biovar eltor\n       index: Attack, attacks > "
                            "heart \u2192 see Infarct, infarction > myocardium, myocardial\n"),
              std::string::npos)
        << text.out;
    // The release without an index finds nothing for words no title holds.
    EXPECT_EQ(json_of({"search", "icd10cm", "heart", "attack", "--at", "FY2097", "--format", "json"})["total"], 0);
}

TEST_F(IndexSearch, IndexEntriesComeFirstThenTitlesAndACodeIsListedOnce) {
    const nlohmann::json json = json_of({"search", "icd10cm", "cholera", "--at", "FY2099", "--format", "json"});
    const nlohmann::json& results = json["results"];
    ASSERT_GE(results.size(), 4u) << json.dump(2);
    // "Cholera (Asiatic)" gives A00.9, which its title also holds.
    EXPECT_EQ(results[0]["code"], "A00.9");
    EXPECT_EQ(results[0]["found_by"], nlohmann::json({"index", "title"}));
    EXPECT_EQ(results[0]["index_path"], "Cholera");
    std::set<std::string> codes;
    for (const auto& hit : results) EXPECT_TRUE(codes.insert(hit["code"].get<std::string>()).second) << hit.dump();
    EXPECT_EQ(json["total"], results.size());
    // Without the index the title matches keep their own order.
    const nlohmann::json plain = json_of({"search", "icd10cm", "cholera", "--at", "FY2097", "--format", "json"});
    for (const auto& hit : plain["results"]) EXPECT_EQ(hit["found_by"], nlohmann::json({"title"}));
    EXPECT_FALSE(plain["results"][0].contains("index_path"));

    CODESET_REQUIRE_SCHEMA_TOOLS();
    for (const char* words : {"cholera", "heart attack", "abdomen"}) {
        const CommandResult result = codeset({"search", "icd10cm", words, "--at", "FY2099", "--format", "json"});
        ASSERT_EQ(result.exit_code, 0) << result.err;
        const std::filesystem::path file = dir / "search.json";
        std::ofstream(file, std::ios::binary) << result.out;
        const CommandResult valid = validate_against_schema("search.schema.json", file);
        EXPECT_EQ(valid.exit_code, 0) << words << ":\n" << valid.err;
    }
}

TEST_F(IndexSearch, ATableRowSaysWhichColumnGaveTheCode) {
    const nlohmann::json json = json_of({"search", "icd10cm", "neoplasm", "abdomen", "--at", "FY2099", "--format", "json"});
    ASSERT_FALSE(json["results"].empty());
    EXPECT_EQ(json["results"][0]["code"], "A00.0");
    EXPECT_EQ(json["results"][0]["index_path"], "Neoplasm, neoplastic > abdomen, abdominal (Malignant Primary)");
}

}  // namespace codeset::test
