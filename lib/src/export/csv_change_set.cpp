// The CSV change report: one row per code, so a load keyed by code works. A code with two changes
// (CMS writes a header flip as a deletion and a header addition) is one row whose `change` names
// both, "deleted+header_added". RFC 4180 quoting, a header row, LF line ends. When either release
// has the Alphabetic Index, a second table follows after one empty line, with its own header row:
// one row per index change (a term is not a code, so it cannot share the code rows' columns). The
// columns are documented in docs/cli.md.
#include "export/content_writers.hpp"
#include "export/index_report.hpp"

#include <ostream>

namespace codeset::detail {

namespace {

std::string flag(const std::optional<CodeRecord>& record) {
    if (!record) return "";
    return record->billable ? "1" : "0";
}

std::string short_title(const std::optional<CodeRecord>& record) { return record ? record->short_title : ""; }
std::string long_title(const std::optional<CodeRecord>& record) { return record ? record->long_title : ""; }

// Codes as people write them, separated by spaces.
std::string code_list(const CodeSystem& system, const std::vector<std::string>& codes) {
    std::string text;
    for (const std::string& code : codes) text += (text.empty() ? "" : " ") + system.display(code);
    return text;
}

// The changes of one code, merged: the state before from the first change that has one, the
// state after likewise, every attribute change once.
struct CodeRow {
    std::string kinds;
    std::optional<CodeRecord> before;
    std::optional<CodeRecord> after;
    std::vector<std::string> expanded_into;
    std::vector<AttributeChange> attribute_changes;

    void add(const Change& change) {
        kinds += (kinds.empty() ? "" : "+") + std::string(to_string(change.kind));
        if (!before) before = change.before;
        if (!after) after = change.after;
        if (expanded_into.empty()) expanded_into = change.expanded_into;
        for (const AttributeChange& attribute : change.attribute_changes) {
            bool seen = false;
            for (const AttributeChange& kept : attribute_changes) seen = seen || kept.name == attribute.name;
            if (!seen) attribute_changes.push_back(attribute);
        }
    }
};

// "name: before -> after; ..." with "(none)" for an absent value.
std::string attribute_text(const std::vector<AttributeChange>& changes) {
    std::string text;
    for (const AttributeChange& change : changes) {
        if (!text.empty()) text += "; ";
        text += attribute_change_text(change);
    }
    return text;
}

std::string optional_field(const std::optional<std::string>& value) { return value ? csv_field(*value) : ""; }

// The index table: one row per change; a file (or, with the file left empty, the whole index) that
// one release lacks is one row "not_compared" whose `before` names that release.
void write_index_rows(std::ostream& out, const ChangeSet& changes) {
    out << "\nindex_file,path,change,field,before,after,subterms\n";
    if (!changes.without_index.empty()) out << ",,not_compared,," << csv_field(changes.without_index) << ",,0\n";
    for (const IndexFileComparison& file : changes.index_files)
        if (!file.missing_in.empty())
            out << to_string(file.file) << ",,not_compared,," << csv_field(file.missing_in) << ",,0\n";
    for (const IndexChange& change : changes.index_changes)
        out << to_string(change.file) << ',' << csv_field(index_path_text(change.path)) << ',' << to_string(change.kind)
            << ',' << csv_field(change.field) << ',' << optional_field(change.before) << ','
            << optional_field(change.after) << ',' << change.subterms << '\n';
}

}  // namespace

void write_csv_change_set(std::ostream& out, const ChangeSetContent& content) {
    const ChangeSet& changes = content.changes;
    const CodeSystem& system = *content.system;
    out << "code,change,billable_before,billable_after,short_before,short_after,long_before,long_after,"
           "expanded_into,replaced_by,attribute_changes\n";
    for (std::size_t i = 0; i < changes.changes.size();) {
        const std::string& code = changes.changes[i].code;
        CodeRow row;
        for (; i < changes.changes.size() && changes.changes[i].code == code; ++i) row.add(changes.changes[i]);
        const auto replaced = content.replaced_by.find(code);
        out << csv_field(system.display(code)) << ',' << row.kinds << ',' << flag(row.before) << ','
            << flag(row.after) << ',' << csv_field(short_title(row.before)) << ','
            << csv_field(short_title(row.after)) << ',' << csv_field(long_title(row.before)) << ','
            << csv_field(long_title(row.after)) << ',' << csv_field(code_list(system, row.expanded_into)) << ','
            << csv_field(replaced == content.replaced_by.end() ? "" : code_list(system, replaced->second)) << ','
            << csv_field(attribute_text(row.attribute_changes)) << '\n';
    }
    if (has_index_part(changes)) write_index_rows(out, changes);
}

}  // namespace codeset::detail
