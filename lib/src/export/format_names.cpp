#include "codeset/export/report.hpp"
#include "codeset/export/snapshot.hpp"

namespace codeset {

std::optional<ReportFormat> parse_report_format(std::string_view name) noexcept {
    if (name == "text") return ReportFormat::text;
    if (name == "json") return ReportFormat::json;
    if (name == "csv") return ReportFormat::csv;
    if (name == "markdown" || name == "md") return ReportFormat::markdown;
    return std::nullopt;
}

std::optional<SnapshotFormat> parse_snapshot_format(std::string_view name) noexcept {
    if (name == "csv") return SnapshotFormat::csv;
    if (name == "jsonl") return SnapshotFormat::jsonl;
    return std::nullopt;
}

}  // namespace codeset
