// Internal: two versions of one main term of the Alphabetic Index compared subterm by subterm.
#pragma once

#include "codeset/diff/index_changes.hpp"

#include <vector>

namespace codeset::detail {

// The changes from `before` to `after`, appended to `out` (unsorted). Either may be null: the
// main term was added or removed. Subterms are matched by title (a subterm that is only a
// nonessential modifier by that modifier), siblings of the same title in their order. `columns`
// names a table's cells by number (the file's headings); a column without one is "column N".
void compare_index_terms(IndexKind file, const IndexTerm* before, const IndexTerm* after,
                         const std::vector<IndexCell>& columns, std::vector<IndexChange>& out);

// What a term gives on its own, as a coder reads it: "I21.3 [M01.X]; see Infarct, myocardium";
// a table row's cells by column ("Malignant Primary C00.9; Benign D10.9"). Empty when nothing.
std::string index_term_gives(const IndexTerm& term, const std::vector<IndexCell>& columns);

// The title a path shows for a term: its title, else its nonessential modifier ("(taser)").
const std::string& index_path_title(const IndexTerm& term);

}  // namespace codeset::detail
