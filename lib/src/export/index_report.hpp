// The words every change-set writer uses for the Alphabetic Index part of a diff: what was not
// compared, each file's counts, each change's label and values. One place, so the text, Markdown,
// HTML and Excel reports say the same.
#pragma once

#include "codeset/diff/change_set.hpp"

#include <string>
#include <vector>

namespace codeset::detail {

// Whether the report has an index part: both releases have an index, or one only (then said).
bool has_index_part(const ChangeSet& changes);

// "FY2015 has no Alphabetic Index: index not compared" when one release has no index while the
// other has one; empty otherwise.
std::string index_statement(const ChangeSet& changes);

// One line per index file: "added 12, removed 3, codes 40, references 5, modifiers 2, cells 1" (kinds
// without changes left out, "no changes" when none), or "not compared: FY2016 has none".
std::string index_file_counts(const IndexFileComparison& file);

// "added", "removed", "code changed", "reference changed", "modifiers changed", "cell changed".
std::string_view index_change_label(IndexChangeKind kind);

// The change in a few words, for a report's column: "code changed: manifestation", "added, 3 subterms".
std::string index_change_what(const IndexChange& change);

// What a field is called: "code", "manifestation", "see", "see also", "see category",
// "see subcategory", "nonessential modifiers", a table's column heading.
std::string index_field_label(const IndexChange& change);

// A side's value as people read it, "(none)" when absent.
std::string index_value_text(const std::optional<std::string>& value);

// The change after its path, in one line: "code: I21.9 → I21.3", "added, 3 subterms: I21.3".
std::string index_change_text(const IndexChange& change);

}  // namespace codeset::detail
