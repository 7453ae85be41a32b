// `codeset export --format fhir` and `codeset publish fhir` through the binary, on the sample and
// invented releases: what the CodeSystem holds, that it matches the official FHIR R4 schema (skipped
// visibly without node and the schema tools), the licence policy, and the packages' layout and bytes.
#include "cli_fixture.hpp"
#include "fhir_validation.hpp"

#include <gmock/gmock.h>

#include <map>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using Json = nlohmann::json;

std::string notes(const std::string& name) { return fixture("icd10cm_xml/notes/" + name).string(); }

// The concepts of a CodeSystem by code.
std::map<std::string, Json> concepts_of(const Json& code_system) {
    std::map<std::string, Json> concepts;
    for (const Json& entry : code_system["concept"]) concepts[entry["code"].get<std::string>()] = entry;
    return concepts;
}

// Every value a entry gives for one property, as text.
std::vector<std::string> property_values(const Json& entry, const std::string& code) {
    std::vector<std::string> values;
    for (const Json& property : entry.value("property", Json::array())) {
        if (property["code"] != code) continue;
        for (const auto& [key, value] : property.items())
            if (key != "code") values.push_back(value.is_string() ? value.get<std::string>() : value.dump());
    }
    return values;
}

// The type each declared property has.
std::map<std::string, std::string> declared_properties(const Json& code_system) {
    std::map<std::string, std::string> types;
    for (const Json& property : code_system.value("property", Json::array()))
        types[property["code"].get<std::string>()] = property["type"].get<std::string>();
    return types;
}

class Fhir : public CliTest {
protected:
    void import(const std::vector<std::string>& paths) {
        std::vector<std::string> args = {"import"};
        args.insert(args.end(), paths.begin(), paths.end());
        const CommandResult result = codeset(args);
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }

    // `codeset export SYSTEM VERSION -o NAME.json [extra]`: the file, parsed.
    Json exported(const std::string& system, const std::string& version, const std::vector<std::string>& extra = {}) {
        const std::string name = system + "-" + version + std::to_string(++m_files) + ".json";
        std::vector<std::string> args = {"export", system, version, "-o", name};
        args.insert(args.end(), extra.begin(), extra.end());
        const CommandResult result = codeset(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        m_written.push_back(dir / name);
        return Json::parse(read_text(dir / name));
    }

    // Every file exported so far matches the FHIR R4 schema (skipped visibly without the tools).
    void expect_all_valid() {
        if (const auto missing = fhir_tools_missing()) {
            std::cout << "[  SKIPPED ] " << *missing << ": FHIR schema check not run\n";
            return;
        }
        const CommandResult valid = validate_fhir(m_written);
        EXPECT_EQ(valid.exit_code, 0) << valid.err;
    }

    std::size_t csv_rows(const std::string& system, const std::string& version) {
        const CommandResult csv = codeset({"export", system, version, "--format", "csv"});
        EXPECT_EQ(csv.exit_code, 0) << csv.err;
        return static_cast<std::size_t>(std::count(csv.out.begin(), csv.out.end(), '\n')) - 1;  // less the header
    }

    int m_files = 0;
    std::vector<std::filesystem::path> m_written;
};

TEST_F(Fhir, AJsonFileOfAReleaseIsItsCodeSystemWithEveryCodeAndTheHierarchyByCodeStructure) {
    import_samples();
    const Json cs = exported("icd10cm", "FY2026");
    EXPECT_EQ(cs["resourceType"], "CodeSystem");
    EXPECT_EQ(cs["url"], "http://hl7.org/fhir/sid/icd-10-cm");
    EXPECT_EQ(cs["version"], "FY2026");
    EXPECT_EQ(cs["id"], "icd10cm-FY2026");
    EXPECT_EQ(cs["name"], "ICD10CM_FY2026");  // FHIR's cnl-0: [A-Z]([A-Za-z0-9_]){0,254}
    EXPECT_EQ(cs["date"], "2025-10-01");
    EXPECT_EQ(cs["status"], "active");
    EXPECT_EQ(cs["content"], "complete");
    EXPECT_EQ(cs["hierarchyMeaning"], "is-a");
    EXPECT_FALSE(cs.contains("copyright"));
    EXPECT_EQ(cs["count"].get<std::size_t>(), cs["concept"].size());
    EXPECT_EQ(cs["count"].get<std::size_t>(), csv_rows("icd10cm", "FY2026"));

    const std::map<std::string, std::string> declared = declared_properties(cs);
    EXPECT_EQ(declared.at("notSelectable"), "boolean");
    EXPECT_EQ(declared.at("parent"), "code");
    const auto concepts = concepts_of(cs);
    // Codes as people write them; a header is not selectable, a billable code has no such property.
    ASSERT_TRUE(concepts.count("A00")) << "codes are written with their dot";
    EXPECT_EQ(property_values(concepts.at("A00"), "notSelectable"), std::vector<std::string>{"true"});
    const Json& cholera = concepts.at("A00.0");
    EXPECT_EQ(cholera["display"], "Cholera due to Vibrio cholerae 01, biovar cholerae");
    EXPECT_EQ(cholera["designation"][0]["value"], "Cholera due to Vibrio cholerae 01, biovar cholerae");
    EXPECT_TRUE(property_values(cholera, "notSelectable").empty());
    // Without the tabular XML the parent is the longest proper prefix that is a code.
    EXPECT_EQ(property_values(cholera, "parent"), std::vector<std::string>{"A00"});
    EXPECT_TRUE(property_values(concepts.at("A00"), "parent").empty());
    for (const auto& [code, entry] : concepts)
        for (const std::string& parent : property_values(entry, "parent")) {
            EXPECT_TRUE(concepts.count(parent)) << code << " names " << parent;
            EXPECT_TRUE(code.starts_with(parent)) << code << " under " << parent;
        }
    expect_all_valid();
}

TEST_F(Fhir, WithTheTabularXmlTheParentAttributeIsTheHierarchyAndTheNotesAreProperties) {
    import({notes("2098"), notes("2099")});
    const Json with_xml = exported("icd10cm", "FY2098");
    const Json without = exported("icd10cm", "FY2099");
    const std::map<std::string, std::string> declared = declared_properties(with_xml);
    EXPECT_EQ(declared.at("includes"), "string");
    EXPECT_EQ(declared.at("parent"), "code");
    EXPECT_EQ(declared_properties(without).count("includes"), 0u) << "no XML: no notes declared";

    const auto concepts = concepts_of(with_xml);
    std::size_t parents = 0;
    for (const auto& [code, entry] : concepts)
        for (const std::string& parent : property_values(entry, "parent")) {
            ++parents;
            EXPECT_TRUE(concepts.count(parent)) << code << " names " << parent;
        }
    EXPECT_GT(parents, 0u);
    // E11's includes note, one property value per item; the same code without the XML has none.
    ASSERT_TRUE(concepts.count("E11"));
    EXPECT_THAT(property_values(concepts.at("E11"), "includes"),
                testing::Contains(HasSubstr("diabetes due to insulin secretory defect")));
    EXPECT_TRUE(property_values(concepts_of(without).at("E11"), "includes").empty());
    expect_all_valid();
}

TEST_F(Fhir, HcpcsDatesAreDateTimesAndItsCrossReferencesCodes) {
    import({fixture("hcpcs/HCPC17_CONTR_ANWEB.txt").string(), fixture("hcpcs/HCPC2018_CONTR_ANWEB_disc.txt").string()});
    const Json cs = exported("hcpcs", "2018-01");
    EXPECT_EQ(cs["url"], "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets");
    EXPECT_EQ(cs["date"], "2018-01-01");
    EXPECT_EQ(cs["count"].get<std::size_t>(), csv_rows("hcpcs", "2018-01"));
    const std::map<std::string, std::string> declared = declared_properties(cs);
    std::size_t dates = 0;
    for (const auto& [code, type] : declared) {
        if (code.starts_with("cross_reference_")) {
            EXPECT_EQ(type, "code") << code;
        }
        if (type == "dateTime") ++dates;
    }
    EXPECT_GT(dates, 0u);
    ASSERT_TRUE(declared.count("action_code"));
    for (const Json& entry : cs["concept"])
        for (const Json& property : entry.value("property", Json::array()))
            if (declared.at(property["code"].get<std::string>()) == "dateTime") {
                ASSERT_TRUE(property.contains("valueDateTime")) << property.dump();
                EXPECT_THAT(property["valueDateTime"].get<std::string>(), testing::MatchesRegex("[0-9]{4}-[0-9]{2}-[0-9]{2}"));
            }
    expect_all_valid();
}

TEST_F(Fhir, CptWithoutTheLicenceStatementHasCodesOnlyAndTheNoticeAsCopyright) {
    import({fixture("cpt/cpt-2026-invented.zip").string(), fixture("cpt/cpt-2027-invented").string()});
    const CommandResult guarded = codeset({"export", "cpt", "2026", "--format", "fhir"});
    ASSERT_EQ(guarded.exit_code, 0) << guarded.err;
    EXPECT_THAT(guarded.err, HasSubstr("licensed"));
    EXPECT_THAT(guarded.out, Not(HasSubstr("Invented")));
    const Json cs = Json::parse(guarded.out);
    EXPECT_EQ(cs["url"], "http://www.ama-assn.org/go/cpt");
    EXPECT_THAT(cs["copyright"].get<std::string>(), HasSubstr("--my-license-covers-descriptors"));
    ASSERT_FALSE(cs["concept"].empty());
    for (const Json& entry : cs["concept"]) {
        EXPECT_FALSE(entry.contains("display")) << entry.dump();
        EXPECT_FALSE(entry.contains("designation")) << entry.dump();
    }
    m_written.push_back(dir / "guarded.json");
    std::ofstream(dir / "guarded.json") << guarded.out;

    const Json open = exported("cpt", "2026", {"--my-license-covers-descriptors"});
    EXPECT_THAT(open.dump(), HasSubstr("Invented evaluation service, level one"));
    EXPECT_THAT(open["copyright"].get<std::string>(), HasSubstr("American Medical Association"));
    expect_all_valid();
}

TEST_F(Fhir, NoBreakSpacesBecomeSpacesAndEmptyTitlesAreLeftOut) {
    // An invented order file whose titles hold U+00A0 and U+2009 (UTF-8), as some CMS titles do.
    const std::string nbsp = "\xC2\xA0";
    const std::string thin = "\xE2\x80\x89";
    std::ofstream(dir / "icd10cm_order_2026.txt", std::ios::binary)
        << "00001 A00     0 Cholera                                                      Cholera\n"
        << "00002 A000    1 Cholera" + nbsp + "due to Vibrio cholerae                                 Cholera" + nbsp +
               "due to Vibrio cholerae 01," + thin + "biovar cholerae" + nbsp + "\n";
    const CommandResult imported = codeset({"import", (dir / "icd10cm_order_2026.txt").string(), "--version", "FY2026"});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    const CommandResult stored = codeset({"export", "icd10cm", "FY2026", "--format", "jsonl"});
    ASSERT_THAT(stored.out, HasSubstr(nbsp)) << "the store keeps the title as CMS wrote it";

    const Json cs = exported("icd10cm", "FY2026");
    EXPECT_THAT(cs.dump(), Not(HasSubstr(nbsp)));
    EXPECT_THAT(cs.dump(), Not(HasSubstr(thin)));
    const auto concepts = concepts_of(cs);
    EXPECT_EQ(concepts.at("A00.0")["display"], "Cholera due to Vibrio cholerae 01, biovar cholerae");
    expect_all_valid();
}

TEST_F(Fhir, TheSchemaCheckFailsOnANoBreakSpaceAndAMissingStatus) {
    CODESET_REQUIRE_FHIR_TOOLS();
    import_samples();
    Json cs = exported("icd10cm", "FY2026");
    cs["concept"][1]["display"] = "Cholera\u00a0due";
    cs.erase("status");
    std::ofstream(dir / "tampered.json") << cs.dump();
    const CommandResult result = validate_fhir({dir / "tampered.json"});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.err, HasSubstr("tampered.json: /concept/1/display must match pattern"));
    EXPECT_THAT(result.err, HasSubstr("status"));
}

TEST_F(Fhir, OnExportTheJsonExtensionIsFhirAndOnDiffItStaysJson) {
    import_samples();
    EXPECT_EQ(exported("icd10cm", "FY2025")["resourceType"], "CodeSystem");
    ASSERT_EQ(codeset({"diff", "icd10cm", "FY2025", "FY2026", "-o", "changes.json"}).exit_code, 0);
    EXPECT_EQ(Json::parse(read_text(dir / "changes.json"))["to"], "FY2026");
    EXPECT_THAT(codeset({"export", "--help"}).out, HasSubstr("fhir"));
}

// The elements of a ConceptMap's groups by source code: their targets.
std::map<std::string, Json> elements_of(const Json& concept_map) {
    std::map<std::string, Json> elements;
    for (const Json& group : concept_map.value("group", Json::array()))
        for (const Json& element : group["element"]) elements[element["code"].get<std::string>()] = element["target"];
    return elements;
}

TEST_F(Fhir, ExportFromAnotherReleaseIsAConceptMapOfTheReplacementsThatMatchesTheSchema) {
    import_samples();
    const Json forward = exported("icd10cm", "FY2026", {"--from", "FY2025"});
    EXPECT_EQ(forward["resourceType"], "ConceptMap");
    EXPECT_EQ(forward["id"], "icd10cm-FY2025-to-FY2026");
    EXPECT_EQ(forward["status"], "active");
    ASSERT_EQ(forward["group"].size(), 1u);
    EXPECT_EQ(forward["group"][0]["source"], "http://hl7.org/fhir/sid/icd-10-cm");
    EXPECT_EQ(forward["group"][0]["sourceVersion"], "FY2025");
    EXPECT_EQ(forward["group"][0]["targetVersion"], "FY2026");
    const auto elements = elements_of(forward);
    // B88.0 became a header, expanded into two codes: a split, narrower, and a coder chooses.
    ASSERT_TRUE(elements.count("B88.0"));
    const Json& split = elements.at("B88.0");
    ASSERT_EQ(split.size(), 2u);
    EXPECT_EQ(split[0]["code"], "B88.01");
    EXPECT_EQ(split[1]["code"], "B88.09");
    EXPECT_EQ(split[0]["display"], "Infestation by Demodex mites");
    for (const Json& target : split) {
        EXPECT_EQ(target["equivalence"], "narrower");
        EXPECT_THAT(target["comment"].get<std::string>(), HasSubstr("a coder must choose"));  // FHIR's cmd-1
        EXPECT_THAT(target["comment"].get<std::string>(), HasSubstr("expanded into subcodes"));
    }
    // Z59.86 likewise, into three; T78.1XXA, T78.1XXD and T78.1XXS went without a replacement.
    ASSERT_TRUE(elements.count("Z59.86"));
    EXPECT_EQ(elements.at("Z59.86").size(), 3u);
    for (const std::string gone : {"T78.1XXA", "T78.1XXD", "T78.1XXS"}) {
        ASSERT_TRUE(elements.count(gone)) << gone;
        EXPECT_EQ(elements.at(gone)[0]["equivalence"], "unmatched");
        EXPECT_FALSE(elements.at(gone)[0].contains("code"));
        EXPECT_THAT(elements.at(gone)[0]["comment"].get<std::string>(), HasSubstr("no replacement named"));
    }
    // Codes FY2026 keeps as they were are not in the map; a header FY2026 still has is not either.
    EXPECT_FALSE(elements.count("A00.0"));
    EXPECT_FALSE(elements.count("A00"));
    EXPECT_EQ(elements.size(), 5u);

    // Backwards: the codes FY2026 brought, and where they came from in FY2025.
    const Json backward = exported("icd10cm", "FY2025", {"--from", "FY2026"});
    const auto back = elements_of(backward);
    ASSERT_TRUE(back.count("B88.01"));
    EXPECT_EQ(back.at("B88.01")[0]["code"], "B88.0");
    EXPECT_EQ(back.at("B88.01")[0]["equivalence"], "wider");  // B88.0 was split into it
    ASSERT_TRUE(back.count("E11.A"));
    EXPECT_EQ(back.at("E11.A")[0]["equivalence"], "unmatched");
    expect_all_valid();
}

TEST_F(Fhir, AConceptMapNeedsASecondReleaseAndTheReleaseItselfIsNotOne) {
    import_samples();
    const std::vector<std::pair<std::vector<std::string>, std::string>> refused = {
        {{"export", "icd10cm", "FY2026", "--format", "fhir-conceptmap"}, "give --from VERSION"},
        {{"export", "icd10cm", "FY2026", "--from", "FY2026"}, "is the release exported"},
        {{"export", "icd10cm", "FY2026", "--from", "FY2025", "--format", "csv"}, "written as fhir-conceptmap"},
    };
    for (const auto& [args, message] : refused) {
        const CommandResult result = codeset(args);
        EXPECT_EQ(result.exit_code, 2) << args.back();
        EXPECT_THAT(result.err, HasSubstr(message));
    }
}

// The members of a .tgz, as tar lists them.
std::vector<std::string> members_of(const std::filesystem::path& package, const std::filesystem::path& scratch) {
    const std::filesystem::path listing = scratch / "listing.txt";
    EXPECT_EQ(std::system(("tar -tzf " + shell_quote(package.string()) + " > " + shell_quote(listing.string())).c_str()), 0);
    std::vector<std::string> members;
    std::istringstream in(read_text(listing));
    for (std::string line; std::getline(in, line);) members.push_back(line);
    return members;
}

std::string member_text(const std::filesystem::path& package, const std::string& member, const std::filesystem::path& scratch) {
    const std::filesystem::path out = scratch / "member.txt";
    EXPECT_EQ(std::system(("tar -xzOf " + shell_quote(package.string()) + " " + shell_quote(member) + " > " +
                           shell_quote(out.string()))
                              .c_str()),
              0);
    return read_text(out);
}

TEST_F(Fhir, PublishWritesOnePackagePerReleaseInTheFhirPackageLayout) {
    import_samples();
    const CommandResult published = codeset({"publish", "fhir", "icd10cm", "packages"});
    ASSERT_EQ(published.exit_code, 0) << published.err;
    EXPECT_THAT(published.out, HasSubstr("packages/codeset.icd10cm-2025.0.0.tgz (icd10cm FY2025"));
    EXPECT_THAT(published.out, HasSubstr("packages/codeset.icd10cm-2026.0.0.tgz (icd10cm FY2026, package version 2026.0.0): 68 concepts"));

    const std::filesystem::path package = dir / "packages/codeset.icd10cm-2026.0.0.tgz";
    EXPECT_EQ(members_of(package, dir), (std::vector<std::string>{"package/.index.json", "package/CodeSystem-icd10cm-FY2026.json",
                                                                  "package/package.json"}));
    const Json manifest = Json::parse(member_text(package, "package/package.json", dir));
    EXPECT_EQ(manifest["name"], "codeset.icd10cm");
    EXPECT_EQ(manifest["version"], "2026.0.0");
    EXPECT_EQ(manifest["fhirVersions"], Json::array({"4.0.1"}));
    EXPECT_EQ(manifest["canonical"], "http://hl7.org/fhir/sid/icd-10-cm");
    const Json index = Json::parse(member_text(package, "package/.index.json", dir));
    EXPECT_EQ(index["files"][0]["filename"], "CodeSystem-icd10cm-FY2026.json");
    EXPECT_EQ(index["files"][0]["resourceType"], "CodeSystem");
    EXPECT_EQ(index["files"][0]["version"], "FY2026");
    // The CodeSystem is what export writes, byte for byte.
    const std::string code_system = member_text(package, "package/CodeSystem-icd10cm-FY2026.json", dir);
    EXPECT_EQ(code_system, codeset({"export", "icd10cm", "FY2026", "--format", "fhir"}).out);
    EXPECT_EQ(Json::parse(code_system)["id"], index["files"][0]["id"]);
}

TEST_F(Fhir, PublishingTwiceWritesTheSameBytesAndNoTemporaryFile) {
    import_samples();
    ASSERT_EQ(codeset({"publish", "fhir", "icd10cm", "first"}).exit_code, 0);
    const std::string before = read_text(dir / "first/codeset.icd10cm-2025.0.0.tgz");
    // A second store, imported in the other order, and a second run over the first folder.
    ASSERT_EQ(codeset({"--db", "other.db", "import", sample(sample_2026).string(), sample(sample_2025).string()}).exit_code, 0);
    ASSERT_EQ(codeset({"--db", "other.db", "publish", "fhir", "icd10cm", "second"}).exit_code, 0);
    ASSERT_EQ(codeset({"publish", "fhir", "icd10cm", "first"}).exit_code, 0);
    for (const std::string name : {"codeset.icd10cm-2025.0.0.tgz", "codeset.icd10cm-2026.0.0.tgz"})
        EXPECT_EQ(read_text(dir / "first" / name), read_text(dir / "second" / name)) << name;
    EXPECT_EQ(read_text(dir / "first/codeset.icd10cm-2025.0.0.tgz"), before);
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir / "first")) {
        ++files;
        EXPECT_EQ(entry.path().extension(), ".tgz") << entry.path();
    }
    EXPECT_EQ(files, 2u);
}

TEST_F(Fhir, PublishingCptKeepsItsDescriptorsOutUnlessTheLicenceIsStated) {
    import({fixture("cpt/cpt-2026-invented.zip").string(), fixture("cpt/cpt-2027-invented").string()});
    const CommandResult guarded = codeset({"publish", "fhir", "cpt", "packages"});
    ASSERT_EQ(guarded.exit_code, 0) << guarded.err;
    EXPECT_THAT(guarded.out, HasSubstr("descriptors left out"));
    EXPECT_THAT(guarded.err, HasSubstr("licensed"));
    const std::filesystem::path package = dir / "packages/codeset.cpt-2026.0.0.tgz";
    EXPECT_THAT(member_text(package, "package/CodeSystem-cpt-2026.json", dir), Not(HasSubstr("Invented")));
    ASSERT_EQ(codeset({"publish", "fhir", "cpt", "packages", "--my-license-covers-descriptors"}).exit_code, 0);
    EXPECT_THAT(member_text(package, "package/CodeSystem-cpt-2026.json", dir), HasSubstr("Invented"));
}

TEST_F(Fhir, PublishingIntoAFolderThatCannotBeOneIsAOneLineError) {
    import_samples();
    std::ofstream(dir / "a-file") << "not a folder\n";
    const CommandResult result = codeset({"publish", "fhir", "icd10cm", "a-file/packages"});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_THAT(result.err, HasSubstr("a-file/packages: cannot create the package folder"));
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    const CommandResult unknown = codeset({"publish", "fhir", "hcpcs", "packages"});
    EXPECT_EQ(unknown.exit_code, 5) << unknown.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "packages"));
    EXPECT_EQ(codeset({"publish"}).exit_code, 2);
}

}  // namespace
}  // namespace codeset::test
