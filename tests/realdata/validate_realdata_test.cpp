// `codeset validate` on real ICD-10-CM releases FY2016, FY2017, FY2024, FY2025 and FY2026, with a
// file whose answer per row is known from the diff of each consecutive pair (itself checked against
// CMS's addenda elsewhere): a code CMS deleted is valid before its release and no longer valid after
// it, a code CMS added is not yet valid before and valid after, and a day in the store's gap
// (FY2018 to FY2023) has no release.
#include "real_releases.hpp"
#include "run_command.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

namespace codeset::test {
namespace {

class ValidateRealData : public testing::Test {
protected:
    void SetUp() override {
        CODESET_REQUIRE_SHARED_DATA();
        dir = scratch_dir("validate-realdata");
        for (const char* version : {"FY2016", "FY2017", "FY2024", "FY2025", "FY2026"}) {
            const CommandResult imported = codeset({"import", (shared_data() / real_release("icd10cm", version).file).string()});
            ASSERT_EQ(imported.exit_code, 0) << imported.err;
        }
    }
    void TearDown() override { std::filesystem::remove_all(dir); }
    CommandResult codeset(const std::vector<std::string>& args) { return run_codeset(args, dir); }

    // Up to `count` codes of one kind of change from FROM to TO, as the JSON diff writes them, with
    // whether the other release has the code at all (a deleted code may live on as a header).
    std::vector<std::pair<std::string, bool>> changed(const std::string& from, const std::string& to,
                                                      const std::string& kind, std::size_t count) {
        const CommandResult diff = codeset({"diff", "icd10cm", from, to, "--format", "json"});
        EXPECT_EQ(diff.exit_code, 0) << diff.err;
        std::vector<std::pair<std::string, bool>> codes;
        const nlohmann::json json = nlohmann::json::parse(diff.out);
        for (const auto& change : json["changes"])
            if (change["change"] == kind && codes.size() < count)
                codes.emplace_back(change["code"], !change[kind == "added" ? "before" : "after"].is_null());
        return codes;
    }

    struct Row {
        std::string code, date, status, release;
    };
    std::vector<Row> rows;
    std::filesystem::path dir;

    // Rows for the codes deleted and added from FROM to TO, on a day of each.
    void add_pair(const std::string& from, const std::string& to, const std::string& before, const std::string& after) {
        const auto deleted = changed(from, to, "deleted", 15);
        const auto added = changed(from, to, "added", 15);
        ASSERT_FALSE(deleted.empty());
        ASSERT_FALSE(added.empty());
        for (const auto& [code, header_after] : deleted) {
            rows.push_back({code, before, "valid", from});
            rows.push_back({code, after, header_after ? "header" : "no_longer_valid", to});
        }
        for (const auto& [code, header_before] : added) {
            rows.push_back({code, before, header_before ? "header" : "not_yet_valid", from});
            rows.push_back({code, after, "valid", to});
        }
    }
};

TEST_F(ValidateRealData, EveryRowGetsTheAnswerTheReleasesGive) {
    add_pair("FY2016", "FY2017", "2016-03-01", "2016-11-15");
    add_pair("FY2025", "FY2026", "2025-03-01", "2025-11-15");
    // Dotless and lower case, as extracts write them; a day the store has no release for.
    rows.push_back({"e119", "2026-01-02", "valid", "FY2026"});
    rows.push_back({"E11.9", "2020-06-30", "no_release", ""});
    const std::filesystem::path file = dir / "claims.csv";
    {
        std::ofstream out(file);
        out << "claim,dx,service_date\n";
        for (std::size_t i = 0; i < rows.size(); ++i) out << i << ',' << rows[i].code << ',' << rows[i].date << '\n';
    }
    const CommandResult judged = codeset({"validate", "icd10cm", file.string(), "--code-column", "dx", "--date-column",
                                          "service_date", "--format", "json"});
    EXPECT_EQ(judged.exit_code, 1) << judged.err;  // some rows are not valid
    const nlohmann::json json = nlohmann::json::parse(judged.out);
    ASSERT_EQ(json["rows"].size(), rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = json["rows"][i];
        EXPECT_EQ(row["line"], i + 2) << row.dump();
        EXPECT_EQ(row["status"], rows[i].status) << rows[i].code << " on " << rows[i].date << ": " << row.dump();
        if (!rows[i].release.empty()) {
            EXPECT_EQ(row["release"], rows[i].release) << row.dump();
        }
    }
    std::size_t counted = 0;
    for (const auto& [status, count] : json["summary"].items()) counted += count.get<std::size_t>();
    EXPECT_EQ(counted, rows.size());
}

}  // namespace
}  // namespace codeset::test
