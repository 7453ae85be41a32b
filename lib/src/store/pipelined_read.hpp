// An import's two halves on two cores: the importer reads and parses on a second thread while
// the calling thread writes what it pushed into the store. Records cross in bounded batches, so
// memory stays flat however large the release.
#pragma once

#include "codeset/core/code_system.hpp"
#include "store/prepared_records.hpp"

#include <functional>

namespace codeset::detail {

// Calls `read` on a reader thread with a sink whose records reach `writer` on this thread, in
// the order they were pushed; codes and index terms are prepared (prepared_records.hpp) for
// `system` on the reader thread. An exception from either side stops both and is rethrown here.
void read_pipelined(const std::function<void(RecordSink&)>& read, const CodeSystem& system, PreparedSink& writer);

}  // namespace codeset::detail
