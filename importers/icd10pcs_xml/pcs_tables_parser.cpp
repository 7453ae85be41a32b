// Streaming reader of the PCS tables XML: one <pcsTable> is built at a time and handed over.
#include "icd10pcs_xml/pcs_tables.hpp"

#include "xml/xml_reader.hpp"

#include <charconv>
#include <set>
#include <string_view>

namespace codeset::importers::icd10pcs_xml {

namespace {

using xml::Reader;

// 0-9 and the letters but I and O (too like 1 and 0): the characters of every PCS axis.
bool is_pcs_character(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O');
}

// Declared counts (values="k", codes="n") are kept only to be compared with what is listed.
struct ReadAxis {
    PcsAxis axis;
    std::optional<std::uint64_t> declared_values;
    std::uint64_t line = 0;
};

class PcsTablesParser {
public:
    PcsTablesParser(Reader& reader, PcsTablesVisitor& visitor) : m_reader(reader), m_visitor(visitor) {}

    void parse_document() {
        if (!m_reader.next() || !m_reader.at_start("ICD10PCS.tabular"))
            m_reader.fail("the root element <ICD10PCS.tabular> of the ICD-10-PCS tables");
        xml::for_each_child(m_reader, [&] {
            const std::string_view name = m_reader.name();
            if (name == "version")
                m_visitor.on_version(xml::clean_text(m_reader.read_text()));
            else if (name == "title")
                m_visitor.on_title(xml::clean_text(m_reader.read_text()));
            else if (name == "pcsTable")
                parse_table();
            else
                skip_unknown();
        });
    }

private:
    void parse_table() {
        PcsTable table;
        table.line = m_reader.location().line;
        std::array<bool, 3> seen{};
        xml::for_each_child(m_reader, [&] {
            if (m_reader.at_start("axis")) {
                ReadAxis read = parse_axis();
                const int position = read.axis.position;
                if (position < 1 || position > 3)
                    fail_at(read.line, "axes 1-3 directly in <pcsTable> (4-7 belong in <pcsRow>), found axis " +
                                           std::to_string(position));
                if (read.axis.labels.size() != 1)
                    fail_at(read.line, "exactly one <label> on table axis " + std::to_string(position) + ", found " +
                                           std::to_string(read.axis.labels.size()));
                if (seen[position - 1]) fail_at(read.line, "axis " + std::to_string(position) + " once per table");
                seen[position - 1] = true;
                table.axes[position - 1] = std::move(read.axis);
            } else if (m_reader.at_start("pcsRow")) {
                table.rows.push_back(parse_row());
            } else {
                skip_unknown();
            }
        });
        for (int position = 1; position <= 3; ++position)
            if (!seen[position - 1]) fail_at(table.line, "axis " + std::to_string(position) + " in each <pcsTable>");
        if (table.rows.empty()) warn(table.line, "table " + table.code() + " has no <pcsRow>: it makes no codes");
        if (!m_tables.insert(table.code()).second)
            warn(table.line, "table " + table.code() + " appears more than once");
        m_visitor.on_table(table);
    }

    PcsRow parse_row() {
        PcsRow row;
        row.line = m_reader.location().line;
        const auto declared = number_attribute("codes");
        std::array<bool, 4> seen{};
        xml::for_each_child(m_reader, [&] {
            if (!m_reader.at_start("axis")) return skip_unknown();
            ReadAxis read = parse_axis();
            const int position = read.axis.position;
            if (position < 4 || position > 7)
                fail_at(read.line, "axes 4-7 in <pcsRow>, found axis " + std::to_string(position));
            if (read.axis.labels.empty()) fail_at(read.line, "at least one <label> on row axis " + std::to_string(position));
            if (seen[position - 4]) fail_at(read.line, "axis " + std::to_string(position) + " once per row");
            seen[position - 4] = true;
            row.axes[position - 4] = std::move(read.axis);
        });
        for (int position = 4; position <= 7; ++position)
            if (!seen[position - 4]) fail_at(row.line, "axis " + std::to_string(position) + " in each <pcsRow>");
        if (declared && *declared != row.code_count())
            warn(row.line, "<pcsRow codes=\"" + std::to_string(*declared) + "\"> lists " +
                               std::to_string(row.code_count()) + " codes (the product of its axes)");
        return row;
    }

    ReadAxis parse_axis() {
        ReadAxis read;
        read.line = m_reader.location().line;
        const auto position = number_attribute("pos");
        if (!position || *position < 1 || *position > 7) m_reader.fail("a pos attribute from 1 to 7 on each <axis>");
        read.axis.position = int(*position);
        read.declared_values = number_attribute("values");
        xml::for_each_child(m_reader, [&] {
            const std::string_view name = m_reader.name();
            if (name == "title") {
                read.axis.title = xml::clean_text(m_reader.read_text());
            } else if (name == "label") {
                read.axis.labels.push_back(parse_label(read.axis));
            } else if (name == "definition") {
                const std::string text = xml::clean_text(m_reader.read_text());
                read.axis.definition += (read.axis.definition.empty() ? "" : " ") + text;
            } else {
                skip_unknown();
            }
        });
        if (read.declared_values && *read.declared_values != read.axis.labels.size())
            warn(read.line, "<axis pos=\"" + std::to_string(read.axis.position) + "\" values=\"" +
                                std::to_string(*read.declared_values) + "\"> lists " +
                                std::to_string(read.axis.labels.size()) + " labels");
        return read;
    }

    PcsLabel parse_label(const PcsAxis& axis) {
        const std::string code = m_reader.attribute("code").value_or("");
        if (code.size() != 1 || !is_pcs_character(code[0]))
            m_reader.fail("a code attribute of one ICD-10-PCS character (0-9 or a letter other than I and O) on "
                          "each <label>, found '" + code + "'");
        if (axis.find(code[0])) warn(m_reader.location().line, "axis " + std::to_string(axis.position) +
                                                                   " lists character " + code + " twice");
        return PcsLabel{code[0], xml::clean_text(m_reader.read_text())};
    }

    std::optional<std::uint64_t> number_attribute(const char* name) {
        const auto text = m_reader.attribute(name);
        if (!text) return std::nullopt;
        std::uint64_t value = 0;
        const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
        if (error != std::errc() || end != text->data() + text->size() || text->empty())
            m_reader.fail("a whole number in the " + std::string(name) + " attribute, found '" + *text + "'");
        return value;
    }

    void skip_unknown() {
        const std::string name(m_reader.name());
        if (m_unknown.insert(name).second)
            warn(m_reader.location().line, "skipped element <" + name + "> (not part of the ICD-10-PCS tables "
                                           "layout codeset reads; later ones are skipped without a warning)");
        m_reader.skip_element();
    }

    Location at_line(std::uint64_t line) const {
        Location at = m_reader.document();
        at.line = line;
        return at;
    }
    [[noreturn]] void fail_at(std::uint64_t line, const std::string& expected) const {
        throw ParseError(at_line(line), expected);
    }
    void warn(std::uint64_t line, std::string message) {
        m_visitor.on_warning(ImportWarning{at_line(line).to_string(), std::move(message)});
    }

    Reader& m_reader;
    PcsTablesVisitor& m_visitor;
    std::set<std::string> m_tables;  // 3-character codes seen, to report a table listed twice
    std::set<std::string> m_unknown;
};

class CollectingVisitor : public PcsTablesVisitor {
public:
    explicit CollectingVisitor(PcsTables& tables) : m_tables(tables) {}
    void on_version(const std::string& version) override { m_tables.version = version; }
    void on_title(const std::string& title) override { m_tables.title = title; }
    void on_table(const PcsTable& table) override { m_tables.tables.push_back(table); }
    void on_warning(const ImportWarning& warning) override { m_tables.warnings.push_back(warning); }

private:
    PcsTables& m_tables;
};

}  // namespace

const PcsLabel* PcsAxis::find(char code) const {
    for (const PcsLabel& label : labels)
        if (label.code == code) return &label;
    return nullptr;
}

std::uint64_t PcsRow::code_count() const {
    std::uint64_t count = 1;
    for (const PcsAxis& axis : axes) count *= axis.labels.size();
    return count;
}

std::string PcsTable::code() const {
    std::string code;
    for (const PcsAxis& axis : axes) code += axis.labels.empty() ? '?' : axis.labels.front().code;
    return code;
}

void parse_pcs_tables(ByteStream& stream, const Location& where, PcsTablesVisitor& visitor) {
    Reader reader(stream, where);
    PcsTablesParser(reader, visitor).parse_document();
}

PcsTables read_pcs_tables(ByteStream& stream, const Location& where) {
    PcsTables tables;
    tables.where = where;
    CollectingVisitor visitor(tables);
    parse_pcs_tables(stream, where, visitor);
    return tables;
}

PcsTables read_pcs_tables(Source& source, const MemberInfo& member) {
    auto stream = source.open_member(member, std::string(tables_file_role));
    return read_pcs_tables(*stream, source.locate(member));
}

std::optional<MemberInfo> find_pcs_tables_member(const Source& source) {
    // Not icd10pcs_index_2022.xml or icd10pcs_definitions_2022.xml.
    return source.find_member(R"(icd10pcs[_-]?tables.*\.xml)");
}

}  // namespace codeset::importers::icd10pcs_xml
