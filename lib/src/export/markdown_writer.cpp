// The Markdown writer, for change sets: a summary table, then one table per kind of change with the
// columns code | title | before | after. "before" and "after" hold what changed: the billable
// or header state for additions and deletions, the titles for revisions, the attributes. Release
// summaries: markdown_summary.cpp.
#include "codeset/export/writer.hpp"
#include "export/content_writers.hpp"
#include "export/diff_counts.hpp"
#include "export/index_report.hpp"
#include "export/tabular_summary.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <utility>

namespace codeset::detail {

namespace {

// A table cell as literal text: every character Markdown (CommonMark and GFM tables) could read
// as markup is backslash-escaped, line breaks are flattened.
std::string cell(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (const char c : text) {
        if (c == '\n' || c == '\r')
            escaped += ' ';
        else if (std::string_view("\\`*_[]<>#|~!&").find(c) != std::string_view::npos)
            (escaped += '\\') += c;
        else
            escaped += c;
    }
    return escaped;
}

// A code span, for titles whose white space matters: backslashes are literal inside one, so only
// `|` (which ends a table cell) is escaped and the fence is longer than any run of backticks in it.
std::string code_span(std::string_view text) {
    std::string body;
    std::size_t run = 0;
    std::size_t longest = 0;
    for (const char c : text) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
        if (c == '|')
            body += "\\|";
        else
            body += (c == '\n' || c == '\r') ? ' ' : c;
    }
    const std::string fence(longest + 1, '`');
    const bool pad = longest > 0 || body.starts_with(' ') || body.ends_with(' ');
    return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
}

// White space differences are invisible in running text: show the titles as code spans.
std::string shown(const std::string& title, bool as_code) { return as_code ? code_span(title) : cell(title); }

std::pair<std::string, std::string> titles(const Change& change, bool code_span) {
    std::string before;
    std::string after;
    const auto add = [&](std::string_view label, const std::string& old_title, const std::string& new_title) {
        if (!before.empty()) {
            before += "<br>";
            after += "<br>";
        }
        before += fmt::format("{}: {}", label, shown(old_title, code_span));
        after += fmt::format("{}: {}", label, shown(new_title, code_span));
    };
    if (change.long_changed) add("long", change.before->long_title, change.after->long_title);
    if (change.short_changed) add("short", change.before->short_title, change.after->short_title);
    return {before, after};
}

std::pair<std::string, std::string> attributes(const Change& change) {
    std::string before;
    std::string after;
    for (const AttributeChange& a : change.attribute_changes) {
        if (!before.empty()) {
            before += "<br>";
            after += "<br>";
        }
        before += cell(a.name + ": " + a.before.value_or("(none)"));
        after += cell(a.name + ": " + a.after.value_or("(none)"));
    }
    return {before, after};
}

std::string state(const std::optional<CodeRecord>& record) {
    if (!record) return "";
    return record->billable ? "billable" : "header";
}

struct Row {
    std::string title;
    std::string before;
    std::string after;
};

Row row(const Change& change, const CodeSystem& system, const std::vector<std::string>* replaced_by) {
    const CodeRecord& current = change.after ? *change.after : *change.before;
    Row row{cell(current.long_title), state(change.before), state(change.after)};
    switch (change.kind) {
        case ChangeKind::added:
        case ChangeKind::header_added:
        case ChangeKind::header_deleted:
            break;
        case ChangeKind::deleted:
            row.title = cell(change.before->long_title);
            if (!change.expanded_into.empty()) {
                row.after += "; expanded into ";
                for (std::size_t i = 0; i < change.expanded_into.size(); ++i)
                    row.after += (i ? ", " : "") + system.display(change.expanded_into[i]);
            }
            break;
        case ChangeKind::revised:
        case ChangeKind::header_revised:
        case ChangeKind::whitespace: {
            auto [before, after] = titles(change, change.kind == ChangeKind::whitespace);
            if (!change.attribute_changes.empty()) {
                auto [attributes_before, attributes_after] = attributes(change);
                before += (before.empty() ? "" : "<br>") + attributes_before;
                after += (after.empty() ? "" : "<br>") + attributes_after;
            }
            row.before = std::move(before);
            row.after = std::move(after);
            break;
        }
        case ChangeKind::attributes:
            std::tie(row.before, row.after) = attributes(change);
            break;
    }
    if (replaced_by) {
        row.after += "; replaced by ";
        for (std::size_t i = 0; i < replaced_by->size(); ++i) row.after += (i ? ", " : "") + system.display((*replaced_by)[i]);
    }
    return row;
}

// The notes added and removed, on chapters and sections first, then on codes.
void write_markdown_notes(std::ostream& out, const ChangeSet& changes, const CodeSystem& system) {
    if (chapter_counts(changes, system).empty() && changes.division_changes.empty()) return;
    const std::vector<NoteChange> notes = note_changes(changes, system);
    if (notes.empty()) return;
    out << "\n## Notes and hierarchy (" << notes.size() << ")\n\n| where | note | added | removed |\n|---|---|---|---|\n";
    const auto joined = [](const std::vector<std::string>& texts) {
        std::string text;
        for (const std::string& item : texts) text += (text.empty() ? "" : "<br>") + cell(item);
        return text;
    };
    for (const NoteChange& note : notes)
        out << "| " << cell(note_place(note, system)) << " | " << cell(note.kind) << " | " << joined(note.added)
            << " | " << joined(note.removed) << " |\n";
}

// The Alphabetic Index: each file's counts, then one table of its changes, terms by their path.
void write_markdown_index(std::ostream& out, const ChangeSet& changes) {
    if (changes.index_files.empty()) return;
    out << "\n## Alphabetic Index (" << changes.index_changes.size() << ")\n\n| index | changes |\n|---|---|\n";
    for (const IndexFileComparison& file : changes.index_files)
        out << "| " << cell(index_title(file.file)) << " | " << cell(index_file_counts(file)) << " |\n";
    if (changes.index_changes.empty()) return;
    out << "\n| index | term | change | before | after |\n|---|---|---|---|---|\n";
    for (const IndexChange& change : changes.index_changes) {
        const std::string what = index_change_what(change);
        out << "| " << cell(index_title(change.file)) << " | " << cell(index_path_text(change.path)) << " | "
            << cell(what) << " | " << cell(change.before.value_or("")) << " | " << cell(change.after.value_or(""))
            << " |\n";
    }
}

void write_markdown_change_set(std::ostream& out, const ChangeSetContent& content) {
    const ChangeSet& changes = content.changes;
    const CodeSystem& system = *content.system;
    const DiffSummary& s = changes.summary;
    out << "# " << changes.system << ' ' << changes.from << " → " << changes.to << "\n\n";
    if (!content.scope.empty()) out << "Only " << cell(content.scope) << ".\n\n";
    if (const std::string statement = companion_statement(changes, system); !statement.empty())
        out << "> " << cell(statement) << "\n\n";
    if (const std::string statement = index_statement(changes); !statement.empty())
        out << "> " << cell(statement) << "\n\n";
    out << "| change | count |\n|---|---:|\n";
    for (const DiffCount& count : diff_counts(s)) out << "| " << count.label << " | " << count.value << " |\n";
    if (const std::vector<ChapterCounts> chapters = chapter_counts(changes, system); !chapters.empty()) {
        out << "\n## By chapter\n\n| chapter | added | deleted | revised | notes | title |\n|---:|---:|---:|---:|---:|---|\n";
        for (const ChapterCounts& c : chapters)
            out << "| " << c.chapter << " | " << c.added << " | " << c.deleted << " | " << c.revised << " | " << c.notes
                << " | " << cell(c.title) << " |\n";
    }
    write_markdown_notes(out, changes, system);
    write_markdown_index(out, changes);
    if (changes.empty()) {
        out << "\nNo changes.\n";
        return;
    }

    const std::array<std::pair<ChangeKind, std::string_view>, 8> sections = {{
        {ChangeKind::added, "Added"},
        {ChangeKind::deleted, "Deleted"},
        {ChangeKind::revised, "Revised"},
        {ChangeKind::whitespace, "White space only"},
        {ChangeKind::header_added, "Header rows added"},
        {ChangeKind::header_deleted, "Header rows deleted"},
        {ChangeKind::header_revised, "Header rows revised"},
        {ChangeKind::attributes, "Attributes"},
    }};
    for (const auto& [kind, title] : sections) {
        std::size_t count = 0;
        for (const Change& change : changes.changes) count += change.kind == kind;
        if (count == 0) continue;
        out << "\n## " << title << " (" << count << ")\n\n| code | title | before | after |\n|---|---|---|---|\n";
        for (const Change& change : changes.changes) {
            if (change.kind != kind) continue;
            const auto replaced = content.replaced_by.find(change.code);
            const Row r = row(change, system, replaced == content.replaced_by.end() ? nullptr : &replaced->second);
            out << "| " << cell(system.display(change.code)) << " | " << r.title << " | " << r.before << " | "
                << r.after << " |\n";
        }
    }
}

}  // namespace

const Writer& markdown_writer() {
    static const Writer writer{.name = "markdown",
                               .extension = "md",
                               .aliases = {"md"},
                               .change_set = write_markdown_change_set,
                               .summary = write_markdown_summary};
    return writer;
}

}  // namespace codeset::detail
