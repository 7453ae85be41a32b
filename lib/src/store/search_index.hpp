// The full-text index of contents (table code_search, schemas/sql/0005_*.sql): an import indexes
// the contents it adds, in its own transaction, so that searching never writes. Deleted contents
// leave the index through a trigger. The pending list (search_pending) holds what a store written
// by an earlier codeset left for its first search; opening the store for writing indexes it.
#pragma once

#include "codeset/store/store.hpp"
#include "sqlite/database.hpp"

namespace codeset::detail {

// The largest content id in the store, 0 when it has none. SQLite gives every new content row
// the largest id plus one, so the contents an import adds are exactly those above this id.
ContentId last_content_id(const Database& db);

// Indexes every pending content (through view code_search_source), inside the caller's write transaction.
void index_pending_contents(Database& db);

// True when some content waits to be indexed.
bool search_index_behind(Database& db);

}  // namespace codeset::detail
