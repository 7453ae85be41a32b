// The CSV change report: one row per change, RFC 4180 quoting, a header row, LF line ends.
#include "export/content_writers.hpp"

namespace codeset::detail {

namespace {

std::string flag(const std::optional<CodeRecord>& record) {
    if (!record) return "";
    return record->billable ? "1" : "0";
}

std::string short_title(const std::optional<CodeRecord>& record) { return record ? record->short_title : ""; }
std::string long_title(const std::optional<CodeRecord>& record) { return record ? record->long_title : ""; }

// "name: before -> after; ..." with "(none)" for an absent value.
std::string attribute_text(const std::vector<AttributeChange>& changes) {
    std::string text;
    for (const AttributeChange& change : changes) {
        if (!text.empty()) text += "; ";
        text += attribute_change_text(change);
    }
    return text;
}

}  // namespace

void write_csv_change_set(std::ostream& out, const ChangeSetContent& content) {
    const ChangeSet& changes = content.changes;
    const CodeSystem& system = *content.system;
    out << "code,change,billable_before,billable_after,short_before,short_after,long_before,long_after,"
           "expanded_into,attribute_changes\n";
    for (const Change& change : changes.changes) {
        std::string expanded;
        for (const std::string& code : change.expanded_into) {
            if (!expanded.empty()) expanded += ' ';
            expanded += system.display(code);
        }
        out << csv_field(system.display(change.code)) << ',' << to_string(change.kind) << ',' << flag(change.before)
            << ',' << flag(change.after) << ',' << csv_field(short_title(change.before)) << ','
            << csv_field(short_title(change.after)) << ',' << csv_field(long_title(change.before)) << ','
            << csv_field(long_title(change.after)) << ',' << csv_field(expanded) << ','
            << csv_field(attribute_text(change.attribute_changes)) << '\n';
    }
}

}  // namespace codeset::detail
