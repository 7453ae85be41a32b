// The dispatcher: one writer per format (report_<format>.cpp).
#include "codeset/export/report.hpp"

#include "export/report_writers.hpp"

namespace codeset {

namespace {

// The change set with every licensed descriptor removed: codes, kinds and flags only.
ChangeSet without_licensed_text(ChangeSet changes) {
    auto strip = [](std::optional<CodeRecord>& record) {
        if (!record) return;
        record->short_title.clear();
        record->long_title.clear();
        record->attributes.clear();
    };
    for (Change& change : changes.changes) {
        strip(change.before);
        strip(change.after);
        change.attribute_changes.clear();
    }
    return changes;
}

}  // namespace

void write_change_report(std::ostream& out, const ChangeSet& changes, const CodeSystem& system, ReportFormat format,
                         bool include_licensed_text) {
    if (system.licensed() && !include_licensed_text) {
        write_change_report(out, without_licensed_text(changes), system, format, true);
        return;
    }
    switch (format) {
        case ReportFormat::text:
            detail::write_text_report(out, changes, system);
            return;
        case ReportFormat::json:
            detail::write_json_report(out, changes, system);
            return;
        case ReportFormat::csv:
            detail::write_csv_report(out, changes, system);
            return;
        case ReportFormat::markdown:
            detail::write_markdown_report(out, changes, system);
            return;
    }
}

}  // namespace codeset
