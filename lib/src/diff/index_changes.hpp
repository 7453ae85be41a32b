// Internal: the Alphabetic Index of two stored releases compared (diff_releases' last step).
#pragma once

#include "codeset/diff/change_set.hpp"
#include "codeset/store/store.hpp"

namespace codeset::detail {

// Sets `index_changes`, `index_files` and `without_index` of `result`. Main terms whose stored
// ids (one per content) both releases list cost nothing; only the others are decoded and walked.
void compare_indexes(const Store& store, const ReleaseRecord& from, const ReleaseRecord& to, ChangeSet& result);

}  // namespace codeset::detail
