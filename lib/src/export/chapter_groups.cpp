#include "export/chapter_groups.hpp"

#include <algorithm>
#include <map>

namespace codeset::detail {

namespace {

// The chapter a division's note is on: the chapter itself, or (a section "E08-E13") the chapter
// of the section's first code.
Chapter chapter_of_division(const NoteChange& note, const ChangeSet& changes, const CodeSystem& system) {
    if (system.attribute_has_role(note.level, AttributeRole::chapter)) {
        CodeRecord carrier;
        carrier.attributes.push_back({note.level, note.code});
        return chapter_of(system, {}, &carrier, changes.divisions);
    }
    return chapter_of(system, std::string_view(note.code).substr(0, note.code.find('-')), nullptr, changes.divisions);
}

}  // namespace

Chapter chapter_of_change(const Change& change, const ChangeSet& changes, const CodeSystem& system) {
    const CodeRecord* record = change.after ? &*change.after : change.before ? &*change.before : nullptr;
    return chapter_of(system, change.code, record, changes.divisions);
}

std::vector<ChapterGroup> group_by_chapter(const ChangeSet& changes, const CodeSystem& system) {
    std::map<std::pair<std::size_t, std::string>, ChapterGroup> groups;
    const auto group = [&](const Chapter& chapter) -> ChapterGroup& {
        ChapterGroup& found = groups[{chapter.order, chapter.key}];
        if (found.chapter.key.empty() || (found.chapter.title.empty() && !chapter.title.empty())) found.chapter = chapter;
        return found;
    };
    std::map<std::string, const Change*> by_code;
    for (const Change& change : changes.changes) {
        group(chapter_of_change(change, changes, system)).changes.push_back(&change);
        by_code.emplace(change.code, &change);
    }
    for (NoteChange& note : note_changes(changes, system)) {
        Chapter chapter;
        if (!note.level.empty())
            chapter = chapter_of_division(note, changes, system);
        else if (const auto found = by_code.find(note.code); found != by_code.end())
            chapter = chapter_of_change(*found->second, changes, system);
        else
            chapter = chapter_of(system, note.code, nullptr, changes.divisions);
        group(chapter).notes.push_back(std::move(note));
    }
    std::vector<ChapterGroup> result;
    result.reserve(groups.size());
    for (auto& [key, found] : groups) result.push_back(std::move(found));
    return result;
}

}  // namespace codeset::detail
