// Invented .xlsx workbooks for the tests: the parts a spreadsheet program writes, as small as
// they can be, zipped with tests/support/zip_writer.hpp into a scratch file.
#pragma once

#include "test_paths.hpp"
#include "zip_writer.hpp"

#include "codeset/core/error.hpp"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace codeset::test {

inline const std::string spreadsheet_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

inline std::string workbook_xml(const std::string& sheet_name = "Sheet1") {
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
           R"(<workbook xmlns=")" +
           spreadsheet_ns +
           R"(" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
           R"(<sheets><sheet name=")" +
           sheet_name + R"(" sheetId="1" r:id="rId1"/></sheets></workbook>)";
}

inline std::string workbook_rels(bool shared_strings = true) {
    std::string rels =
        R"(<?xml version="1.0" encoding="UTF-8"?>)"
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)";
    if (shared_strings)
        rels +=
            R"(<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)";
    return rels + "</Relationships>";
}

// <sst> of the given <si> contents ("<t>text</t>" or rich-text runs).
inline std::string shared_strings_xml(const std::vector<std::string>& items) {
    std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns=")" + spreadsheet_ns + R"(">)";
    for (const std::string& item : items) xml += "<si>" + item + "</si>";
    return xml + "</sst>";
}

inline std::string sheet_xml(const std::string& rows) {
    return R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns=")" + spreadsheet_ns + R"("><sheetData>)" + rows +
           "</sheetData></worksheet>";
}

struct Workbook {
    std::string workbook = workbook_xml();
    std::string rels = workbook_rels();
    std::string shared = shared_strings_xml({});
    std::string sheet = sheet_xml("");
    bool with_sheet = true;
    bool with_shared = true;
};

// Writes `book` as `name` in `dir`, the sheet and shared strings deflated as Excel does.
inline std::filesystem::path write_workbook(const std::filesystem::path& dir, const std::string& name,
                                            const Workbook& book) {
    std::vector<ZipEntry> entries{stored_entry("[Content_Types].xml", "<Types/>"),
                                  stored_entry("xl/workbook.xml", book.workbook),
                                  stored_entry("xl/_rels/workbook.xml.rels", book.rels)};
    if (book.with_shared) entries.push_back(deflated_entry("xl/sharedStrings.xml", book.shared));
    if (book.with_sheet) entries.push_back(deflated_entry("xl/worksheets/sheet1.xml", book.sheet));
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary) << zip_of(entries);
    return path;
}

// The message of the ParseError `read()` throws; a test failure when it throws none.
template <class Read>
std::string parse_error_of(Read&& read) {
    try {
        read();
    } catch (const ParseError& error) {
        return error.what();
    }
    ADD_FAILURE() << "no ParseError";
    return "";
}

}  // namespace codeset::test
