// A change set cut by chapter (core/chapters.hpp: the release's XML first, the profile second, the
// first character last), in reading order: what the HTML report prints per chapter, and what a
// filter on one chapter keeps.
#pragma once

#include "codeset/core/chapters.hpp"
#include "codeset/diff/change_set.hpp"
#include "export/tabular_summary.hpp"

#include <vector>

namespace codeset::detail {

struct ChapterGroup {
    Chapter chapter;
    std::vector<const Change*> changes;  // in the change set's order
    std::vector<NoteChange> notes;       // on the chapter, its sections and its codes
};

// The chapter a change's code is in: its record in `to`, else in `from`.
Chapter chapter_of_change(const Change& change, const ChangeSet& changes, const CodeSystem& system);

// Only chapters with a change or a note change, in chapter order.
std::vector<ChapterGroup> group_by_chapter(const ChangeSet& changes, const CodeSystem& system);

}  // namespace codeset::detail
