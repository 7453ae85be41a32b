// The libxlsxwriter wrapper (workbook_writer.hpp): every call's error becomes an Error(io) naming
// the file; nothing of libxlsxwriter leaks past this file.
#include "xlsx/workbook_writer.hpp"

#include "codeset/core/error.hpp"
#include "core/shared_library.hpp"

#include <xlsxwriter.h>

namespace codeset::detail {

namespace {

// Every libxlsxwriter function the wrapper calls, reached through the library loaded at first use
// (core/shared_library.hpp).
#define CODESET_LIBXLSXWRITER_FUNCTIONS(F) \
    F(format_set_bold)                     \
    F(format_set_bottom)                   \
    F(format_set_num_format)               \
    F(lxw_strerror)                        \
    F(lxw_workbook_free)                   \
    F(workbook_add_format)                 \
    F(workbook_add_worksheet)              \
    F(workbook_close)                      \
    F(workbook_new_opt)                    \
    F(workbook_validate_sheet_name)        \
    F(worksheet_autofilter)                \
    F(worksheet_freeze_panes)              \
    F(worksheet_set_column)                \
    F(worksheet_write_number)              \
    F(worksheet_write_string)

struct Libxlsxwriter {
    SharedLibrary library{CODESET_XLSXWRITER_SONAME, "the xlsx report"};
    CODESET_LIBXLSXWRITER_FUNCTIONS(CODESET_LIBRARY_FUNCTION)
};

const Libxlsxwriter& libxlsxwriter() { return loaded_once<Libxlsxwriter>(); }

// Excel's limit on one cell: longer text is cut at a character boundary rather than refused.
constexpr std::size_t max_cell_bytes = 32767;

std::string cell_text(std::string_view text) {
    if (text.size() <= max_cell_bytes) return std::string(text);
    std::size_t end = max_cell_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return std::string(text.substr(0, end));
}

}  // namespace

WorkbookWriter::WorkbookWriter(const std::filesystem::path& path) : m_path(path) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;  // rows are flushed as written, not held until close
    m_workbook = libxlsxwriter().workbook_new_opt(path.c_str(), &options);
    if (!m_workbook) throw Error(ErrorCode::io, path.string() + ": cannot start an xlsx workbook");
    m_heading = libxlsxwriter().workbook_add_format(m_workbook);
    libxlsxwriter().format_set_bold(m_heading);
    libxlsxwriter().format_set_bottom(m_heading, LXW_BORDER_THIN);
    m_text = libxlsxwriter().workbook_add_format(m_workbook);
    libxlsxwriter().format_set_num_format(m_text, "@");  // Excel's text format: what users type there stays text too
}

WorkbookWriter::~WorkbookWriter() {
    // Not closed: an error came first; free it without writing the file.
    if (m_workbook) libxlsxwriter().lxw_workbook_free(m_workbook);
}

void WorkbookWriter::fail(std::string_view what, int error) const {
    throw Error(ErrorCode::io, m_path.string() + ": " + std::string(what) + ": " +
                                   libxlsxwriter().lxw_strerror(static_cast<lxw_error>(error)));
}

WorkbookWriter::Sheet& WorkbookWriter::add_sheet(std::string_view name, const std::vector<SheetColumn>& columns) {
    const std::string sheet_name(name);
    if (const lxw_error error = libxlsxwriter().workbook_validate_sheet_name(m_workbook, sheet_name.c_str());
        error != LXW_NO_ERROR)
        fail("sheet " + sheet_name, error);
    lxw_worksheet* sheet = libxlsxwriter().workbook_add_worksheet(m_workbook, sheet_name.c_str());
    if (!sheet) throw Error(ErrorCode::io, m_path.string() + ": cannot add the sheet " + sheet_name);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const auto column = static_cast<lxw_col_t>(i);
        if (const lxw_error error =
                libxlsxwriter().worksheet_set_column(sheet, column, column, columns[i].width, m_text))
            fail("sheet " + sheet_name, error);
        const std::string heading(columns[i].heading);
        if (const lxw_error error =
                libxlsxwriter().worksheet_write_string(sheet, 0, column, heading.c_str(), m_heading))
            fail("sheet " + sheet_name, error);
    }
    libxlsxwriter().worksheet_freeze_panes(sheet, 1, 0);
    m_sheets.push_back(std::unique_ptr<Sheet>(new Sheet(*this, sheet, sheet_name, columns.size())));
    return *m_sheets.back();
}

void WorkbookWriter::Sheet::add_row(const std::vector<Cell>& cells) {
    if (m_rows + 1 >= LXW_ROW_MAX)
        throw Error(ErrorCode::io, m_workbook->m_path.string() + ": sheet " + m_name + " would pass Excel's " +
                                       std::to_string(LXW_ROW_MAX) + " rows");
    const auto row = static_cast<lxw_row_t>(++m_rows);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const auto column = static_cast<lxw_col_t>(i);
        const Cell& cell = cells[i];
        lxw_error error = LXW_NO_ERROR;
        if (cell.is_count())
            error = libxlsxwriter().worksheet_write_number(m_sheet, row, column, static_cast<double>(cell.count()),
                                                           nullptr);
        else if (!cell.text().empty())
            error = libxlsxwriter().worksheet_write_string(m_sheet, row, column, cell_text(cell.text()).c_str(),
                                                           m_workbook->m_text);
        if (error != LXW_NO_ERROR) m_workbook->fail("sheet " + m_name, error);
    }
}

void WorkbookWriter::close() {
    for (const auto& sheet : m_sheets) {
        if (sheet->m_columns == 0) continue;
        const auto last_column = static_cast<lxw_col_t>(sheet->m_columns - 1);
        if (const lxw_error error =
                libxlsxwriter().worksheet_autofilter(sheet->m_sheet, 0, 0, sheet->m_rows, last_column))
            fail("sheet " + sheet->m_name, error);
    }
    lxw_workbook* workbook = m_workbook;
    m_workbook = nullptr;
    if (const lxw_error error = libxlsxwriter().workbook_close(workbook); error != LXW_NO_ERROR)
        fail("cannot write the workbook", error);
}

}  // namespace codeset::detail
