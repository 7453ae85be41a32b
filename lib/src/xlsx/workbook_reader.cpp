#include "xlsx/workbook_reader.hpp"

#include "codeset/core/error.hpp"
#include "xml/xml_reader.hpp"

#include <charconv>

namespace codeset::xlsx {
namespace {

constexpr const char* workbook_member = "xl/workbook.xml";
constexpr const char* workbook_rels_member = "xl/_rels/workbook.xml.rels";

const MemberInfo& find_member(const Source& source, const std::string& name, const std::string& what) {
    for (const MemberInfo& member : source.members())
        if (member.name == name) return member;
    throw ParseError(Location{source.path(), "", 0, 0},
                     "an .xlsx workbook with its " + what + " (member " + name + "), found none");
}

// A relationship target is relative to xl/ unless it starts with '/'. Targets that climb out of
// the package are refused by the zip wrapper's member names, so a plain join is enough here.
std::string resolve_target(const std::string& target) {
    if (!target.empty() && target.front() == '/') return target.substr(1);
    return "xl/" + target;
}

// On the start tag of <si> or <is>: the text of its <t> elements, rich-text runs joined and
// phonetic guides (<rPh>) left out. Leaves the reader on the element's end tag.
std::string read_rich_text(xml::Reader& reader) {
    const int depth = reader.depth();
    std::string text;
    while (reader.next()) {
        if (reader.node() == xml::Node::end && reader.depth() == depth) return text;
        if (reader.at_start("rPh"))
            reader.skip_element();
        else if (reader.at_start("t"))
            text += reader.read_text();
    }
    reader.fail("the end of a string element");
}

bool parse_unsigned(std::string_view text, std::uint64_t& value) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() && !text.empty();
}

}  // namespace

bool parse_cell_reference(std::string_view reference, std::uint64_t& column, std::uint64_t& row) {
    std::size_t at = 0;
    column = 0;
    while (at < reference.size() && reference[at] >= 'A' && reference[at] <= 'Z') {
        if (at == 7) return false;  // far past XFD; stops the number from overflowing
        column = column * 26 + std::uint64_t(reference[at] - 'A' + 1);
        ++at;
    }
    if (at == 0 || !parse_unsigned(reference.substr(at), row) || row == 0) return false;
    --column;
    return true;
}

WorkbookReader::WorkbookReader(Source& source, Limits limits) : m_source(source), m_limits(limits) {
    read_workbook();
    if (!m_shared_member.empty()) read_shared_strings();
}

void WorkbookReader::read_workbook() {
    std::string sheet_relation;
    {
        const MemberInfo& member = find_member(m_source, workbook_member, "workbook");
        auto stream = m_source.open_member(member, "workbook");
        xml::Reader reader(*stream, m_source.locate(member));
        while (reader.next()) {
            if (!reader.at_start("sheet")) continue;
            m_sheet_name = reader.attribute("name").value_or("");
            sheet_relation = reader.attribute("r:id").value_or("");
            if (sheet_relation.empty()) reader.fail("a <sheet> with an r:id relationship");
            break;
        }
        if (sheet_relation.empty()) reader.fail("a <sheet> in the workbook, found none");
        while (reader.next()) {
        }  // to the end, so the whole part is well-formed (and hashed)
    }
    const MemberInfo& member = find_member(m_source, workbook_rels_member, "workbook relationships");
    auto stream = m_source.open_member(member, "workbook relationships");
    xml::Reader reader(*stream, m_source.locate(member));
    while (reader.next()) {
        if (!reader.at_start("Relationship")) continue;
        const std::string type = reader.attribute("Type").value_or("");
        const std::string target = resolve_target(reader.attribute("Target").value_or(""));
        if (reader.attribute("Id").value_or("") == sheet_relation)
            m_sheet_member = target;
        else if (type.ends_with("/sharedStrings"))
            m_shared_member = target;
    }
    if (m_sheet_member.empty())
        reader.fail("a relationship " + sheet_relation + " naming the first sheet '" + m_sheet_name + "'");
}

void WorkbookReader::read_shared_strings() {
    const MemberInfo& member = find_member(m_source, m_shared_member, "shared strings");
    auto stream = m_source.open_member(member, "shared strings");
    xml::Reader reader(*stream, m_source.locate(member));
    std::size_t bytes = 0;
    while (reader.next()) {
        if (!reader.at_start("si")) continue;
        if (m_shared.size() == m_limits.max_shared_strings)
            reader.fail("at most " + std::to_string(m_limits.max_shared_strings) + " shared strings");
        m_shared.push_back(read_rich_text(reader));
        bytes += m_shared.back().size();
        if (bytes > m_limits.max_shared_string_bytes)
            reader.fail("shared strings of at most " + std::to_string(m_limits.max_shared_string_bytes) + " bytes");
    }
}

void WorkbookReader::read_rows(const RowCallback& on_row) {
    const MemberInfo& member = find_member(m_source, m_sheet_member, "sheet '" + m_sheet_name + "'");
    auto stream = m_source.open_member(member, "sheet");
    xml::Reader reader(*stream, m_source.locate(member));
    std::uint64_t last_row = 0;
    std::vector<std::string> cells;
    while (reader.next()) {
        if (!reader.at_start("row")) continue;
        std::uint64_t row = last_row + 1;
        if (auto text = reader.attribute("r"); text && !parse_unsigned(*text, row))
            reader.fail("a row number, found r=\"" + *text + "\"");
        if (row <= last_row || row > m_limits.max_rows)
            reader.fail("rows in order within row " + std::to_string(m_limits.max_rows) + ", found row " +
                        std::to_string(row) + " after row " + std::to_string(last_row));
        last_row = row;
        cells.clear();
        std::size_t row_bytes = 0;
        xml::for_each_child(reader, [&] {
            if (!reader.at_start("c")) return reader.skip_element();
            std::uint64_t column = cells.size(), cell_row = row;
            const auto reference = reader.attribute("r");
            if (reference && !parse_cell_reference(*reference, column, cell_row))
                reader.fail("a cell reference such as B12, found '" + *reference + "'");
            if (cell_row != row || column >= m_limits.max_columns || column < cells.size())
                reader.fail("cells of row " + std::to_string(row) + " in order within column XFD, found '" +
                            reference.value_or("") + "'");
            const std::string type = reader.attribute("t").value_or("n");
            std::string value;
            xml::for_each_child(reader, [&] {
                if (reader.at_start("v"))
                    value = reader.read_text();
                else if (reader.at_start("is"))
                    value = read_rich_text(reader);
                else
                    reader.skip_element();  // <f> formulas: their cached value is in <v>
            });
            if (type == "s" && !value.empty()) {
                std::uint64_t index = 0;
                if (!parse_unsigned(value, index) || index >= m_shared.size())
                    reader.fail("a shared-string index below " + std::to_string(m_shared.size()) + ", found '" + value +
                                "'");
                value = m_shared[index];
            } else if (type == "b" && !value.empty()) {
                if (value != "0" && value != "1") reader.fail("a boolean 0 or 1, found '" + value + "'");
                value = value == "1" ? "TRUE" : "FALSE";
            }
            row_bytes += value.size();
            if (row_bytes > m_limits.max_row_bytes)
                reader.fail("a row of at most " + std::to_string(m_limits.max_row_bytes) + " bytes");
            cells.resize(column + 1);
            cells[column] = std::move(value);
        });
        on_row(row, cells);
    }
}

}  // namespace codeset::xlsx
