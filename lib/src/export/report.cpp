// Change reports by format for callers that hold a ChangeSet: the writer registry underneath,
// licence policy included.
#include "codeset/export/report.hpp"

#include "codeset/export/writer.hpp"

namespace codeset {

namespace {

std::string_view format_name(ReportFormat format) {
    switch (format) {
        case ReportFormat::text: return "text";
        case ReportFormat::json: return "json";
        case ReportFormat::csv: return "csv";
        case ReportFormat::markdown: return "markdown";
    }
    return "text";
}

}  // namespace

std::optional<ReportFormat> parse_report_format(std::string_view name) noexcept {
    const Writer* writer = find_writer(name, ContentKind::change_set);
    if (!writer) return std::nullopt;
    for (const ReportFormat format : {ReportFormat::text, ReportFormat::json, ReportFormat::csv, ReportFormat::markdown})
        if (format_name(format) == writer->name) return format;
    return std::nullopt;
}

void write_change_report(std::ostream& out, const ChangeSet& changes, const CodeSystem& system, ReportFormat format,
                         bool include_licensed_text) {
    write_content(out, format_name(format), ChangeSetContent{&system, changes, {}}, {include_licensed_text});
}

}  // namespace codeset
