// The JSON outputs on the real releases, validated against schemas/json: ICD-10-CM with its
// tabular XML (notes and inclusion terms are lists, 7th characters a map) and HCPCS (dates,
// cross-references, action codes). Skips visibly without ../shared/data, node or ajv.
#include "run_command.hpp"
#include "schema_validation.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace codeset::test {
namespace {

class RealJsonSchemas : public testing::Test {
protected:
    void SetUp() override {
        CODESET_REQUIRE_SHARED_DATA();
        CODESET_REQUIRE_SCHEMA_TOOLS();
        dir = scratch_dir("real-json-schemas");
    }
    void TearDown() override { std::filesystem::remove_all(dir); }

    CommandResult codeset(const std::vector<std::string>& args) { return run_codeset(args, dir); }

    // The command's output, validated; returned parsed (JSON Lines: the first line).
    nlohmann::json expect_valid(const std::string& schema, const std::vector<std::string>& args, bool lines = false) {
        const CommandResult result = codeset(args);
        EXPECT_TRUE(result.exit_code == 0 || (args[0] == "verify" && result.exit_code == 1)) << result.err;
        const std::filesystem::path file = dir / ("output-" + std::to_string(++m_outputs) + ".json");
        std::ofstream(file, std::ios::binary) << result.out;
        const CommandResult valid = validate_against_schema(schema, file, lines);
        EXPECT_EQ(valid.exit_code, 0) << schema << " for codeset " << args[0] << " " << args[1] << ":\n" << valid.err;
        if (result.out.empty()) return nullptr;
        return nlohmann::json::parse(lines ? result.out.substr(0, result.out.find('\n')) : result.out, nullptr, false);
    }

    std::filesystem::path dir;
    int m_outputs = 0;
};

TEST_F(RealJsonSchemas, IcdWithItsTabularXmlCarriesListsAsArrays) {
    const auto cm = [](const std::string& file) { return (shared_data() / "icd10cm" / file).string(); };
    const CommandResult imported = codeset({"import", cm("cms_2016_dx.zip"), cm("ICD10CM_FY2016_ Full_ XML.ZIP"),
                                            cm("cms_2017_dx.zip"), cm("ICD10CM_FY2017_Full_XML.zip")});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;

    const nlohmann::json diff = expect_valid("diff.schema.json", {"diff", "icd10cm", "FY2016", "FY2017", "--format", "json"});
    // Some change carries a note attribute: its values are arrays, never strings holding JSON.
    bool saw_list = false;
    for (const auto& change : diff["changes"])
        for (const auto& attribute : change.value("attribute_changes", nlohmann::json::array()))
            if (attribute["name"] == "excludes1" || attribute["name"] == "inclusion_terms")
                for (const char* side : {"before", "after"})
                    if (!attribute[side].is_null()) {
                        EXPECT_TRUE(attribute[side].is_array()) << change["code"];
                        saw_list = true;
                    }
    EXPECT_TRUE(saw_list) << "no note change between FY2016 and FY2017";

    expect_valid("summary.schema.json", {"summary", "icd10cm", "--format", "json"});
    expect_valid("show.schema.json", {"show", "icd10cm", "S52.521A", "--format", "json"});
    expect_valid("show.schema.json", {"show", "icd10cm", "A00", "--format", "json"});
    expect_valid("history.schema.json", {"history", "icd10cm", "S52.521A", "--format", "json"});
    expect_valid("search.schema.json", {"search", "icd10cm", "diabetes", "--limit", "50", "--format", "json"});
    expect_valid("releases.schema.json", {"releases", "--files", "--warnings", "--format", "json"});
    expect_valid("verify.schema.json", {"verify", "icd10cm", "FY2017", "--format", "json"});
    expect_valid("export.schema.json", {"export", "icd10cm", "FY2017", "--format", "jsonl"}, true);
    // A41's Excludes1 is a list, S52's 7th characters a map from character to meaning.
    const nlohmann::json a41 = nlohmann::json::parse(codeset({"show", "icd10cm", "A41", "--format", "json"}).out);
    EXPECT_TRUE(a41["attributes"]["excludes1"].is_array()) << a41["attributes"].dump();
    const nlohmann::json s52 = nlohmann::json::parse(codeset({"show", "icd10cm", "S52", "--format", "json"}).out);
    EXPECT_EQ(s52["attributes"]["seventh_characters"]["S"], "sequela") << s52["attributes"].dump();
}

TEST_F(RealJsonSchemas, HcpcsDiffNamesTheCodesThatReplaceDiscontinuedOnes) {
    const auto file = [](const std::string& name) { return (shared_data() / "hcpcs" / name).string(); };
    const CommandResult imported =
        codeset({"import", file("2017-Alpha-Numeric-HCPCS-File.zip"), file("2018-Alpha-Numeric-HCPCS-File.zip")});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;

    const nlohmann::json diff = expect_valid("diff.schema.json", {"diff", "hcpcs", "CY2017", "2018", "--format", "json"});
    // G0202 (screening mammography) was discontinued for 2018 with a cross-reference to 77067.
    bool found = false;
    for (const auto& change : diff["changes"])
        if (change["code"] == "G0202") {
            found = true;
            EXPECT_EQ(change["replaced_by"], nlohmann::json::array({"77067"}));
        }
    EXPECT_TRUE(found);
    const CommandResult text = codeset({"diff", "hcpcs", "2017-01", "2018-01"});
    EXPECT_NE(text.out.find("replaced by: 77067"), std::string::npos);
    const CommandResult csv = codeset({"diff", "hcpcs", "2017-01", "2018-01", "--format", "csv"});
    EXPECT_NE(csv.out.find("\nG0202,"), std::string::npos);
    EXPECT_NE(csv.out.substr(csv.out.find("\nG0202,")).find(",77067,"), std::string::npos);

    expect_valid("verify.schema.json", {"verify", "hcpcs", "2018-01", "--format", "json"});
    expect_valid("history.schema.json", {"history", "hcpcs", "G0202", "--format", "json"});
    expect_valid("show.schema.json", {"show", "hcpcs", "G0202", "--at", "CY2017", "--format", "json"});
    expect_valid("export.schema.json", {"export", "hcpcs", "2018-01", "--format", "jsonl"}, true);
    expect_valid("search.schema.json", {"search", "hcpcs", "mammography", "--format", "json"});
}

}  // namespace
}  // namespace codeset::test
