// Reads an .xlsx workbook (a zip of SpreadsheetML parts) as rows of text: xl/workbook.xml and its
// relationships name the first sheet, xl/sharedStrings.xml holds the strings cells point to, and
// the sheet is streamed row by row through the XML wrapper, never held whole. Hostile input is
// bounded: the shared-string table is capped in count and bytes, cell references beyond Excel's
// own grid are refused, and the XML reader refuses document type declarations (entities).
#pragma once

#include "codeset/core/source.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace codeset::xlsx {

struct Limits {
    std::size_t max_shared_strings = 1'000'000;
    std::size_t max_shared_string_bytes = 64u << 20;
    std::uint32_t max_columns = 16'384;     // XFD, Excel's last column
    std::uint64_t max_rows = 1'048'576;     // Excel's last row
    std::size_t max_row_bytes = 16u << 20;  // the text of one row
};

// A row as read: cells by column (A is 0), columns without a cell are empty strings, trailing
// empty columns are kept only up to the last cell written. Shared and inline strings are their
// text (rich-text runs joined, phonetic runs left out), numbers their text as stored ("2016",
// "45017"), booleans "TRUE" or "FALSE".
using RowCallback = std::function<void(std::uint64_t row_number, const std::vector<std::string>& cells)>;

class WorkbookReader {
public:
    // Reads the workbook, its relationships and the shared strings of `source` (an opened .xlsx
    // zip). Throws ParseError naming the file, member and line when a part is missing or malformed.
    explicit WorkbookReader(Source& source, Limits limits = {});

    const std::string& sheet_name() const { return m_sheet_name; }
    // The sheet's member ("xl/worksheets/sheet1.xml").
    const std::string& sheet_member() const { return m_sheet_member; }
    std::size_t shared_string_count() const { return m_shared.size(); }

    // Streams the first sheet's rows in document order. Throws ParseError for a malformed sheet
    // (a cell reference out of order or out of the grid, a shared-string index out of the table).
    void read_rows(const RowCallback& on_row);

private:
    void read_workbook();
    void read_shared_strings();

    Source& m_source;
    Limits m_limits;
    std::string m_sheet_name;
    std::string m_sheet_member;
    std::string m_shared_member;  // empty when the workbook has no shared strings
    std::vector<std::string> m_shared;
};

// "AB12" -> column 27 (0-based) and row 12; false when `reference` is not letters then digits.
bool parse_cell_reference(std::string_view reference, std::uint64_t& column, std::uint64_t& row);

}  // namespace codeset::xlsx
