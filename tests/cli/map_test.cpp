// `codeset import TABLE` (conversion tables as companions) and `codeset map`, through the binary,
// on invented ICD-10-CM releases FY2090, FY2091 and FY2093 (FY2092 is missing: a gap) written
// here, with an invented cumulative conversion table. Each kind of hop has its code:
//   B20  split into B200, B201 (expanded into subcodes, and the table)
//   C10, C11  merged into C12
//   D50  retitled
//   E10  deleted without replacement
//   F10  one to one to F20 (the table only)
//   G10  -> G11 (FY2092, missing) -> G12 (FY2093): the gap bridged by the table
//   J10 <-> J11 (FY2092): a cycle in the evidence
#include "cli_fixture.hpp"
#include "order_file.hpp"
#include "schema_validation.hpp"

#include "../unit/conversion_table/workbook_support.hpp"

#include <gmock/gmock.h>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

using Line = OrderLine;

const std::vector<Line> fy2090 = {
    {"B20", true, "Human immunodeficiency virus disease"},
    {"C10", true, "Malignant neoplasm of oropharynx"},
    {"C11", true, "Malignant neoplasm of nasopharynx"},
    {"D50", true, "Iron deficiency anemia"},
    {"E10", true, "Type 1 diabetes mellitus"},
    {"F10", true, "Alcohol related disorders"},
    {"G10", true, "Huntington disease"},
    {"K20", true, "Esophagitis"},
};
const std::vector<Line> fy2091 = {
    {"B20", false, "Human immunodeficiency virus disease"},
    {"B200", true, "Human immunodeficiency virus disease, early"},
    {"B201", true, "Human immunodeficiency virus disease, late"},
    {"C12", true, "Malignant neoplasm of the pharynx"},
    {"D50", true, "Iron deficiency anaemia"},
    {"F20", true, "Alcohol related disorders, all"},
    {"G10", true, "Huntington disease"},
    {"J10", true, "Influenza due to other identified influenza virus"},
    {"K20", true, "Esophagitis"},
};
// FY2093: FY2091 without G10 and J10, with G12.
const std::vector<Line> fy2093 = [] {
    std::vector<Line> lines;
    for (const Line& line : fy2091)
        if (line.code != "G10" && line.code != "J10") lines.push_back(line);
    lines.insert(lines.begin() + 6, {"G12", true, "Huntington disease, adult onset"});
    return lines;
}();

// The cumulative FY2093 table, as CDC writes its .csv: a preamble, the header, the rows.
const std::string table_2093 =
    "ICD-10-CM FY 2093 Conversion Table\n"
    "Unless otherwise specified the code effective date is October 1 of the year listed\n"
    "Current code assignment,Effective October 1,Previous Code(s) Assignment\n"
    "B20.0,2090,B20\n"
    "B20.1,2090,B20\n"
    "C12,2090,\"C10, C11\"\n"
    "F20,2090,F10\n"
    "J10,2090,None\n"
    "G11,2091,G10\n"
    "J11,2091,J10\n"
    "J10,2092,J11\n"
    "G12,2092,G11\n";

class MapCli : public CliTest {
protected:
    void import_releases(bool with_table = true) {
        std::vector<std::string> args = {"import", write_file("fy2090/icd10cm_order_2090.txt", order_file(fy2090)),
                                         write_file("fy2091/icd10cm_order_2091.txt", order_file(fy2091)),
                                         write_file("fy2093/icd10cm_order_2093.txt", order_file(fy2093))};
        if (with_table) args.push_back(write_file("ICD-10-CM-Conversion-Table-FY2093.csv", table_2093));
        const CommandResult result = codeset(args);
        ASSERT_EQ(result.exit_code, 0) << result.err << result.out;
    }
    nlohmann::json map(const std::string& code, const std::string& from, const std::string& to) {
        return json_of({"map", "icd10cm", code, "--from", from, "--to", to, "--format", "json"});
    }
    static std::vector<std::string> target_codes(const nlohmann::json& json) {
        std::vector<std::string> codes;
        for (const auto& target : json["targets"]) codes.push_back(target["code"]);
        return codes;
    }
};

TEST_F(MapCli, ATableImportedWithItsReleaseIsListedAsItsCompanion) {
    import_releases();
    const nlohmann::json releases = json_of({"releases", "icd10cm", "--format", "json"});
    bool listed = false;
    for (const auto& release : releases)
        if (release["version"] == "FY2093")
            for (const auto& companion : release.value("companions", nlohmann::json::array()))
                listed = listed || companion.dump().find("icd10cm-conversion-table") != std::string::npos;
    EXPECT_TRUE(listed) << releases.dump(2);
    EXPECT_THAT(codeset({"releases", "icd10cm"}).out, HasSubstr("Conversion-Table-FY2093.csv"));
}

TEST_F(MapCli, TheSameTableAgainChangesNothingAnotherOneNeedsReplace) {
    import_releases();
    const std::string table = (dir / "ICD-10-CM-Conversion-Table-FY2093.csv").string();
    const std::string before = store_bytes();
    const CommandResult again = codeset({"import", table});
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(store_bytes(), before);

    const std::string other = write_file("other/ICD-10-CM-Conversion-Table-FY2093.csv", table_2093 + "K21,2092,K20\n");
    const CommandResult conflict = codeset({"import", other});
    EXPECT_NE(conflict.exit_code, 0);
    EXPECT_THAT(conflict.err, HasSubstr("icd10cm FY2093 already has the icd10cm-conversion-table"));
    EXPECT_THAT(conflict.err, HasSubstr("--replace"));
    EXPECT_EQ(store_bytes(), before);

    const CommandResult replaced = codeset({"import", other, "--replace"});
    ASSERT_EQ(replaced.exit_code, 0) << replaced.err;
    // The replaced table's row is there, and the codes of the release kept as they were.
    const nlohmann::json k20 = map("K20", "FY2091", "FY2093");
    EXPECT_EQ(target_codes(k20), (std::vector<std::string>{"K20"}));
    EXPECT_EQ(json_of({"show", "icd10cm", "G12", "--at", "FY2093", "--format", "json"})["code"], "G12");
}

TEST_F(MapCli, ATableAttachedLaterKeepsTheReleaseAsItWas) {
    import_releases(false);
    const auto snapshot = [&] { return codeset({"export", "icd10cm", "FY2093", "--format", "csv"}).out; };
    const std::string before = snapshot();
    ASSERT_THAT(before, HasSubstr("G12"));
    const CommandResult attached = codeset({"import", write_file("ICD-10-CM-Conversion-Table-FY2093.csv", table_2093)});
    ASSERT_EQ(attached.exit_code, 0) << attached.err;
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(json_of({"diff", "icd10cm", "FY2091", "FY2093", "--format", "json"})["summary"]["added"], 1);
    EXPECT_EQ(target_codes(map("F10", "FY2090", "FY2091")), (std::vector<std::string>{"F20"}));
}

TEST_F(MapCli, ATableWhoseReleaseIsNotStoredIsRefusedInOneLine) {
    import_releases();
    const std::string before = store_bytes();
    const std::string table = write_file("ICD-10-CM-Conversion-Table-FY2095.csv",
                                    "Current code assignment,Effective October 1,Previous Code(s) Assignment\n"
                                    "B20.2,2094,B20\n");
    const CommandResult refused = codeset({"import", table});
    EXPECT_NE(refused.exit_code, 0);
    EXPECT_THAT(refused.err, HasSubstr(table));
    EXPECT_THAT(refused.err, HasSubstr("icd10cm FY2095, which is not in the store"));
    EXPECT_EQ(std::count(refused.err.begin(), refused.err.end(), '\n'), 1) << refused.err;
    EXPECT_EQ(store_bytes(), before);
}

TEST_F(MapCli, MalformedTablesNameFileSheetAndCellAndLeaveTheStoreAlone) {
    import_releases(false);
    const std::string before = store_bytes();
    // A workbook whose second data row has no current code where one is expected.
    Workbook book;
    book.shared = shared_strings_xml({"<t>Current code assignment</t>", "<t>Effective October 1</t>",
                                      "<t>Previous Code(s) Assignment</t>", "<t>B20.0</t>", "<t>B20</t>",
                                      "<t>not a code</t>"});
    book.sheet = sheet_xml(R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>)"
                           R"(<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>2092</v></c><c r="C2" t="s"><v>4</v></c></row>)"
                           R"(<row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3"><v>2092</v></c><c r="C3" t="s"><v>4</v></c></row>)");
    const auto xlsx = write_workbook(dir, "ICD-10-CM-Conversion-Table-FY2093.xlsx", book);
    const CommandResult bad_code = codeset({"import", xlsx.string()});
    EXPECT_NE(bad_code.exit_code, 0);
    EXPECT_THAT(bad_code.err, HasSubstr(xlsx.string()));
    EXPECT_THAT(bad_code.err, HasSubstr("sheet 'Sheet1'"));
    EXPECT_THAT(bad_code.err, HasSubstr("cell A3"));
    EXPECT_EQ(store_bytes(), before);

    // A CSV row whose previous codes cannot be read.
    const std::string csv = write_file("bad/ICD-10-CM-Conversion-Table-FY2093.csv",
                                  "Current code assignment,Effective October 1,Previous Code(s) Assignment\n"
                                  "B20.0,2090,B20\n"
                                  "B20.1,2090,B2#0\n");
    const CommandResult bad_previous = codeset({"import", csv});
    EXPECT_NE(bad_previous.exit_code, 0);
    EXPECT_THAT(bad_previous.err, HasSubstr(csv));
    EXPECT_THAT(bad_previous.err, HasSubstr("line 3"));
    EXPECT_THAT(bad_previous.err, HasSubstr("column 3"));
    EXPECT_EQ(store_bytes(), before);

    // A table of another year than its name says.
    const std::string wrong_year = write_file("wrong/ICD-10-CM-Conversion-Table-FY2093.csv",
                                         "ICD-10-CM FY 2091 Conversion Table\n"
                                         "Current code assignment,Effective October 1,Previous Code(s) Assignment\n"
                                         "B20.0,2090,B20\n");
    const CommandResult wrong = codeset({"import", wrong_year});
    EXPECT_NE(wrong.exit_code, 0);
    EXPECT_THAT(wrong.err, HasSubstr("FY2091 conversion table cannot be attached"));
    EXPECT_EQ(store_bytes(), before);
}

TEST_F(MapCli, ADeletedCodeExpandedIntoSubcodesSplitsAndNeedsReview) {
    import_releases();
    const nlohmann::json json = map("B20", "FY2090", "FY2091");
    EXPECT_EQ(json["code"], "B20");
    EXPECT_EQ(target_codes(json), (std::vector<std::string>{"B20.0", "B20.1"}));
    for (const auto& target : json["targets"]) {
        EXPECT_EQ(target["relation"], "split");
        EXPECT_TRUE(target["needs_review"]);
    }
    ASSERT_EQ(json["hops"].size(), 1u);
    const std::string evidence = json["hops"][0]["evidence"].dump();
    EXPECT_THAT(evidence, HasSubstr("expanded into subcodes in FY2091"));
    EXPECT_THAT(evidence, HasSubstr("conversion table FY2093"));
    EXPECT_THAT(evidence, HasSubstr("row 4"));
}

TEST_F(MapCli, CodesMergedIntoOneAreAMergeAndBackwardsTheChoiceNeedsReview) {
    import_releases();
    for (const std::string code : {"C10", "C11"}) {
        const nlohmann::json json = map(code, "FY2090", "FY2091");
        ASSERT_EQ(json["targets"].size(), 1u) << json.dump(2);
        EXPECT_EQ(json["targets"][0]["code"], "C12");
        EXPECT_EQ(json["targets"][0]["relation"], "merge");
        EXPECT_FALSE(json["targets"][0]["needs_review"]);
    }
    const nlohmann::json back = map("C12", "FY2091", "FY2090");
    EXPECT_EQ(target_codes(back), (std::vector<std::string>{"C10", "C11"}));
    EXPECT_EQ(back["targets"][0]["relation"], "merge");
    EXPECT_TRUE(back["targets"][0]["needs_review"]);
}

TEST_F(MapCli, RetitledIdentityOneToOneAndDeletedAreToldApart) {
    import_releases();
    const nlohmann::json retitled = map("D50", "FY2090", "FY2091");
    EXPECT_EQ(retitled["targets"][0]["relation"], "retitled");
    EXPECT_EQ(retitled["hops"][0]["title_after"], "Iron deficiency anaemia");
    EXPECT_EQ(map("K20", "FY2090", "FY2093")["targets"][0]["relation"], "identity");
    const nlohmann::json one = map("f10", "FY2090", "FY2093");  // any case
    EXPECT_EQ(target_codes(one), (std::vector<std::string>{"F20"}));
    EXPECT_EQ(one["targets"][0]["relation"], "one_to_one");
    const nlohmann::json deleted = map("E10", "FY2090", "FY2093");
    EXPECT_TRUE(deleted["targets"].empty());
    EXPECT_EQ(deleted["hops"][0]["relation"], "deleted");
    EXPECT_EQ(deleted["hops"].size(), 1u);  // the walk stops where nothing is left
    EXPECT_THAT(codeset({"map", "icd10cm", "E10", "--from", "FY2090", "--to", "FY2093"}).out,
                HasSubstr("deleted without replacement"));
}

TEST_F(MapCli, TheTablesBridgeAGapInTheStoredReleasesAndSaySo) {
    import_releases();
    const nlohmann::json json = map("G10", "FY2090", "FY2093");
    EXPECT_EQ(target_codes(json), (std::vector<std::string>{"G12"}));
    ASSERT_EQ(json["hops"].size(), 2u);
    EXPECT_EQ(json["hops"][0]["relation"], "identity");
    const auto& gap = json["hops"][1];
    EXPECT_EQ(gap["from"], "FY2091");
    EXPECT_EQ(gap["to"], "FY2093");
    EXPECT_TRUE(gap["gap_crossed"]);
    EXPECT_EQ(gap["missing"], nlohmann::json::array({"FY2092"}));
    EXPECT_THAT(gap["evidence"].dump(), HasSubstr("G11"));
    // And back again, through the same gap.
    EXPECT_EQ(target_codes(map("G12", "FY2093", "FY2090")), (std::vector<std::string>{"G10"}));
}

TEST_F(MapCli, ACycleInTheEvidenceEndsTheWalk) {
    import_releases();
    const nlohmann::json json = map("J10", "FY2091", "FY2093");
    EXPECT_TRUE(json["targets"].empty()) << json.dump(2);
    EXPECT_EQ(json["hops"][0]["relation"], "deleted");
}

TEST_F(MapCli, TextAndJsonSayTheSameAndJsonMatchesItsSchema) {
    import_releases();
    const CommandResult text = codeset({"map", "icd10cm", "B20", "--from", "FY2090", "--to", "FY2093"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("icd10cm B20: FY2090 -> FY2093"));
    EXPECT_THAT(text.out, HasSubstr("B20.0  split  needs review"));
    EXPECT_THAT(text.out, HasSubstr("FY2091 -> FY2093  B20.1  identity"));
    const CommandResult unknown = codeset({"map", "icd10cm", "Z99", "--from", "FY2090", "--to", "FY2093"});
    EXPECT_NE(unknown.exit_code, 0);
    EXPECT_THAT(unknown.err, HasSubstr("FY2090 has no code Z99"));

    const auto file = dir / "map.json";
    ASSERT_EQ(codeset({"map", "icd10cm", "G10", "--from", "FY2090", "--to", "FY2093", "-o", file.string()}).exit_code,
              0);
    if (const auto missing = schema_tools_missing()) GTEST_SKIP() << *missing << ": skipping the JSON Schema check";
    for (const std::string code : {"G10", "C10", "D50", "E10"}) {
        std::ofstream(file, std::ios::binary)
            << codeset({"map", "icd10cm", code, "--from", "FY2090", "--to", "FY2093", "--format", "json"}).out;
        const CommandResult valid = validate_against_schema("map.schema.json", file);
        EXPECT_EQ(valid.exit_code, 0) << code << ": " << valid.err;
    }
}

}  // namespace
}  // namespace codeset::test
