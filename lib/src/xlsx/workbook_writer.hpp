// Internal: the one wrapper of libxlsxwriter. Writes an .xlsx workbook of plain tables: each sheet
// a bold, frozen header row with an autofilter over its rows, and column widths given up front.
// Rows go to a sheet in order and are not kept (libxlsxwriter's constant-memory mode), so a
// workbook of a whole release stays small in memory. Text is always stored as text: codes such as
// ICD-10-PCS 0016070 keep their leading zeros and are never turned into numbers.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

typedef struct lxw_workbook lxw_workbook;
typedef struct lxw_worksheet lxw_worksheet;
typedef struct lxw_format lxw_format;

namespace codeset::detail {

struct SheetColumn {
    std::string_view heading;
    double width;  // in Excel's character units
};

// One cell: text, or a count (stored as a number, so sums and sorts work in Excel).
class Cell {
public:
    Cell(std::string_view text) : m_text(text) {}
    Cell(const std::string& text) : m_text(text) {}
    Cell(const char* text) : m_text(text) {}
    Cell(std::uint64_t count) : m_count(count), m_is_count(true) {}
    bool is_count() const { return m_is_count; }
    std::string_view text() const { return m_text; }
    std::uint64_t count() const { return m_count; }

private:
    std::string_view m_text;
    std::uint64_t m_count = 0;
    bool m_is_count = false;
};

class WorkbookWriter {
public:
    class Sheet {
    public:
        // Writes the next row (after the header row).
        void add_row(const std::vector<Cell>& cells);
        std::uint32_t rows() const { return m_rows; }

    private:
        friend class WorkbookWriter;
        Sheet(WorkbookWriter& workbook, lxw_worksheet* sheet, std::string name, std::size_t columns)
            : m_workbook(&workbook), m_sheet(sheet), m_name(std::move(name)), m_columns(columns) {}
        WorkbookWriter* m_workbook;
        lxw_worksheet* m_sheet;
        std::string m_name;
        std::size_t m_columns;
        std::uint32_t m_rows = 0;
    };

    // Opens `path` for writing (the file appears when close() succeeds). Throws Error(io).
    explicit WorkbookWriter(const std::filesystem::path& path);
    ~WorkbookWriter();
    WorkbookWriter(const WorkbookWriter&) = delete;
    WorkbookWriter& operator=(const WorkbookWriter&) = delete;

    // A new sheet after the others, its header row written. `name`: at most 31 characters, none of
    // []:*?/\ (Excel's rule). The reference stays valid until close().
    Sheet& add_sheet(std::string_view name, const std::vector<SheetColumn>& columns);
    // Sets each sheet's autofilter over its rows, writes the workbook and closes it. Throws Error(io).
    void close();

private:
    [[noreturn]] void fail(std::string_view what, int error) const;

    std::filesystem::path m_path;
    lxw_workbook* m_workbook = nullptr;
    lxw_format* m_heading = nullptr;
    lxw_format* m_text = nullptr;
    std::vector<std::unique_ptr<Sheet>> m_sheets;
};

}  // namespace codeset::detail
