// Every JSON output of the command line, on the fixtures, validated against its schema in
// schemas/json (ajv under node; skipped, visibly, where they are not installed). The real
// releases are validated in tests/realdata/json_schema_realdata_test.cpp.
#include "cli_fixture.hpp"
#include "schema_validation.hpp"

namespace codeset::test {
namespace {

class JsonSchemas : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        CODESET_REQUIRE_SCHEMA_TOOLS();
    }

    // Runs a command (exit 0 or, for verify, 1), writes its output to a file and validates it.
    void expect_valid(const std::string& schema, const std::vector<std::string>& args, bool lines = false) {
        const CommandResult result = codeset(args);
        ASSERT_TRUE(result.exit_code == 0 || (args[0] == "verify" && result.exit_code == 1))
            << args[0] << " " << args[1] << ": " << result.err;
        ASSERT_FALSE(result.out.empty());
        const std::filesystem::path file = dir / ("output-" + std::to_string(++m_outputs) + ".json");
        std::ofstream(file, std::ios::binary) << result.out;
        const CommandResult valid = validate_against_schema(schema, file, lines);
        EXPECT_EQ(valid.exit_code, 0) << schema << " for codeset " << args[0] << " " << args[1] << ":\n" << valid.err;
    }

    void import(const std::vector<std::string>& paths) {
        std::vector<std::string> args = {"import"};
        args.insert(args.end(), paths.begin(), paths.end());
        const CommandResult result = codeset(args);
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }

    int m_outputs = 0;
};

TEST_F(JsonSchemas, IcdSamplesMatchEverySchema) {
    import_samples();
    expect_valid("diff.schema.json", {"diff", "icd10cm", "FY2025", "FY2026", "--format", "json"});
    expect_valid("diff.schema.json", {"diff", "icd10cm", "FY2026", "FY2025", "--format", "json"});
    expect_valid("diff.schema.json", {"diff", "icd10cm", "FY2026", "FY2026", "--format", "json"});
    expect_valid("diff.schema.json", {"diff", "icd10cm", "FY2025", "FY2026", "--range", "B00-B99", "--format", "json"});
    expect_valid("show.schema.json", {"show", "icd10cm", "Z59.86", "--format", "json"});
    expect_valid("show.schema.json", {"show", "icd10cm", "L02.212", "--at", "FY2025", "--format", "json"});
    expect_valid("history.schema.json", {"history", "icd10cm", "B88.0", "--format", "json"});
    expect_valid("history.schema.json", {"history", "icd10cm", "T78.1XXA", "--format", "json"});
    expect_valid("search.schema.json", {"search", "icd10cm", "cholera", "--format", "json"});
    expect_valid("releases.schema.json", {"releases", "--files", "--warnings", "--format", "json"});
    expect_valid("summary.schema.json", {"summary", "icd10cm", "--format", "json"});
    expect_valid("verify.schema.json", {"verify", "icd10cm", "FY2026", "--format", "json"});
    expect_valid("export.schema.json", {"export", "icd10cm", "FY2026", "--format", "jsonl"}, true);
}

TEST_F(JsonSchemas, HcpcsFixturesMatchWithTheirDatesReplacementsAndActionCodes) {
    import({fixture("hcpcs/HCPC17_CONTR_ANWEB.txt").string(), fixture("hcpcs/HCPC2018_CONTR_ANWEB_disc.txt").string()});
    expect_valid("diff.schema.json", {"diff", "hcpcs", "2017", "CY2018", "--format", "json"});
    expect_valid("verify.schema.json", {"verify", "hcpcs", "2018-01", "--format", "json"});
    expect_valid("export.schema.json", {"export", "hcpcs", "2018", "--format", "jsonl"}, true);
    expect_valid("releases.schema.json", {"releases", "hcpcs", "--format", "json"});
    expect_valid("summary.schema.json", {"summary", "hcpcs", "--format", "json"});
}

TEST_F(JsonSchemas, LicensedCptMatchesWithAndWithoutItsDescriptors) {
    // Invented codes and descriptors only; the clinician descriptors are a list attribute.
    import({fixture("cpt/cpt-2026-invented.zip").string(), fixture("cpt/cpt-2027-invented").string()});
    for (const std::vector<std::string>& licence : {std::vector<std::string>{}, {"--my-license-covers-descriptors"}}) {
        const auto with = [&](std::vector<std::string> args) {
            args.insert(args.end(), licence.begin(), licence.end());
            return args;
        };
        expect_valid("diff.schema.json", with({"diff", "cpt", "2026", "2027", "--format", "json"}));
        expect_valid("export.schema.json", with({"export", "cpt", "2027", "--format", "jsonl"}), true);
        expect_valid("search.schema.json", with({"search", "cpt", "invented", "--format", "json"}));
    }
    expect_valid("summary.schema.json", {"summary", "cpt", "--format", "json"});
}

TEST_F(JsonSchemas, TheValidatorRefusesAStringHoldingJsonAndAnUnknownField) {
    // The check can fail: a list written as a string, and a field no schema names.
    import_samples();
    const CommandResult result = codeset({"show", "icd10cm", "Z59.86", "--format", "json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    nlohmann::json shown = nlohmann::json::parse(result.out);
    shown["attributes"]["excludes1"] = "[\"Z59.0\"]";
    std::ofstream(dir / "string-holding-json.json") << shown.dump();
    EXPECT_EQ(validate_against_schema("show.schema.json", dir / "string-holding-json.json").exit_code, 1);
    shown["attributes"]["excludes1"] = nlohmann::json::array({"Z59.0"});
    std::ofstream(dir / "list.json") << shown.dump();
    EXPECT_EQ(validate_against_schema("show.schema.json", dir / "list.json").exit_code, 0);
    shown["unexpected"] = 1;
    std::ofstream(dir / "unknown-field.json") << shown.dump();
    EXPECT_EQ(validate_against_schema("show.schema.json", dir / "unknown-field.json").exit_code, 1);
}

}  // namespace
}  // namespace codeset::test
