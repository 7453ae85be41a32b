#include "export/tabular_summary.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace codeset::detail {

namespace {

bool is_tabular_attribute(const std::string& name) {
    static const std::set<std::string> names = {
        "inclusion_terms", "includes",           "excludes1",              "excludes2", "code_first",
        "code_also",       "use_additional_code", "notes",                 "seventh_characters",
        "seventh_character_note", "parent",       "section",               "chapter"};
    return names.count(name) > 0;
}

// A note attribute holds a JSON array of texts; other values count as one item.
std::vector<std::string> items(const std::optional<std::string>& value) {
    if (!value) return {};
    const nlohmann::json json = nlohmann::json::parse(*value, nullptr, false);
    std::vector<std::string> texts;
    if (json.is_array()) {
        for (const auto& item : json)
            if (item.is_string()) texts.push_back(item.get<std::string>());
        return texts;
    }
    return {*value};
}

std::string attribute(const std::optional<CodeRecord>& record, std::string_view name) {
    const std::string* value = record ? record->attribute(name) : nullptr;
    return value ? *value : std::string();
}

}  // namespace

std::vector<NoteChange> note_changes(const ChangeSet& changes) {
    std::vector<NoteChange> result;
    for (const Change& change : changes.changes) {
        for (const AttributeChange& attribute : change.attribute_changes) {
            if (!is_tabular_attribute(attribute.name)) continue;
            std::vector<std::string> before = items(attribute.before);
            std::vector<std::string> after = items(attribute.after);
            std::sort(before.begin(), before.end());
            std::sort(after.begin(), after.end());
            NoteChange note{change.code, attribute.name, {}, {}};
            std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(note.added));
            std::set_difference(before.begin(), before.end(), after.begin(), after.end(),
                                std::back_inserter(note.removed));
            if (!note.added.empty() || !note.removed.empty()) result.push_back(std::move(note));
        }
    }
    return result;
}

std::vector<ChapterCounts> chapter_counts(const ChangeSet& changes) {
    std::map<int, ChapterCounts> chapters;
    std::set<std::pair<std::string, int>> noted;  // (code, chapter) already counted for notes
    for (const Change& change : changes.changes) {
        std::string chapter = attribute(change.after, "chapter");
        if (chapter.empty()) chapter = attribute(change.before, "chapter");
        if (chapter.empty()) continue;
        const int number = std::atoi(chapter.c_str());
        ChapterCounts& counts = chapters[number];
        counts.chapter = chapter;
        if (counts.title.empty()) counts.title = attribute(change.after, "chapter_title");
        if (counts.title.empty()) counts.title = attribute(change.before, "chapter_title");
        if (change.kind == ChangeKind::added) ++counts.added;
        if (change.kind == ChangeKind::deleted) ++counts.deleted;
        if (change.kind == ChangeKind::revised) ++counts.revised;
        const bool tabular = std::any_of(change.attribute_changes.begin(), change.attribute_changes.end(),
                                         [](const AttributeChange& a) { return is_tabular_attribute(a.name); });
        if (tabular && noted.emplace(change.code, number).second) ++counts.notes;
    }
    std::vector<ChapterCounts> result;
    for (auto& [number, counts] : chapters) result.push_back(std::move(counts));
    return result;
}

}  // namespace codeset::detail
