// What a diff says about the classification, for releases imported with their XML: note-level
// changes (an Excludes1 added, an inclusion term removed, a code under a new parent) and the
// counts per chapter an educator scans first. Driven by the profile: notes are the attributes
// with role `note`, the parent the one with role `parent`, the chapter the one with role
// `chapter` (its title the attribute that explains it).
#pragma once

#include "codeset/core/code_system.hpp"
#include "codeset/diff/change_set.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace codeset::detail {

struct NoteChange {
    // Where the note is written: a division ("chapter", "section": its attribute, and `code` its
    // value "E08-E13"), or a code (`level` empty, `code` its stored form).
    std::string level;
    std::string code;
    std::string kind;  // the attribute: excludes1, inclusion_terms, seventh_characters, parent, title, ...
    std::vector<std::string> added;
    std::vector<std::string> removed;
};

// Whether a change of this attribute is a note change (a note, or the code's parent).
bool is_note_or_parent(const CodeSystem& system, const std::string& name);

// The divisions' changes first (in profile order of their attributes: chapters, then sections,
// each by value), then the codes' in code order, then kind. Empty when no change touched a note,
// a division or a parent.
std::vector<NoteChange> note_changes(const ChangeSet& changes, const CodeSystem& system);

// "Chapter 4", "Section E08-E13", or the code as people write it.
std::string note_place(const NoteChange& note, const CodeSystem& system);

// "FY2018 has no tabular XML: notes and tabular XML attributes not compared" when one of the two
// releases was read without the system's companion file; empty otherwise.
std::string companion_statement(const ChangeSet& changes, const CodeSystem& system);

struct ChapterCounts {
    std::string chapter;  // "4"
    std::string title;    // of the division in the releases, else of a changed code that carried it
    std::uint64_t added = 0;
    std::uint64_t deleted = 0;
    std::uint64_t revised = 0;
    std::uint64_t notes = 0;  // codes whose notes or parent changed
};

// In chapter order. Empty when no changed code carries a chapter (a release without its XML).
std::vector<ChapterCounts> chapter_counts(const ChangeSet& changes, const CodeSystem& system);

}  // namespace codeset::detail
