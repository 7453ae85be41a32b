// Internal: codes reached through the Alphabetic Index, ranked with the title matches of a search.
#pragma once

#include "codeset/core/code_system.hpp"
#include "codeset/store/store.hpp"

#include <string>

namespace codeset::detail {

// When the release has an index: looks `text` up in it (lookup_in_index, at most options.limit
// entries, 0: all), and puts the codes its entries and their references give first, in the
// lookup's order (entries whose path holds every word, shortest path first), each once, with its
// path in `index_path`; then the title matches not reached so, in their bm25 order. A code found
// both ways keeps its title match's fields and score. `total` becomes the codes of both kinds;
// `hits` is cut to options.limit again. A release without an index leaves `result` as it is.
void rank_with_index(const Store& store, const CodeSystem& system, const ReleaseRecord& release,
                     const std::string& text, const SearchOptions& options, SearchResult& result);

}  // namespace codeset::detail
