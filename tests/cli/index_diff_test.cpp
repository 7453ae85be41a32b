// The index diff on two hand-written versions of the index files (tests/data/icd10cm_xml/index:
// *_2098.xml and *_2099.xml, with order files in releases/): the changes in-process, then every
// format of `codeset diff`, and a release without an index.
#include "cli_fixture.hpp"
#include "schema_validation.hpp"
#include "workbook_check.hpp"

#include "codeset/diff/change_algebra.hpp"
#include "codeset/diff/diff.hpp"
#include "codeset/store/store.hpp"

namespace codeset::test {
namespace {

std::string index_fixture(const std::string& name) { return fixture("icd10cm_xml/index/" + name).string(); }

class IndexDiff : public CliTest {
protected:
    // FY2097 without an index, FY2098 without its External Cause Index, FY2099 with all four files.
    void import_releases() {
        const CommandResult result =
            codeset({"import", index_fixture("releases/icd10cm_order_2097.txt"),
                     index_fixture("releases/icd10cm_order_2098.txt"), index_fixture("index_2098.xml"),
                     index_fixture("neoplasm_2098.xml"), index_fixture("drug_2098.xml"),
                     index_fixture("releases/icd10cm_order_2099.txt"), index_fixture("index_2099.xml"),
                     index_fixture("eindex_2099.xml"), index_fixture("neoplasm_2099.xml"), index_fixture("drug_2099.xml")});
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }

    ChangeSet diff(const std::string& from, const std::string& to) {
        const Store store(dir / "codeset.db", StoreAccess::read);
        return diff_releases(store, *store.find_release("icd10cm", from), *store.find_release("icd10cm", to));
    }

    std::string diff_output(const std::vector<std::string>& extra) {
        std::vector<std::string> args = {"diff", "icd10cm", "FY2098", "FY2099"};
        args.insert(args.end(), extra.begin(), extra.end());
        const CommandResult result = codeset(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return result.out;
    }
};

IndexChange change(IndexKind file, std::vector<std::string> path, IndexChangeKind kind, std::string field,
                   std::optional<std::string> before, std::optional<std::string> after, std::uint64_t subterms = 0) {
    return {file, std::move(path), kind, std::move(field), std::move(before), std::move(after), subterms};
}

// What the two fixture versions differ in, read off the files by hand.
std::vector<IndexChange> expected_changes() {
    using K = IndexChangeKind;
    const IndexKind index = IndexKind::diseases;
    return {
        change(index, {"Abasia"}, K::code, "code", "A00.1", "A00.0"),
        change(index, {"Abasia"}, K::modifiers, "nonessential", "(-astasia)", "(-astasia) (hysterical)"),
        change(index, {"Attack, attacks", "loop"}, K::added, "", std::nullopt, "see Circle"),
        change(index, {"Attack, attacks", "lung"}, K::removed, "", "A00.9", std::nullopt),
        change(index, {"Attack, attacks", "nowhere"}, K::reference, "see", "Infarct, nowhere",
               "Infarct, nowhere to be found"),
        change(index, {"Circle"}, K::added, "", std::nullopt, "see Attack, loop"),
        change(index, {"Zoster"}, K::removed, "", "A00.9", std::nullopt, 1),
        change(IndexKind::neoplasms, {"Neoplasm, neoplastic", "abdomen, abdominal"}, K::cell, "Malignant Secondary",
               "A00.9", "A81.8-"),
        change(IndexKind::drugs, {"Aspirin"}, K::cell, "Poisoning, Assault", "T36.0X3", "--"),
    };
}

// A release's index files as the store lists them: each file's kind and main terms, in order.
std::vector<std::string> stored_index(const std::filesystem::path& db) {
    const Store store(db, StoreAccess::read);
    const ReleaseRecord release = *store.find_release("icd10cm", "FY2099");
    std::vector<std::string> listed;
    for (const IndexHeading& heading : store.index_headings(release))
        listed.push_back("file " + std::string(to_string(heading.kind)));
    store.for_each_index_term(release, [&](const IndexMainTerm& main) {
        listed.push_back(std::string(to_string(main.kind)) + ": " + main.term.title + " (" +
                         std::to_string(main.term.subterms.size()) + " subterms)");
    });
    return listed;
}

// Index files added to a stored release one at a time, in any order, keep the ones added
// before and end up stored as the four files read in one command are.
TEST_F(IndexDiff, FilesAddedOneByOneInAnyOrderAreStoredAsWhenReadTogether) {
    const std::string together = (dir / "together.db").string();
    const CommandResult all = codeset({"--db", together, "import", index_fixture("releases/icd10cm_order_2099.txt"),
                                       index_fixture("index_2099.xml"), index_fixture("eindex_2099.xml"),
                                       index_fixture("neoplasm_2099.xml"), index_fixture("drug_2099.xml")});
    ASSERT_EQ(all.exit_code, 0) << all.err;

    const std::string one_by_one = (dir / "one_by_one.db").string();
    for (const char* file : {"releases/icd10cm_order_2099.txt", "drug_2099.xml", "eindex_2099.xml", "index_2099.xml",
                             "neoplasm_2099.xml"}) {
        const CommandResult added = codeset({"--db", one_by_one, "import", index_fixture(file)});
        ASSERT_EQ(added.exit_code, 0) << file << ": " << added.err;
    }
    const std::vector<std::string> expected = stored_index(together);
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(expected.front(), "file index");
    EXPECT_EQ(stored_index(one_by_one), expected);

    // The same file again changes nothing.
    const CommandResult again = codeset({"--db", one_by_one, "import", index_fixture("eindex_2099.xml")});
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(stored_index(one_by_one), expected);
}

}  // namespace

TEST_F(IndexDiff, FindsEveryChangeOfTheFixturesAndNothingElse) {
    import_releases();
    const ChangeSet changes = diff("FY2098", "FY2099");
    EXPECT_EQ(changes.index_changes, expected_changes());
    EXPECT_TRUE(changes.changes.empty());  // the order files are the same: index changes are not code changes
    EXPECT_EQ(changes.summary, DiffSummary{});
    EXPECT_FALSE(changes.empty());
    ASSERT_EQ(changes.index_files.size(), 4u);
    EXPECT_EQ(changes.index_files[0].file, IndexKind::diseases);
    EXPECT_EQ(changes.index_files[0].counts, (IndexChangeCounts{2, 2, 1, 1, 1, 0}));
    EXPECT_EQ(changes.index_files[1], (IndexFileComparison{IndexKind::external_causes, "FY2098", {}}));
    EXPECT_EQ(changes.index_files[2].counts.cell, 1u);
    EXPECT_EQ(changes.index_files[3].counts.cell, 1u);
    EXPECT_TRUE(changes.without_index.empty());

    // Backwards: what was added is removed, before and after swap.
    const ChangeSet back = diff("FY2099", "FY2098");
    EXPECT_EQ(invert(changes).index_changes, back.index_changes);
    EXPECT_EQ(back.index_files[1], (IndexFileComparison{IndexKind::external_causes, "FY2098", {}}));
    EXPECT_TRUE(diff("FY2099", "FY2099").index_changes.empty());
}

TEST_F(IndexDiff, AReleaseWithoutTheIndexIsNamedAndNothingIsCompared) {
    import_releases();
    const ChangeSet changes = diff("FY2097", "FY2098");
    EXPECT_EQ(changes.without_index, "FY2097");
    EXPECT_TRUE(changes.index_changes.empty());
    EXPECT_TRUE(changes.index_files.empty());
    EXPECT_EQ(diff("FY2099", "FY2097").without_index, "FY2097");

    const CommandResult text = codeset({"diff", "icd10cm", "FY2097", "FY2098"});
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("FY2097 has no Alphabetic Index: index not compared"), std::string::npos) << text.out;
    const nlohmann::json json = json_of({"diff", "icd10cm", "FY2097", "FY2098", "--format", "json"});
    EXPECT_EQ(json["index"]["not_compared"]["release"], "FY2097");
    EXPECT_TRUE(json["index"]["changes"].empty());
}

TEST_F(IndexDiff, TextNamesEachTermByItsPath) {
    import_releases();
    const std::string text = diff_output({});
    EXPECT_NE(text.find("Alphabetic Index (9)"), std::string::npos) << text;
    EXPECT_NE(text.find("  Index to Diseases and Injuries: added 2, removed 2, codes 1, references 1, modifiers 1\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("    Attack, attacks > nowhere  see: Infarct, nowhere \u2192 Infarct, nowhere to be found\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("    Zoster  removed, 1 subterm: A00.9\n"), std::string::npos) << text;
    EXPECT_NE(text.find("not compared: FY2098 has none"), std::string::npos) << text;
    EXPECT_NE(text.find("Poisoning, Assault: T36.0X3 \u2192 --"), std::string::npos) << text;
    EXPECT_EQ(text.find("No changes."), std::string::npos) << text;
    EXPECT_EQ(codeset({"diff", "icd10cm", "FY2098", "FY2099", "--exit-code"}).exit_code, 1);
}

TEST_F(IndexDiff, JsonListsTheChangesAndMatchesTheSchema) {
    import_releases();
    const nlohmann::json json = json_of({"diff", "icd10cm", "FY2098", "FY2099", "--format", "json"});
    const nlohmann::json& index = json["index"];
    ASSERT_EQ(index["changes"].size(), expected_changes().size());
    EXPECT_EQ(index["changes"][4]["path"], nlohmann::json({"Attack, attacks", "nowhere"}));
    EXPECT_EQ(index["changes"][4]["change"], "reference");
    EXPECT_EQ(index["changes"][4]["field"], "see");
    EXPECT_EQ(index["changes"][3]["after"], nullptr);
    EXPECT_EQ(index["files"][1]["missing_in"], "FY2098");
    EXPECT_EQ(index["files"][0]["counts"]["added"], 2);
    EXPECT_EQ(json["summary"]["added"], 0);  // the code counts are the code counts
    // Releases without an index keep their report's shape: no "index" part at all.
    import_samples();
    EXPECT_FALSE(json_of({"diff", "icd10cm", "FY2025", "FY2026", "--format", "json"}).contains("index"));

    CODESET_REQUIRE_SCHEMA_TOOLS();
    for (const auto& [from, to] : {std::pair{"FY2098", "FY2099"}, {"FY2099", "FY2098"}, {"FY2098", "FY2097"}}) {
        const CommandResult result = codeset({"diff", "icd10cm", from, to, "--format", "json"});
        ASSERT_EQ(result.exit_code, 0) << result.err;
        const std::filesystem::path file = dir / (std::string(from) + "-" + to + ".json");
        std::ofstream(file, std::ios::binary) << result.out;
        const CommandResult valid = validate_against_schema("diff.schema.json", file);
        EXPECT_EQ(valid.exit_code, 0) << from << " -> " << to << ":\n" << valid.err;
    }
}

TEST_F(IndexDiff, CsvAddsATableOfIndexChangesAfterTheCodes) {
    import_releases();
    const std::string csv = diff_output({"--format", "csv"});
    const std::size_t table = csv.find("\n\nindex_file,path,change,field,before,after,subterms\n");
    ASSERT_NE(table, std::string::npos) << csv;
    EXPECT_EQ(csv.substr(0, csv.find('\n')).rfind("code,change,", 0), 0u);
    EXPECT_NE(csv.find("eindex,,not_compared,,FY2098,,0\n", table), std::string::npos) << csv;
    EXPECT_NE(csv.find("index,\"Attack, attacks > lung\",removed,,A00.9,,0\n", table), std::string::npos) << csv;
    EXPECT_NE(csv.find("drug,Aspirin,cell,\"Poisoning, Assault\",T36.0X3,--,0\n", table), std::string::npos) << csv;
}

TEST_F(IndexDiff, MarkdownAndHtmlShowTheIndexPart) {
    import_releases();
    const std::string markdown = diff_output({"--format", "markdown"});
    EXPECT_NE(markdown.find("## Alphabetic Index (9)"), std::string::npos) << markdown;
    EXPECT_NE(markdown.find("| Table of Drugs and Chemicals | Aspirin | cell changed: Poisoning, Assault | T36.0X3 | "
                            "-- |"),
              std::string::npos)
        << markdown;
    EXPECT_EQ(markdown.find("No changes."), std::string::npos);
    const std::string html = diff_output({"--format", "html"});
    EXPECT_NE(html.find("<details class=\"chapter\" open id=\"index\">"), std::string::npos);
    EXPECT_NE(html.find("<td>Attack, attacks &gt; lung</td><td>removed</td><td>A00.9</td><td></td>"), std::string::npos)
        << html;
    EXPECT_EQ(html.find("id=\"no-changes\""), std::string::npos);
}

TEST_F(IndexDiff, XlsxHasAnIndexSheet) {
    import_releases();
    CODESET_REQUIRE_WORKBOOK_READER();
    const std::filesystem::path workbook = dir / "changes.xlsx";
    ASSERT_EQ(codeset({"diff", "icd10cm", "FY2098", "FY2099", "-o", workbook.string()}).exit_code, 0);
    const nlohmann::json book = read_workbook(workbook);
    const nlohmann::json& sheet = workbook_sheet(book, "Index");
    EXPECT_EQ(sheet["header"], nlohmann::json({"Index", "Term", "Change", "Before", "After", "Subterms"}));
    ASSERT_EQ(sheet["rows"].size(), expected_changes().size());
    EXPECT_EQ(sheet["rows"][6], nlohmann::json({"Index to Diseases and Injuries", "Zoster", "removed, 1 subterm", "A00.9",
                                                nullptr, 1}));
}

TEST_F(IndexDiff, SqlSummaryAndVerifyLeaveTheIndexOut) {
    import_releases();
    const std::string sql = diff_output({"--format", "sql"});
    EXPECT_EQ(sql.find("Zoster"), std::string::npos) << sql;
    // A report cut by code range, chapter or section has no index part: index terms are not codes.
    EXPECT_FALSE(json_of({"diff", "icd10cm", "FY2098", "FY2099", "--range", "A00-B99", "--format", "json"})
                     .contains("index"));
    const nlohmann::json summary = json_of({"summary", "icd10cm", "--format", "json"});
    for (const auto& step : summary["steps"])
        for (const char* count : {"added", "deleted", "revised"}) EXPECT_EQ(step["summary"][count], 0) << step.dump();
}

}  // namespace codeset::test
