// FHIR CodeSystems of the real releases, validated against the official FHIR R4 schema: ICD-10-CM
// FY2017 with its tabular XML (the hierarchy from its parent attribute, the notes as properties)
// and FY2026 without (the hierarchy by code structure), ICD-10-PCS FY2026 and HCPCS 2018; and one
// FHIR package per stored release (HCPCS 2017 and 2018). One store and one validator run per test
// (the schema compiles once per run). Skips visibly without ../shared/data, node or the schema tools.
#include "fhir_validation.hpp"
#include "run_command.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <map>

namespace codeset::test {
namespace {

using Json = nlohmann::json;

struct Exported {
    std::string system;
    std::string version;
};

const std::vector<Exported>& exported_releases() {
    static const std::vector<Exported> releases = {
        {"icd10cm", "FY2017"}, {"icd10cm", "FY2026"}, {"icd10pcs", "FY2026"}, {"hcpcs", "2018-01"}};
    return releases;
}

// The parent each concept names, by code.
std::map<std::string, std::string> parents_of(const Json& cs) {
    std::map<std::string, std::string> parents;
    for (const Json& entry : cs["concept"])
        for (const Json& property : entry.value("property", Json::array()))
            if (property["code"] == "parent") parents[entry["code"].get<std::string>()] = property["valueCode"];
    return parents;
}

std::set<std::string> declared_properties(const Json& cs) {
    std::set<std::string> declared;
    for (const Json& property : cs["property"]) declared.insert(property["code"].get<std::string>());
    return declared;
}

class RealFhir : public testing::Test {
protected:
    void SetUp() override {
        CODESET_REQUIRE_SHARED_DATA();
        const auto* info = testing::UnitTest::GetInstance()->current_test_info();
        dir = scratch_dir(std::string("real-fhir-") + info->name());
    }
    void TearDown() override { std::filesystem::remove_all(dir); }

    CommandResult codeset(const std::vector<std::string>& args) { return run_codeset(args, dir); }

    void import(const std::vector<std::string>& files) {
        std::vector<std::string> args = {"import"};
        for (const std::string& file : files) args.push_back((shared_data() / file).string());
        const CommandResult imported = codeset(args);
        ASSERT_EQ(imported.exit_code, 0) << imported.err;
    }

    // `codeset export SYSTEM VERSION -o SYSTEM-VERSION.json`, timed: the file.
    std::filesystem::path export_fhir(const Exported& release) {
        const std::string file = release.system + "-" + release.version + ".json";
        const auto start = std::chrono::steady_clock::now();
        const CommandResult result = codeset({"export", release.system, release.version, "-o", file});
        const auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        EXPECT_EQ(result.exit_code, 0) << result.err;
        std::cout << "export " << release.system << " " << release.version << " --format fhir: " << elapsed << " s\n";
        return dir / file;
    }

    std::size_t csv_rows(const Exported& release) {
        const CommandResult csv = codeset({"export", release.system, release.version, "--format", "csv"});
        EXPECT_EQ(csv.exit_code, 0) << csv.err;
        return static_cast<std::size_t>(std::count(csv.out.begin(), csv.out.end(), '\n')) - 1;
    }

    // Every file against the FHIR R4 schema, in one validator run; skipped visibly without the tools.
    void expect_valid(const std::vector<std::filesystem::path>& files) {
        if (const auto missing = fhir_tools_missing()) {
            std::cout << "[  SKIPPED ] " << *missing << ": FHIR schema check not run\n";
            return;
        }
        const auto start = std::chrono::steady_clock::now();
        const CommandResult valid = validate_fhir(files);
        std::cout << "validated " << files.size() << " CodeSystems in "
                  << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() << " s\n";
        EXPECT_EQ(valid.exit_code, 0) << valid.err;
    }

    std::filesystem::path dir;
};

TEST_F(RealFhir, EveryCodeSystemMatchesTheFhirR4SchemaAndHoldsEveryCodeOfItsRelease) {
    import({"icd10cm/cms_2017_dx.zip", "icd10cm/ICD10CM_FY2017_Full_XML.zip", "icd10cm/icd10cm-Code Descriptions-2026.zip",
            "icd10pcs/cms_2026_pr.zip", "hcpcs/2018-Alpha-Numeric-HCPCS-File.zip"});
    std::vector<std::filesystem::path> files;
    std::map<std::string, Json> by_release;
    for (const Exported& release : exported_releases()) {
        files.push_back(export_fhir(release));
        const Json cs = Json::parse(read_text(files.back()));
        EXPECT_EQ(cs["version"], release.version);
        EXPECT_EQ(cs["count"].get<std::size_t>(), cs["concept"].size()) << release.system;
        EXPECT_EQ(cs["count"].get<std::size_t>(), csv_rows(release)) << release.system << " " << release.version;
        std::set<std::string> codes;
        for (const Json& entry : cs["concept"]) codes.insert(entry["code"].get<std::string>());
        EXPECT_EQ(codes.size(), cs["concept"].size()) << "a code twice in " << release.system;
        for (const auto& [code, parent] : parents_of(cs)) {
            ASSERT_TRUE(codes.count(parent)) << release.system << " " << code << " names " << parent;
            ASSERT_NE(code, parent);
        }
        by_release[release.system + " " + release.version] = cs;
    }
    expect_valid(files);

    // With the tabular XML the hierarchy is its parent attribute and the notes are declared; without
    // it, the code structure gives the parent and there are no notes.
    const Json& with_xml = by_release.at("icd10cm FY2017");
    const Json& without = by_release.at("icd10cm FY2026");
    EXPECT_EQ(parents_of(with_xml).at("E11.9"), "E11");
    EXPECT_EQ(parents_of(without).at("E11.9"), "E11");
    EXPECT_EQ(parents_of(without).at("S52.521A"), "S52.521");
    EXPECT_TRUE(declared_properties(with_xml).count("excludes1"));
    EXPECT_TRUE(declared_properties(with_xml).count("inclusion_terms"));
    EXPECT_EQ(declared_properties(without), (std::set<std::string>{"notSelectable", "parent"}));
    // ICD-10-PCS: every code sits under its 3-character table.
    for (const auto& [code, parent] : parents_of(by_release.at("icd10pcs FY2026"))) EXPECT_EQ(parent, code.substr(0, 3)) << code;
    // HCPCS: its dates are dateTimes.
    std::size_t dates = 0;
    for (const Json& property : by_release.at("hcpcs 2018-01")["property"]) dates += property["type"] == "dateTime";
    EXPECT_GT(dates, 0u);
}

TEST_F(RealFhir, PublishWritesAPackagePerStoredRelease) {
    import({"hcpcs/2017-Alpha-Numeric-HCPCS-File.zip", "hcpcs/2018-Alpha-Numeric-HCPCS-File.zip"});
    const CommandResult published = codeset({"publish", "fhir", "hcpcs", "packages"});
    ASSERT_EQ(published.exit_code, 0) << published.err;
    std::vector<std::filesystem::path> code_systems;
    for (const auto& [label, version] : {std::pair{"2017-01", "2017.1.0"}, std::pair{"2018-01", "2018.1.0"}}) {
        const std::filesystem::path package = dir / "packages" / ("codeset.hcpcs-" + std::string(version) + ".tgz");
        ASSERT_TRUE(std::filesystem::exists(package)) << published.out;
        const std::string member = "package/CodeSystem-hcpcs-" + std::string(label) + ".json";
        const std::filesystem::path listing = dir / "listing.txt";
        ASSERT_EQ(std::system(("tar -tzf " + shell_quote(package.string()) + " > " + shell_quote(listing.string())).c_str()), 0);
        EXPECT_EQ(read_text(listing), "package/.index.json\n" + member + "\npackage/package.json\n");
        code_systems.push_back(dir / (std::string(label) + ".json"));
        ASSERT_EQ(std::system(("tar -xzOf " + shell_quote(package.string()) + " " + member + " > " +
                               shell_quote(code_systems.back().string()))
                                  .c_str()),
                  0);
        const std::size_t concepts = Json::parse(read_text(code_systems.back()))["concept"].size();
        EXPECT_EQ(concepts, csv_rows({"hcpcs", label}));
        EXPECT_NE(published.out.find("(hcpcs " + std::string(label) + ", package version " + version + "): " +
                                     std::to_string(concepts) + " concepts"),
                  std::string::npos)
            << published.out;
    }
    expect_valid(code_systems);
}

}  // namespace
}  // namespace codeset::test
