// Internal: the two rules a change set follows whoever builds it (the diff engine, invert, compose):
// which deleted codes were expanded, and how the summary counts.
#pragma once

#include "codeset/diff/change_set.hpp"

namespace codeset::detail {

// For every deleted code that is a header afterwards, the added codes under it (longer codes starting
// with it), in code order. `changes` must be sorted by code; existing lists are replaced.
void resolve_expansions(std::vector<Change>& changes);

// The summary of `changes`, counted the way CMS counts.
DiffSummary summarize(const std::vector<Change>& changes);

}  // namespace codeset::detail
