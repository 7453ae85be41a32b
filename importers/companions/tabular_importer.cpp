#include "companions/tabular_importer.hpp"

#include "codeset/core/attribute_values.hpp"
#include "companions/companion_version.hpp"
#include "icd10cm_xml/billable.hpp"
#include "icd10cm_xml/tabular.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace codeset::importers {

namespace {

using icd10cm_xml::TabularCode;

constexpr std::size_t listed_differences = 20;


std::string seventh_json(const std::vector<std::pair<char, std::string>>& characters) {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (const auto& [character, meaning] : characters) object[std::string(1, character)] = meaning;
    return object.dump();
}

std::vector<Attribute> note_attributes(const icd10cm_xml::Notes& notes) {
    std::vector<Attribute> attributes;
    for (const auto& [kind, texts] : notes)
        if (!texts.empty()) attributes.push_back({kind, encode_list(texts)});
    sort_attributes(attributes);
    return attributes;
}

// Attributes by code, built while the XML streams by. Notes and 7th-character definitions are kept
// where the tabular list writes them (not copied onto descendants), so the diff reports a changed
// Excludes1 once, on the code that carries it.
class TabularAnnotations final : public Annotations, public icd10cm_xml::TabularVisitor {
public:
    explicit TabularAnnotations(Location where) : m_where(std::move(where)) {}

    void on_code(const TabularCode& code) override {
        std::vector<Attribute>& attributes = m_by_code[code.code];
        attributes.push_back({"chapter", code.chapter});
        attributes.push_back({"section", code.section});
        if (code.parent.empty()) {
            attributes.push_back({"chapter_title", code.chapter_title});
            attributes.push_back({"section_title", code.section_title});
        } else {
            attributes.push_back({"parent", code.parent});
        }
        for (Attribute& note : note_attributes(code.notes)) attributes.push_back(std::move(note));
        // The 7th characters and their note apply to every code below the one that defines them:
        // each code in force points at one shared copy of the text.
        if (!code.seventh_characters.empty()) {
            const std::string* own = &*m_texts.insert(seventh_json(code.seventh_characters)).first;
            const auto inherited = m_seventh_in_force.find(code.parent);
            if (inherited == m_seventh_in_force.end() || inherited->second != own)
                attributes.push_back({"seventh_characters", *own});
            m_seventh_in_force[code.code] = own;
        }
        if (!code.seventh_character_note.empty()) {
            const std::string* own = &*m_texts.insert(code.seventh_character_note).first;
            const auto inherited = m_note_in_force.find(code.parent);
            if (inherited == m_note_in_force.end() || inherited->second != own)
                attributes.push_back({"seventh_character_note", *own});
            m_note_in_force[code.code] = own;
        }
        sort_attributes(attributes);
        // What the check against the order file needs of the code: its rows, not its text.
        icd10cm_xml::append_rows(code, m_rows);
        // The codes built from its 7th characters (billable_codes_of), each with its meaning.
        if (!code.has_children)
            for (const auto& [c, meaning] : code.seventh_characters)
                m_extended[icd10cm_xml::with_seventh_character(code.code, c)] =
                    Extension{code.code, c, &*m_texts.insert(meaning).first};
    }
    void on_warning(const ImportWarning& warning) override { m_warnings.push_back(warning); }
    // A chapter and its sections, keyed as their codes name them (the chapter and section attributes).
    void on_chapter(const icd10cm_xml::Chapter& chapter) override {
        m_divisions.push_back({"chapter", chapter.number, chapter.title, note_attributes(chapter.notes)});
        for (const icd10cm_xml::Section& section : chapter.sections)
            m_divisions.push_back({"section", section.id, section.title, note_attributes(section.notes)});
    }
    std::vector<Division> divisions() const override { return m_divisions; }

    void annotate(CodeRecord& record) const override {
        if (const auto found = m_by_code.find(record.code); found != m_by_code.end()) {
            record.attributes.insert(record.attributes.end(), found->second.begin(), found->second.end());
        } else if (const auto extended = m_extended.find(record.code); extended != m_extended.end()) {
            // A code built from a 7th character: under the diag it extends, in its chapter.
            const Extension& extension = extended->second;
            record.attributes.push_back({"parent", extension.parent});
            record.attributes.push_back({"seventh_character", std::string(1, extension.character)});
            record.attributes.push_back({"seventh_character_meaning", *extension.meaning});
            for (const Attribute& attribute : m_by_code.at(extension.parent))
                if (attribute.name == "chapter" || attribute.name == "section") record.attributes.push_back(attribute);
        }
        sort_attributes(record.attributes);
    }

    // The order file's rows against the rows the tabular list stands for (icd10cm_xml::self_check),
    // the first differences listed one by one.
    std::vector<ImportWarning> check(std::span<const CodeRow> release) const override {
        std::vector<ImportWarning> warnings = m_warnings;
        const std::vector<ImportWarning> differences = icd10cm_xml::self_check(m_rows, m_where, release, m_where);
        const std::size_t listed = std::min(differences.size(), listed_differences);
        warnings.insert(warnings.end(), differences.begin(), differences.begin() + std::ptrdiff_t(listed));
        if (differences.size() > listed)
            warnings.push_back({m_where.to_string(), std::to_string(differences.size() - listed) +
                                                         " more codes differ between the tabular XML and the order file"});
        return warnings;
    }

private:
    struct Extension {
        std::string parent;
        char character = 0;
        const std::string* meaning = nullptr;  // in m_texts
    };

    Location m_where;
    std::unordered_map<std::string, std::vector<Attribute>> m_by_code;
    std::unordered_map<std::string, Extension> m_extended;
    std::unordered_set<std::string> m_texts;  // each 7th-character text once; its elements never move
    std::unordered_map<std::string, const std::string*> m_seventh_in_force;
    std::unordered_map<std::string, const std::string*> m_note_in_force;
    std::vector<Division> m_divisions;
    std::vector<icd10cm_xml::TabularRow> m_rows;  // the order-file rows of every <diag>, for check()
    std::vector<ImportWarning> m_warnings;
};

class TabularImporter final : public Importer {
public:
    std::string_view name() const override { return "icd10cm-tabular-xml"; }
    std::string_view system() const override { return "icd10cm"; }
    Identification identify(const Source& source) const override {
        return icd10cm_xml::find_tabular_member(source) ? Identification::yes : Identification::no;
    }
    ReleaseInfo describe(const Source& source) const override {
        return describe_companion(source, member(source), system(), name(), "ICD-10-CM tabular XML");
    }
    void read(Source& source, RecordSink&, const ReadOptions&) const override {
        throw Error(ErrorCode::usage, source.path() +
                                          ": the tabular XML annotates an ICD-10-CM release: import it together with "
                                          "the release's order file, or after it");
    }
    bool is_companion() const override { return true; }
    std::unique_ptr<Annotations> read_annotations(Source& source, RecordSink& sink,
                                                  const ReadOptions&) const override {
        const MemberInfo tabular = member(source);
        auto annotations = std::make_unique<TabularAnnotations>(source.locate(tabular));
        {
            auto stream = source.open_member(tabular, "tabular");
            icd10cm_xml::parse_tabular(*stream, source.locate(tabular), *annotations);
        }
        for (const SourceFile& file : source.read_files()) sink.add_source_file(file);
        return annotations;
    }

private:
    static MemberInfo member(const Source& source) {
        if (auto found = icd10cm_xml::find_tabular_member(source)) return *found;
        throw Error(ErrorCode::parse, source.path() + ": expected an ICD-10-CM tabular XML such as "
                                                      "icd10cm_tabular_YYYY.xml or Tabular.xml");
    }
};

}  // namespace

const Importer& icd10cm_tabular_importer() {
    static const TabularImporter importer;
    return importer;
}

}  // namespace codeset::importers
