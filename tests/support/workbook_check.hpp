// Reads back a workbook codeset wrote with Debian's python3-openpyxl (tests/support/read_workbook.py,
// installed by tools/setup.sh test). Tests skip, visibly, where it is absent.
#pragma once

#include "run_command.hpp"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace codeset::test {

// Debian's interpreter, which Debian's openpyxl is installed for (not whatever python3 is on PATH).
inline constexpr const char* workbook_python = "/usr/bin/python3";

inline std::optional<std::string> workbook_reader_missing() {
    const std::string probe = std::string(workbook_python) + " -c 'import openpyxl' > /dev/null 2>&1";
    if (std::system(probe.c_str()) != 0) return "python3-openpyxl is not installed (run tools/setup.sh test)";
    return std::nullopt;
}

#define CODESET_REQUIRE_WORKBOOK_READER()                                                    \
    do {                                                                                     \
        if (const auto missing = ::codeset::test::workbook_reader_missing())                 \
            GTEST_SKIP() << *missing << ": the workbook is not read back";                    \
    } while (false)

// {"sheets": [{"name", "header", "rows", "types", "frozen", "autofilter"}]}
inline nlohmann::json read_workbook(const std::filesystem::path& workbook) {
    const CommandResult read = run_captured(std::string(workbook_python) + " " + shell_quote(CODESET_WORKBOOK_READER) +
                                                " " + shell_quote(workbook.string()),
                                            workbook.parent_path());
    if (read.exit_code != 0) throw std::runtime_error(workbook.string() + ": openpyxl could not read it: " + read.err);
    return nlohmann::json::parse(read.out);
}

// Every cell's text, one per line: what a licence check searches a workbook for.
inline std::string workbook_text(const std::filesystem::path& workbook) {
    std::string text;
    const nlohmann::json book = read_workbook(workbook);
    for (const auto& sheet : book["sheets"])
        for (const auto& row : sheet["rows"])
            for (const auto& cell : row)
                if (cell.is_string()) text += cell.get<std::string>() + "\n";
    return text;
}

}  // namespace codeset::test

namespace codeset::test {

inline const nlohmann::json& workbook_sheet(const nlohmann::json& book, const std::string& name) {
    for (const auto& sheet : book["sheets"])
        if (sheet["name"] == name) return sheet;
    throw std::runtime_error("the workbook has no sheet " + name);
}

// The codes (first column) of a sheet, in its order.
inline std::vector<std::string> sheet_codes(const nlohmann::json& book, const std::string& name) {
    std::vector<std::string> codes;
    for (const auto& row : workbook_sheet(book, name)["rows"]) codes.push_back(row[0].get<std::string>());
    return codes;
}

// The codes of the JSON diff's changes of one kind, in its order.
inline std::vector<std::string> diff_codes(const nlohmann::json& diff, const std::string& kind) {
    std::vector<std::string> codes;
    for (const auto& change : diff["changes"])
        if (change["change"] == kind) codes.push_back(change["code"].get<std::string>());
    return codes;
}

// A change workbook against the JSON diff of the same releases: its sheets in order, each with a
// frozen header row and an autofilter, every code stored as text, and every sheet's rows the
// changes the JSON lists, code for code.
inline void expect_workbook_matches_diff(const nlohmann::json& book, const nlohmann::json& diff) {
    std::vector<std::string> names;
    for (const auto& sheet : book["sheets"]) names.push_back(sheet["name"].get<std::string>());
    EXPECT_EQ(names, (std::vector<std::string>{"Summary", "Added", "Deleted", "Revised", "Expanded", "Headers", "Notes",
                                               "Attributes"}));
    for (const auto& sheet : book["sheets"]) {
        EXPECT_EQ(sheet["frozen"], "A2") << sheet["name"];
        EXPECT_EQ(sheet["autofilter"].get<std::string>().rfind("A1:", 0), 0u) << sheet["name"];
        for (const auto& types : sheet["types"]) EXPECT_EQ(types[0], "str") << sheet["name"];
    }
    const nlohmann::json& summary = diff["summary"];
    EXPECT_EQ(sheet_codes(book, "Added"), diff_codes(diff, "added"));
    EXPECT_EQ(sheet_codes(book, "Deleted"), diff_codes(diff, "deleted"));
    EXPECT_EQ(sheet_codes(book, "Revised"), diff_codes(diff, "revised"));
    EXPECT_EQ(sheet_codes(book, "Added").size(), summary["added"].get<std::size_t>());
    EXPECT_EQ(sheet_codes(book, "Deleted").size(), summary["deleted"].get<std::size_t>());
    EXPECT_EQ(sheet_codes(book, "Revised").size(), summary["revised"].get<std::size_t>());
    EXPECT_EQ(sheet_codes(book, "Expanded").size(), summary["expanded"].get<std::size_t>());
    const auto& headers = summary["headers"];
    EXPECT_EQ(sheet_codes(book, "Headers").size(), headers["added"].get<std::size_t>() +
                                                       headers["deleted"].get<std::size_t>() +
                                                       headers["revised"].get<std::size_t>());
    EXPECT_EQ(workbook_sheet(book, "Notes")["rows"].size(), summary.value("notes", std::size_t{0}));
    // The Summary sheet says the same counts, as numbers.
    std::map<std::string, nlohmann::json> items;
    for (const auto& row : workbook_sheet(book, "Summary")["rows"]) items[row[0].get<std::string>()] = row[1];
    EXPECT_EQ(items["Code system"], diff["system"]);
    EXPECT_EQ(items["Added"], summary["added"]);
    EXPECT_EQ(items["Deleted"], summary["deleted"]);
    EXPECT_EQ(items["Revised"], summary["revised"]);
    EXPECT_EQ(items["Expanded into subcodes"], summary["expanded"]);
}

}  // namespace codeset::test
