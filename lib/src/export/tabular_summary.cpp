#include "export/tabular_summary.hpp"

#include "codeset/core/attribute_values.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace codeset::detail {

namespace {

const AttributeSpec* chapter_attribute(const CodeSystem& system) {
    for (const AttributeSpec& spec : system.attributes)
        if (has_role(spec.roles, AttributeRole::chapter)) return &spec;
    return nullptr;
}

// A list attribute's items; any other value is one item.
std::vector<std::string> items(const CodeSystem& system, const std::string& name,
                               const std::optional<std::string>& value) {
    if (!value) return {};
    const AttributeSpec* spec = system.attribute(name);
    if (spec && spec->type == AttributeType::list) return decode_list(*value);
    return {*value};
}

std::string attribute(const std::optional<CodeRecord>& record, std::string_view name) {
    const std::string* value = record && !name.empty() ? record->attribute(name) : nullptr;
    return value ? *value : std::string();
}

NoteChange note_change(std::string level, std::string code, const CodeSystem& system, const AttributeChange& attribute) {
    std::vector<std::string> before = items(system, attribute.name, attribute.before);
    std::vector<std::string> after = items(system, attribute.name, attribute.after);
    std::sort(before.begin(), before.end());
    std::sort(after.begin(), after.end());
    NoteChange note{std::move(level), std::move(code), attribute.name, {}, {}};
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(note.added));
    std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(note.removed));
    return note;
}

}  // namespace

bool is_note_or_parent(const CodeSystem& system, const std::string& name) {
    return system.attribute_has_role(name, AttributeRole::note) ||
           system.attribute_has_role(name, AttributeRole::parent);
}

std::string note_place(const NoteChange& note, const CodeSystem& system) {
    if (note.level.empty()) return system.display(note.code);
    const AttributeSpec* spec = system.attribute(note.level);
    return std::string(spec ? spec->label : std::string_view(note.level)) + " " + note.code;
}

std::string companion_statement(const ChangeSet& changes, const CodeSystem& system) {
    if (changes.without_companion.empty()) return {};
    const std::string companion(system.companion.empty() ? std::string_view("companion file") : system.companion);
    return changes.without_companion + " has no " + companion + ": notes and " + companion +
           " attributes not compared";
}

std::vector<NoteChange> note_changes(const ChangeSet& changes, const CodeSystem& system) {
    std::vector<NoteChange> result;
    for (const AttributeSpec& spec : system.attributes)
        for (const DivisionChange& change : changes.division_changes) {
            if (change.attribute != spec.name) continue;
            for (const AttributeChange& attribute : change.attribute_changes) {
                NoteChange note = note_change(change.attribute, change.value, system, attribute);
                if (!note.added.empty() || !note.removed.empty()) result.push_back(std::move(note));
            }
        }
    for (const Change& change : changes.changes) {
        for (const AttributeChange& attribute : change.attribute_changes) {
            if (!is_note_or_parent(system, attribute.name)) continue;
            NoteChange note = note_change({}, change.code, system, attribute);
            if (!note.added.empty() || !note.removed.empty()) result.push_back(std::move(note));
        }
    }
    return result;
}

std::vector<ChapterCounts> chapter_counts(const ChangeSet& changes, const CodeSystem& system) {
    const AttributeSpec* spec = chapter_attribute(system);
    if (!spec) return {};
    std::map<int, ChapterCounts> chapters;
    std::set<std::pair<std::string, int>> noted;  // (code, chapter) already counted for notes
    for (const Change& change : changes.changes) {
        std::string chapter = attribute(change.after, spec->name);
        if (chapter.empty()) chapter = attribute(change.before, spec->name);
        if (chapter.empty()) continue;
        const int number = std::atoi(chapter.c_str());
        ChapterCounts& counts = chapters[number];
        counts.chapter = chapter;
        if (counts.title.empty()) counts.title = attribute(change.after, spec->explained_by);
        if (counts.title.empty()) counts.title = attribute(change.before, spec->explained_by);
        if (change.kind == ChangeKind::added) ++counts.added;
        if (change.kind == ChangeKind::deleted) ++counts.deleted;
        if (change.kind == ChangeKind::revised) ++counts.revised;
        const bool noted_change =
            std::any_of(change.attribute_changes.begin(), change.attribute_changes.end(),
                        [&](const AttributeChange& a) { return is_note_or_parent(system, a.name); });
        if (noted_change && noted.emplace(change.code, number).second) ++counts.notes;
    }
    std::vector<ChapterCounts> result;
    for (auto& [number, counts] : chapters) {
        // The chapter's own title, as the releases have it: a changed code carries it only when it
        // is a category.
        for (const Division& division : changes.divisions)
            if (division.attribute == spec->name && division.value == counts.chapter && !division.title.empty())
                counts.title = division.title;
        result.push_back(std::move(counts));
    }
    return result;
}

}  // namespace codeset::detail
