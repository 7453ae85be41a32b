// Release snapshots by format for callers that hold a store: the writer registry underneath,
// licence policy included.
#include "codeset/export/snapshot.hpp"

#include "codeset/export/writer.hpp"
#include "codeset/query/queries.hpp"

namespace codeset {

namespace {

std::string_view format_name(SnapshotFormat format) { return format == SnapshotFormat::csv ? "csv" : "jsonl"; }

}  // namespace

std::optional<SnapshotFormat> parse_snapshot_format(std::string_view name) noexcept {
    const Writer* writer = find_writer(name, ContentKind::snapshot);
    if (!writer) return std::nullopt;
    for (const SnapshotFormat format : {SnapshotFormat::csv, SnapshotFormat::jsonl})
        if (format_name(format) == writer->name) return format;
    return std::nullopt;
}

void write_snapshot(std::ostream& out, const Store& store, const ReleaseRecord& release, SnapshotFormat format,
                    bool include_licensed_text) {
    const CodeSystem& system = require_code_system(release.info.system);
    write_content(out, format_name(format), snapshot_of(store, system, release.info.version),
                  {include_licensed_text});
}

}  // namespace codeset
