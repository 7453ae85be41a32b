// Streaming reader of the tabular XML. One recursive function per element kind, each leaving the
// reader on its element's end tag. A category (3-character <diag>) is buffered until it closes,
// then its codes are completed (effective 7th characters) and handed over in document order: the
// largest category holds under 400 codes, so memory does not grow with the file.
#include "icd10cm_xml/tabular.hpp"

#include "icd10cm/icd10cm_order_importer.hpp"
#include "xml/xml_reader.hpp"

#include <cctype>
#include <limits>
#include <map>
#include <set>
#include <string_view>

namespace codeset::importers::icd10cm_xml {

namespace {

using xml::Node;
using xml::Reader;

constexpr std::size_t no_parent = std::numeric_limits<std::size_t>::max();

// The note elements and the keys they are kept under.
struct NoteKind {
    std::string_view element;
    const char* key;
};
constexpr NoteKind note_kinds[] = {
    {"inclusionTerm", "inclusion_terms"},   {"includes", "includes"},      {"excludes1", "excludes1"},
    {"excludes2", "excludes2"},             {"codeFirst", "code_first"},   {"codeAlso", "code_also"},
    {"useAdditionalCode", "use_additional_code"}, {"notes", "notes"},
};

const char* note_key(std::string_view element) {
    for (const NoteKind& kind : note_kinds)
        if (kind.element == element) return kind.key;
    return nullptr;
}

// A <sevenChrDef> / <sevenChrNote> declared on one element, before inheritance.
struct SeventhCharacters {
    bool defined = false;
    std::vector<std::pair<char, std::string>> characters;
    std::vector<std::pair<char, std::string>> terms;
    bool noted = false;
    std::string note;
};

struct PendingCode {
    TabularCode code;
    std::size_t parent = no_parent;  // index in the category buffer
    bool own_definition = false;
    bool own_note = false;
};

class TabularParser {
public:
    TabularParser(Reader& reader, TabularVisitor& visitor) : m_reader(reader), m_visitor(visitor) {}

    void parse_document() {
        if (!m_reader.next() || !m_reader.at_start("ICD10CM.tabular"))
            m_reader.fail("the root element <ICD10CM.tabular> of an ICD-10-CM tabular list");
        bool seen_version = false;
        xml::for_each_child(m_reader, [&] {
            const std::string_view name = m_reader.name();
            if (name == "version") {
                seen_version = true;
                m_visitor.on_version(xml::clean_text(m_reader.read_text()));
            } else if (name == "chapter") {
                parse_chapter();
            } else if (name == "introduction" || name == "title") {
                m_reader.skip_element();
            } else {
                skip_unknown();
            }
        });
        if (!seen_version) warn(m_reader.document(), "no <version> element: the release is not named in the file");
    }

private:
    void parse_chapter() {
        m_chapter = Chapter{};
        m_chapter_seventh = SeventhCharacters{};
        m_ranges.clear();
        const Location start = m_reader.location();
        xml::for_each_child(m_reader, [&] {
            const std::string_view name = m_reader.name();
            if (name == "name") {
                m_chapter.number = xml::clean_text(m_reader.read_text());
            } else if (name == "desc") {
                if (!m_chapter.sections.empty()) m_reader.fail("the chapter's <desc> before its first <section>");
                m_chapter.title = xml::clean_text(m_reader.read_text());
            } else if (name == "sectionIndex") {
                parse_section_index();
            } else if (name == "section") {
                if (m_chapter.number.empty()) m_reader.fail("the chapter's <name> before its first <section>");
                parse_section();
            } else if (!parse_shared_child(m_chapter.notes, m_chapter_seventh)) {
                skip_unknown();
            }
        });
        if (m_chapter.number.empty()) throw ParseError(start, "a <name> with the chapter number in each <chapter>");
        m_visitor.on_chapter(m_chapter);
    }

    // <sectionRef first="E08" last="E13" id="E08-E13">: the code range of each section.
    void parse_section_index() {
        xml::for_each_child(m_reader, [&] {
            if (m_reader.at_start("sectionRef")) {
                const auto id = m_reader.attribute("id");
                const auto first = m_reader.attribute("first");
                const auto last = m_reader.attribute("last");
                if (id && first && last) m_ranges[*id] = {*first, *last};
            }
            m_reader.skip_element();
        });
    }

    void parse_section() {
        Section section;
        section.id = m_reader.attribute("id").value_or("");
        if (section.id.empty()) m_reader.fail("an id attribute on each <section> (its code range, e.g. \"E08-E13\")");
        if (const auto range = m_ranges.find(section.id); range != m_ranges.end()) {
            section.first = range->second.first;
            section.last = range->second.second;
        } else {
            const auto dash = section.id.find('-');
            section.first = section.id.substr(0, dash);
            section.last = dash == std::string::npos ? section.id : section.id.substr(dash + 1);
        }
        m_section = &section;
        m_section_seventh = SeventhCharacters{};
        bool seen_diag = false;
        xml::for_each_child(m_reader, [&] {
            const std::string_view name = m_reader.name();
            if (name == "diag") {
                seen_diag = true;
                parse_category();
            } else if (name == "desc") {
                if (seen_diag) m_reader.fail("the section's <desc> before its <diag> elements");
                section.title = xml::clean_text(m_reader.read_text());
            } else if (name == "name" || name == "deactivated") {
                m_reader.skip_element();
            } else if (!parse_shared_child(section.notes, m_section_seventh)) {
                skip_unknown();
            }
        });
        m_section = nullptr;
        m_chapter.sections.push_back(std::move(section));
    }

    // Notes and 7th-character elements, allowed on chapters, sections and diags alike.
    bool parse_shared_child(Notes& notes, SeventhCharacters& seventh) {
        const std::string_view name = m_reader.name();
        if (const char* key = note_key(name)) {
            read_notes(notes[key]);
        } else if (name == "sevenChrDef") {
            parse_seventh_definition(seventh);
        } else if (name == "sevenChrNote") {
            std::vector<std::string> texts;
            read_notes(texts);
            seventh.noted = true;
            seventh.note.clear();
            for (const std::string& text : texts) seventh.note += (seventh.note.empty() ? "" : " ") + text;
        } else {
            return false;
        }
        return true;
    }

    void read_notes(std::vector<std::string>& texts) {
        xml::for_each_child(m_reader, [&] {
            if (m_reader.at_start("note"))
                texts.push_back(xml::clean_text(m_reader.read_text()));
            else
                skip_unknown();
        });
    }

    // <extension char="A">initial encounter</extension>, optionally followed by <note> terms.
    void parse_seventh_definition(SeventhCharacters& seventh) {
        seventh.defined = true;
        seventh.characters.clear();
        seventh.terms.clear();
        xml::for_each_child(m_reader, [&] {
            if (m_reader.at_start("extension")) {
                const std::string value = xml::clean_text(m_reader.attribute("char").value_or(""));
                if (value.size() != 1 || !std::isalnum(static_cast<unsigned char>(value[0])))
                    m_reader.fail("a char attribute of one letter or digit on each <extension>, found '" + value + "'");
                const char character = char(std::toupper(static_cast<unsigned char>(value[0])));
                seventh.characters.emplace_back(character, xml::clean_text(m_reader.read_text()));
            } else if (m_reader.at_start("note")) {
                if (seventh.characters.empty()) m_reader.fail("an <extension> before the first <note> in <sevenChrDef>");
                seventh.terms.emplace_back(seventh.characters.back().first, xml::clean_text(m_reader.read_text()));
            } else {
                skip_unknown();
            }
        });
    }

    void parse_category() {
        m_category.clear();
        parse_diag(no_parent);
        // Pre-order: a parent is always completed before its children.
        for (PendingCode& pending : m_category) {
            TabularCode& code = pending.code;
            const bool top = pending.parent == no_parent;
            const TabularCode* parent = top ? nullptr : &m_category[pending.parent].code;
            const SeventhCharacters& scope = m_section_seventh.defined ? m_section_seventh : m_chapter_seventh;
            if (!pending.own_definition) {
                code.seventh_characters = parent ? parent->seventh_characters : scope.characters;
                code.seventh_character_terms = parent ? parent->seventh_character_terms : scope.terms;
            }
            if (!pending.own_note) {
                const SeventhCharacters& noted = m_section_seventh.noted ? m_section_seventh : m_chapter_seventh;
                code.seventh_character_note = parent ? parent->seventh_character_note : noted.note;
            }
        }
        for (const PendingCode& pending : m_category) m_visitor.on_code(pending.code);
    }

    void parse_diag(std::size_t parent) {
        const std::size_t index = m_category.size();
        m_category.emplace_back();
        {
            PendingCode& pending = m_category.back();
            pending.parent = parent;
            TabularCode& code = pending.code;
            code.line = m_reader.location().line;
            code.chapter = m_chapter.number;
            code.chapter_title = m_chapter.title;
            code.section = m_section->id;
            code.section_title = m_section->title;
            if (parent != no_parent) code.parent = m_category[parent].code.code;
        }
        SeventhCharacters seventh;
        xml::for_each_child(m_reader, [&] {
            // m_category may grow (and move) while a child is read: index, never hold a reference.
            const std::string_view name = m_reader.name();
            if (name == "diag") {
                m_category[index].code.has_children = true;
                parse_diag(index);
            } else if (name == "name") {
                read_name(m_category[index].code);
            } else if (name == "desc") {
                m_category[index].code.title = xml::clean_text(m_reader.read_text());
            } else if (name == "visualImpairment") {
                m_reader.skip_element();  // a table of vision categories (H54), not a note
            } else if (!parse_shared_child(m_category[index].code.notes, seventh)) {
                skip_unknown();
            }
        });
        PendingCode& pending = m_category[index];
        TabularCode& code = pending.code;
        Location at = m_reader.document();
        at.line = code.line;
        if (code.code.empty()) throw ParseError(at, "a <name> with the code in each <diag>");
        if (code.title.empty()) throw ParseError(at, "a <desc> with the title of " + code.name);
        if (!code.parent.empty() && !code.code.starts_with(code.parent))
            warn(at, code.name + " is listed under " + m_category[parent].code.name + ", which does not start it");
        if (seventh.defined) {
            pending.own_definition = true;
            code.seventh_characters = std::move(seventh.characters);
            code.seventh_character_terms = std::move(seventh.terms);
        }
        if (seventh.noted) {
            pending.own_note = true;
            code.seventh_character_note = std::move(seventh.note);
        }
    }

    // "S52.521" -> name "S52.521", code "S52521". The dot must sit after the category.
    void read_name(TabularCode& code) {
        code.name = xml::clean_text(m_reader.read_text());
        code.code.clear();
        for (char c : code.name)
            if (c != '.') code.code += char(std::toupper(static_cast<unsigned char>(c)));
        const auto dot = code.name.find('.');
        const bool dot_ok = dot == std::string::npos ? code.code.size() == 3
                                                     : dot == 3 && dot + 1 < code.name.size() &&
                                                           code.name.find('.', dot + 1) == std::string::npos;
        if (check_icd10cm_code(code.code) || !dot_ok)
            m_reader.fail("an ICD-10-CM code in <name> (a letter and 2 more characters, then a dot and up to 4 "
                          "letters or digits, e.g. \"S52.521\"), found '" + code.name + "'");
    }

    // An element this parser does not know: skipped, reported once per name.
    void skip_unknown() {
        const std::string name(m_reader.name());
        if (m_unknown.insert(name).second)
            warn(m_reader.location(), "skipped element <" + name + "> (not part of the ICD-10-CM tabular layout "
                                      "codeset reads; later ones are skipped without a warning)");
        m_reader.skip_element();
    }

    void warn(const Location& at, std::string message) {
        m_visitor.on_warning(ImportWarning{at.to_string(), std::move(message)});
    }

    Reader& m_reader;
    TabularVisitor& m_visitor;
    Chapter m_chapter;
    Section* m_section = nullptr;  // the section being read (codes copy its id and title)
    SeventhCharacters m_chapter_seventh;
    SeventhCharacters m_section_seventh;
    std::map<std::string, std::pair<std::string, std::string>> m_ranges;  // section id -> first, last
    std::vector<PendingCode> m_category;  // reused from category to category
    std::set<std::string> m_unknown;
};

}  // namespace

void parse_tabular(ByteStream& stream, const Location& where, TabularVisitor& visitor) {
    Reader reader(stream, where);
    TabularParser(reader, visitor).parse_document();
}

}  // namespace codeset::importers::icd10cm_xml
