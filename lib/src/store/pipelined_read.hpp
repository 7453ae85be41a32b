// An import's two halves on two cores: the importer reads and parses on a second thread while
// the calling thread writes what it pushed into the store. Records cross in bounded batches, so
// memory stays flat however large the release.
#pragma once

#include "codeset/core/record_sink.hpp"

#include <functional>

namespace codeset::detail {

// Calls `read` on a reader thread with a sink whose records reach `writer` on this thread, in
// the order they were pushed. An exception from either side stops both and is rethrown here.
void read_pipelined(const std::function<void(RecordSink&)>& read, RecordSink& writer);

}  // namespace codeset::detail
