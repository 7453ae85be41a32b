// Whole-release exports by format, for callers that hold a store and a release: a shorthand over
// the writer registry (codeset/export/writer.hpp), licence policy included.
#pragma once

#include "codeset/store/store.hpp"

#include <optional>
#include <ostream>
#include <string_view>

namespace codeset {

enum class SnapshotFormat { csv, jsonl };
std::optional<SnapshotFormat> parse_snapshot_format(std::string_view name) noexcept;

// Writes every code of a release in order-file order. Licensed systems get codes without
// descriptors unless `include_licensed_text` (the caller states its licence covers it).
void write_snapshot(std::ostream& out, const Store& store, const ReleaseRecord& release,
                    SnapshotFormat format, bool include_licensed_text = false);

}  // namespace codeset
