#include "code_context.hpp"

#include <map>
#include <ostream>

namespace codeset::cli {

namespace {

// Note kinds in the order the tabular list prints them, with the heading coders know.
const std::vector<std::pair<std::string, std::string>>& note_kinds() {
    static const std::vector<std::pair<std::string, std::string>> kinds = {
        {"inclusion_terms", "Inclusion term"}, {"includes", "Includes"},   {"notes", "Note"},
        {"code_first", "Code first"},          {"code_also", "Code also"}, {"use_additional_code", "Use additional code"},
        {"excludes1", "Excludes1"},            {"excludes2", "Excludes2"},
    };
    return kinds;
}

std::string attribute(const CodeRecord& record, std::string_view name) {
    const std::string* value = record.attribute(name);
    return value ? *value : std::string();
}

void add_notes(const CodeRecord& record, std::vector<InheritedNote>& notes) {
    for (const auto& [kind, heading] : note_kinds()) {
        const std::string value = attribute(record, kind);
        if (value.empty()) continue;
        const nlohmann::json texts = nlohmann::json::parse(value, nullptr, false);
        if (!texts.is_array()) continue;
        for (const auto& text : texts)
            if (text.is_string()) notes.push_back({record.code, kind, text.get<std::string>()});
    }
}

std::string heading_of(const std::string& kind) {
    for (const auto& [name, heading] : note_kinds())
        if (name == kind) return heading;
    return kind;
}

}  // namespace

bool shown_by_context(const std::string& name) {
    static const std::set<std::string> names = [] {
        std::set<std::string> all = {"chapter", "chapter_title", "section", "section_title", "parent",
                                     "operation_definition"};
        for (const auto& [kind, heading] : note_kinds()) all.insert(kind);
        return all;
    }();
    return names.count(name) > 0 || name.rfind("character_", 0) == 0;
}

CodeContext code_context(const Store& store, const ReleaseRecord& release, const CodeRecord& record) {
    CodeContext context;
    for (int position = 1; position <= 7; ++position) {
        const std::string value = attribute(record, "character_" + std::to_string(position));
        if (!value.empty()) context.characters.push_back(value);
    }
    if (!context.characters.empty() && record.code.size() >= 3)
        if (const auto table = store.find_code(release, record.code.substr(0, 3)))
            context.operation_definition = attribute(*table, "operation_definition");

    // Walk up the tabular list; a bound guards against a damaged parent chain.
    std::string parent = attribute(record, "parent");
    for (int depth = 0; !parent.empty() && depth < 10; ++depth) {
        const auto found = store.find_code(release, parent);
        if (!found) break;
        context.ancestry.insert(context.ancestry.begin(), *found);
        parent = attribute(*found, "parent");
    }
    for (const CodeRecord& ancestor : context.ancestry) add_notes(ancestor, context.notes);
    add_notes(record, context.notes);
    return context;
}

void write_context_text(std::ostream& out, const CodeSystem& system, const CodeRecord& record,
                        const CodeContext& context) {
    for (std::size_t i = 0; i < context.characters.size(); ++i) {
        out << "  " << i + 1 << ' ' << context.characters[i];
        if (i == 2 && !context.operation_definition.empty()) out << " (" << context.operation_definition << ")";
        out << '\n';
    }
    if (!context.ancestry.empty() || !attribute(record, "chapter").empty()) {
        const CodeRecord& category = context.ancestry.empty() ? record : context.ancestry.front();
        out << "  chapter " << attribute(category, "chapter") << ": " << attribute(category, "chapter_title") << '\n';
        out << "  section " << attribute(category, "section") << ": " << attribute(category, "section_title") << '\n';
        for (const CodeRecord& ancestor : context.ancestry)
            out << "  " << system.display(ancestor.code) << "  " << ancestor.long_title << '\n';
    }
    const std::string seventh = attribute(record, "seventh_character");
    if (!seventh.empty())
        out << "  7th character " << seventh << ": " << attribute(record, "seventh_character_meaning") << '\n';
    if (!context.notes.empty()) {
        out << "  notes that apply (from the code and the entries above it):\n";
        for (const InheritedNote& note : context.notes)
            out << "    " << system.display(note.from) << "  " << heading_of(note.kind) << ": " << note.text << '\n';
    }
}

nlohmann::json context_json(const CodeSystem& system, const CodeContext& context) {
    nlohmann::json json = nlohmann::json::object();
    if (!context.characters.empty()) {
        json["characters"] = context.characters;
        if (!context.operation_definition.empty()) json["operation_definition"] = context.operation_definition;
    }
    if (!context.ancestry.empty()) {
        nlohmann::json ancestry = nlohmann::json::array();
        for (const CodeRecord& ancestor : context.ancestry)
            ancestry.push_back({{"code", system.display(ancestor.code)}, {"long_title", ancestor.long_title}});
        json["ancestry"] = ancestry;
    }
    if (!context.notes.empty()) {
        nlohmann::json notes = nlohmann::json::array();
        for (const InheritedNote& note : context.notes)
            notes.push_back({{"from", system.display(note.from)}, {"kind", note.kind}, {"text", note.text}});
        json["notes"] = notes;
    }
    return json;
}

}  // namespace codeset::cli
