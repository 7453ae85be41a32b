// One function per element kind, each leaving the reader on its element's end tag (as the tabular
// parser does). Text of <title> is mixed content: its <nemod> children are the nonessential
// modifiers, kept apart from the essential words.
#include "icd10cm_xml/index_parser.hpp"

#include "common/text.hpp"
#include "xml/xml_reader.hpp"

#include <algorithm>
#include <cctype>

namespace codeset::importers::icd10cm_xml {

namespace {

using xml::Node;
using xml::Reader;

constexpr int deepest_level = 9;  // icd10cm_index.xsd: level 1..9

std::string joined(std::string a, std::string_view b) {
    if (b.empty()) return a;
    if (!a.empty() && a.back() != ' ' && b.front() != ' ') a += ' ';
    return a + std::string(b);
}

class IndexParser {
public:
    IndexParser(Reader& reader, IndexKind expected, const IndexVisitor& visitor)
        : m_reader(reader), m_expected(expected), m_visitor(visitor) {}

    void parse_document() {
        if (!m_reader.next() || !(m_reader.at_start("ICD10CM.index") || m_reader.at_start("ICD10CM.table")))
            m_reader.fail("the root element <ICD10CM.index> of an ICD-10-CM index file");
        IndexHeading heading;
        bool heading_sent = false;
        xml::for_each_child(m_reader, [&] {
            const std::string_view name = m_reader.name();
            if (name == "version") {
                m_reader.skip_element();
            } else if (name == "title" && !heading_sent) {
                heading.title = xml::clean_text(m_reader.read_text());
            } else if (name == "indexHeading" && !heading_sent) {
                parse_heading(heading);
            } else if (name == "letter") {
                if (!heading_sent) {
                    send_heading(heading);
                    heading_sent = true;
                }
                parse_letter();
            } else {
                m_reader.fail("<version>, <title>, <indexHeading> or <letter> in the index, found <" +
                              std::string(name) + ">");
            }
        });
        if (!heading_sent) send_heading(heading);
    }

private:
    void send_heading(IndexHeading& heading) {
        const auto kind = index_kind_of(heading.title, heading.columns);
        if (!kind)
            m_reader.fail("a <title> or an <indexHeading> saying which index this is (" +
                          std::string(index_title(m_expected)) + ")");
        if (*kind != m_expected)
            m_reader.fail("the " + std::string(index_title(m_expected)) + ", found the " +
                          std::string(index_title(*kind)));
        heading.kind = *kind;
        if (heading.title.empty()) heading.title = std::string(index_title(*kind));
        if (m_visitor.on_heading) m_visitor.on_heading(heading);
    }

    void parse_heading(IndexHeading& heading) {
        xml::for_each_child(m_reader, [&] {
            if (!m_reader.at_start("head")) m_reader.fail("<head col=\"N\"> in <indexHeading>");
            const int column = column_of();
            heading.columns.push_back({column, xml::clean_text(m_reader.read_text())});
        });
    }

    int column_of() {
        const auto text = m_reader.attribute("col");
        int column = 0;
        if (text && !text->empty() && text->size() <= 2 && std::all_of(text->begin(), text->end(), ::isdigit))
            column = std::stoi(*text);
        if (column < 1 || column > deepest_level)
            m_reader.fail("a column number 1-9 in col=\"\" of <" + std::string(m_reader.name()) + ">");
        return column;
    }

    void parse_letter() {
        xml::for_each_child(m_reader, [&] {
            const std::string_view name = m_reader.name();
            if (name == "title") {
                m_reader.skip_element();
            } else if (name == "mainTerm") {
                IndexMainTerm main{m_expected, {}};
                parse_term(main.term, 0);
                m_visitor.on_main_term(main);
            } else {
                m_reader.fail("<title> or <mainTerm> in <letter>, found <" + std::string(name) + ">");
            }
        });
    }

    void parse_term(IndexTerm& term, int level) {
        term.line = m_reader.location().line;
        const Location start = m_reader.location();
        bool titled = false;
        xml::for_each_child(m_reader, [&] {
            const std::string_view name = m_reader.name();
            if (name == "title") {
                parse_title(term);
                titled = true;
            } else if (name == "nemod") {  // the tables' schema puts it beside the title
                term.nonessential = joined(term.nonessential, xml::clean_text(m_reader.read_text()));
            } else if (name == "term") {
                if (!titled) m_reader.fail("the term's <title> before its subterms");
                const int sublevel = level_of();
                if (sublevel != level + 1)
                    m_reader.fail("a subterm of level " + std::to_string(level + 1) + " here, found level=\"" +
                                  std::to_string(sublevel) + "\"");
                parse_term(term.subterms.emplace_back(), sublevel);
            } else if (name == "cell") {
                const int column = column_of();
                term.cells.push_back({column, xml::clean_text(m_reader.read_text())});
            } else if (std::string* field = text_field(term, name)) {
                if (!field->empty()) m_reader.fail("one <" + std::string(name) + "> per term");
                *field = xml::clean_text(m_reader.read_text());
            } else {
                m_reader.fail("<title>, <nemod>, <see>, <seeAlso>, <code>, <seecat>, <subcat>, <manif>, <cell> "
                              "or <term> in a term, found <" + std::string(name) + ">");
            }
        });
        // A subterm may be only a nonessential modifier ("<title><nemod>(taser)</nemod></title>").
        if (!titled || (term.title.empty() && term.nonessential.empty()))
            throw ParseError(start, "a <title> with words in each term");
    }

    static std::string* text_field(IndexTerm& term, std::string_view name) {
        if (name == "code") return &term.code;
        if (name == "manif") return &term.manifestation;
        if (name == "see") return &term.see;
        if (name == "seeAlso") return &term.see_also;
        if (name == "seecat") return &term.see_category;
        if (name == "subcat") return &term.subcategory;
        return nullptr;
    }

    int level_of() {
        const auto text = m_reader.attribute("level");
        if (!text || text->empty() || text->size() > 1 || !std::isdigit(static_cast<unsigned char>((*text)[0])) ||
            (*text)[0] == '0')
            m_reader.fail("level=\"1\" to level=\"" + std::to_string(deepest_level) + "\" on <term>");
        return (*text)[0] - '0';
    }

    // <title>Abasia<nemod>(-astasia) (hysterical)</nemod></title>: words and modifiers apart.
    void parse_title(IndexTerm& term) {
        const int depth = m_reader.depth();
        std::string words;
        while (m_reader.next()) {
            if (m_reader.node() == Node::end && m_reader.depth() == depth) break;
            if (m_reader.node() == Node::text) {
                words += m_reader.text();
            } else if (m_reader.at_start("nemod")) {
                term.nonessential = joined(term.nonessential, xml::clean_text(m_reader.read_text()));
                words += ' ';
            } else {
                m_reader.fail("text and <nemod> in <title>, found <" + std::string(m_reader.name()) + ">");
            }
        }
        term.title = xml::clean_text(words);
        // "Abasia <nemod/> NEC" leaves two blanks where the modifier stood.
        for (std::size_t at; (at = term.title.find("  ")) != std::string::npos;) term.title.erase(at, 1);
    }

    Reader& m_reader;
    IndexKind m_expected;
    const IndexVisitor& m_visitor;
};

}  // namespace

std::optional<IndexKind> index_kind_of(std::string_view title, const std::vector<IndexCell>& columns) {
    for (const IndexCell& column : columns) {
        const std::string heading = to_lower(column.value);
        if (heading.starts_with("malignant")) return IndexKind::neoplasms;
        if (heading.starts_with("poisoning")) return IndexKind::drugs;
    }
    const std::string words = to_lower(title);
    if (words.find("external cause") != std::string::npos) return IndexKind::external_causes;
    if (words.find("index to diseases") != std::string::npos) return IndexKind::diseases;
    return std::nullopt;
}

std::optional<IndexKind> peek_index_kind(std::string_view first_bytes) {
    if (first_bytes.find("<ICD10CM.index") == std::string_view::npos &&
        first_bytes.find("<ICD10CM.table") == std::string_view::npos)
        return std::nullopt;
    const auto text_of = [&](std::string_view open, std::size_t from) -> std::string_view {
        const std::size_t start = first_bytes.find(open, from);
        if (start == std::string_view::npos) return {};
        const std::size_t body = first_bytes.find('>', start);
        const std::size_t end = first_bytes.find('<', body);
        if (body == std::string_view::npos || end == std::string_view::npos) return {};
        return first_bytes.substr(body + 1, end - body - 1);
    };
    std::vector<IndexCell> columns;
    for (std::size_t at = first_bytes.find("<head "); at != std::string_view::npos;
         at = first_bytes.find("<head ", at + 1))
        columns.push_back({0, std::string(text_of("<head ", at))});
    // The file's own title comes before its first <letter> (whose <title> is "A").
    const std::size_t title = first_bytes.find("<title>");
    const bool own_title = title != std::string_view::npos && title < first_bytes.find("<letter");
    return index_kind_of(own_title ? text_of("<title>", 0) : std::string_view{}, columns);
}

void parse_index(ByteStream& stream, const Location& where, IndexKind expected, const IndexVisitor& visitor) {
    Reader reader(stream, where);
    IndexParser(reader, expected, visitor).parse_document();
}

}  // namespace codeset::importers::icd10cm_xml
