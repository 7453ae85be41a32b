// The full-text index of contents (table code_search, schemas/sql/0002_search.sql): an import
// lists the contents it adds as pending; the first search indexes them in bulk. Deleted contents
// leave the index (or the pending list) through a trigger.
#pragma once

#include "codeset/store/store.hpp"
#include "sqlite/database.hpp"

namespace codeset::detail {

// The largest content id in the store, 0 when it has none. SQLite gives every new content row
// the largest id plus one, so the contents an import adds are exactly those above this id.
ContentId last_content_id(const Database& db);

// Lists the contents whose id is above `after` as pending. Called once per import, before any
// garbage collection.
void index_contents_after(Database& db, ContentId after);

// Indexes every pending content, in one bulk statement (indexing row by row is ten times slower:
// FTS5 writes its pending terms out at every statement), inside the caller's write transaction.
void index_pending_contents(Database& db);

// True when some content waits to be indexed.
bool search_index_behind(Database& db);

}  // namespace codeset::detail
