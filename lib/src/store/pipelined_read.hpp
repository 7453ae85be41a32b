// An import on all cores: the importer reads and parses on one thread, a second prepares what
// it pushed, and the calling thread writes it into the store. Records cross in bounded batches,
// so memory stays flat however large the release.
#pragma once

#include "codeset/core/code_system.hpp"
#include "store/prepared_records.hpp"

#include <functional>

namespace codeset::detail {

// Calls `read` on a reader thread with a sink whose records reach `writer` on this thread, in
// the order they were pushed; between them a third thread prepares codes and index terms
// (prepared_records.hpp) for `system`. An exception from any of the three stops all and is
// rethrown here.
void read_pipelined(const std::function<void(RecordSink&)>& read, const CodeSystem& system, PreparedSink& writer);

}  // namespace codeset::detail
