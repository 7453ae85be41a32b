// The HTML change report: one self-contained page for people (an HIM manager's handout, an
// educator's chapter list). A header with both releases and the summary counts (the JSON
// summary's), a chart of the changes per chapter, then one foldable part per chapter: added,
// deleted (with what they were expanded into or replaced by), revised (the words that changed
// marked), header rows, notes, attributes by field; then the Alphabetic Index's changes, one table
// per index file. Every value is escaped.
#include "export/chapter_groups.hpp"
#include "export/content_writers.hpp"
#include "export/diff_counts.hpp"
#include "export/html_escape.hpp"
#include "export/html_page.hpp"
#include "export/index_report.hpp"
#include "export/svg_chart.hpp"
#include "export/tabular_summary.hpp"
#include "export/word_diff.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace codeset::detail {

namespace {

using Changes = std::vector<const Change*>;

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// The words a filter finds a row by: its code in both spellings and the row's text.
std::string row_open(const CodeSystem& system, const std::string& code, const std::string& words) {
    return "<tr class=\"row\" data-text=\"" +
           html_escape(lower(system.display(code) + ' ' + code + ' ' + words)) + "\">";
}

std::string code_cell(const CodeSystem& system, const std::string& code) {
    return "<td class=\"code\">" + html_escape(system.display(code)) + "</td>";
}

std::string codes_text(const CodeSystem& system, const std::vector<std::string>& codes) {
    std::string text;
    for (const std::string& code : codes) text += (text.empty() ? "" : ", ") + system.display(code);
    return text;
}

// The old title with the removed words struck, the new one with the added words marked.
std::string marked(std::string_view before, std::string_view after) {
    std::string html;
    for (const WordPiece& piece : word_diff(before, after)) {
        const std::string text = html_escape(piece.text);
        if (piece.edit == WordEdit::same) html += text;
        if (piece.edit == WordEdit::removed) html += "<del>" + text + "</del>";
        if (piece.edit == WordEdit::added) html += "<ins>" + text + "</ins>";
    }
    return html;
}

// A value as people read it: a list's items one per line, anything else as it is.
std::string value_html(const CodeSystem& system, const std::string& name, const std::optional<std::string>& value) {
    if (!value) return "<em>(none)</em>";
    const AttributeSpec* spec = system.attribute(name);
    if (!spec || spec->type != AttributeType::list) return html_escape(*value);
    std::string html;
    for (const std::string& item : decode_list(*value)) html += (html.empty() ? "" : "<br>") + html_escape(item);
    return html;
}

std::string field_label(const CodeSystem& system, const std::string& name) {
    const AttributeSpec* spec = system.attribute(name);
    return spec ? std::string(spec->label) : name;
}

class Page {
public:
    Page(std::ostream& out, const ChangeSetContent& content)
        : m_out(out), m_content(content), m_system(*content.system), m_titles(!content.descriptors_withheld) {}

    void write() {
        const ChangeSet& changes = m_content.changes;
        const std::vector<ChapterGroup> groups = group_by_chapter(changes, m_system);
        const std::string heading = std::string(m_system.title) + ": " + changes.from + " \u2192 " + changes.to;
        m_out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
              << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
              << "<meta name=\"generator\" content=\"codeset\">\n"
              << "<title>" << html_escape(heading) << "</title>\n<style>" << html_page_style << "</style>\n</head>\n<body>\n";
        write_header(heading);
        write_chart(groups);
        m_out << "<div class=\"filter\"><label>Filter by code or word <input id=\"filter\" type=\"search\" "
                 "autocomplete=\"off\" placeholder=\"code or word\"></label> <span id=\"shown\"></span></div>\n";
        if (groups.empty() && changes.index_changes.empty()) m_out << "<p id=\"no-changes\">No changes.</p>\n";
        for (const ChapterGroup& group : groups) write_chapter(group);
        write_index(changes);
        m_out << "<p class=\"generated\">Written by codeset from the releases " << html_escape(changes.from) << " and "
              << html_escape(changes.to) << " of its store.</p>\n";
        m_out << "<script>" << html_page_script << "</script>\n</body>\n</html>\n";
    }

private:
    void write_header(const std::string& heading) {
        const ChangeSet& changes = m_content.changes;
        m_out << "<header>\n<h1>" << html_escape(heading) << "</h1>\n<p class=\"releases\">"
              << html_escape(changes.from) << " in force from <time>" << m_content.from_effective.to_string()
              << "</time>; " << html_escape(changes.to) << " in force from <time>" << m_content.to_effective.to_string()
              << "</time></p>\n";
        if (!m_content.scope.empty())
            m_out << "<p class=\"scope\">Only " << html_escape(m_content.scope) << "</p>\n";
        if (m_content.descriptors_withheld)
            m_out << "<p class=\"notice\" id=\"licence\">" << html_escape(m_system.licence.notice) << "</p>\n";
        if (const std::string statement = companion_statement(changes, m_system); !statement.empty())
            m_out << "<p class=\"statement\">" << html_escape(statement) << "</p>\n";
        if (const std::string statement = index_statement(changes); !statement.empty())
            m_out << "<p class=\"statement\" id=\"index-statement\">" << html_escape(statement) << "</p>\n";
        // data-count names the JSON summary's field, so a reader checks one against the other.
        m_out << "<table class=\"summary\" id=\"summary\">\n";
        for (const DiffCount& count : diff_counts(changes.summary))
            m_out << "<tr><th>" << count.label << "</th><td data-count=\"" << count.key << "\">" << count.value
                  << "</td></tr>\n";
        m_out << "</table>\n</header>\n";
    }

    static std::string anchor(const Chapter& chapter) { return "chapter-" + chapter.key; }

    static std::string heading_of(const Chapter& chapter) {
        return chapter.title.empty() ? "Codes beginning with " + chapter.key : chapter.title;
    }

    void write_chart(const std::vector<ChapterGroup>& groups) {
        const std::vector<ChartSeries> series = {
            {"Added", "added"}, {"Deleted", "deleted"}, {"Revised", "revised"}, {"Other", "other"}};
        std::vector<ChartBar> bars;
        for (const ChapterGroup& group : groups) {
            std::array<std::uint64_t, 4> values{};
            for (const Change* change : group.changes) {
                if (change->kind == ChangeKind::added) ++values[0];
                else if (change->kind == ChangeKind::deleted) ++values[1];
                else if (change->kind == ChangeKind::revised) ++values[2];
                else ++values[3];
            }
            values[3] += group.notes.size();
            bars.push_back({group.chapter.key, group.chapter.title, anchor(group.chapter),
                            {values.begin(), values.end()}});
        }
        const std::string svg = svg_bar_chart(series, bars);
        if (svg.empty()) return;
        m_out << "<section id=\"chart\">\n<h2>Changes per chapter</h2>\n<p class=\"generated\">Other: white space, "
                 "header rows, notes and attributes.</p>\n"
              << svg << "</section>\n";
    }

    void write_chapter(const ChapterGroup& group) {
        std::array<Changes, 5> parts;  // added, deleted, revised and white space, headers, attributes
        for (const Change* change : group.changes) {
            switch (change->kind) {
                case ChangeKind::added: parts[0].push_back(change); break;
                case ChangeKind::deleted: parts[1].push_back(change); break;
                case ChangeKind::revised:
                case ChangeKind::whitespace: parts[2].push_back(change); break;
                case ChangeKind::header_added:
                case ChangeKind::header_deleted:
                case ChangeKind::header_revised: parts[3].push_back(change); break;
                case ChangeKind::attributes: break;
            }
            if (std::any_of(change->attribute_changes.begin(), change->attribute_changes.end(),
                            [&](const AttributeChange& a) { return !is_note_or_parent(m_system, a.name); }))
                parts[4].push_back(change);
        }
        std::string counts;
        const auto count = [&](std::size_t n, std::string_view what) {
            if (n) counts += (counts.empty() ? "" : ", ") + fmt::format("{} {}", n, what);
        };
        count(parts[0].size(), "added");
        count(parts[1].size(), "deleted");
        count(parts[2].size(), "revised");
        count(parts[3].size(), "header rows");
        count(group.notes.size(), "notes");
        count(parts[4].size(), "attributes");
        m_out << "<details class=\"chapter\" open id=\"" << html_escape(anchor(group.chapter)) << "\">\n<summary><span class=\"key\">"
              << html_escape(group.chapter.key) << "</span> " << html_escape(heading_of(group.chapter))
              << "<span class=\"counts\">" << counts << "</span></summary>\n";
        write_added(parts[0]);
        write_deleted(parts[1]);
        write_revised(parts[2]);
        write_headers(parts[3]);
        write_notes(group.notes);
        write_attributes(parts[4]);
        m_out << "</details>\n";
    }

    void table_open(std::string_view kind, std::string_view heading, std::size_t n, std::string_view columns) {
        m_out << "<h3>" << heading << " (" << n << ")</h3>\n<table class=\"changes " << kind << "\">\n<thead><tr>"
              << columns << "</tr></thead>\n<tbody>\n";
    }
    void table_close() { m_out << "</tbody>\n</table>\n"; }

    std::string title_cell(const std::string& title) { return m_titles ? "<td>" + html_escape(title) + "</td>" : ""; }
    std::string title_header() const { return m_titles ? "<th>Title</th>" : ""; }

    void write_added(const Changes& added) {
        if (added.empty()) return;
        table_open("added", "Added", added.size(), "<th>Code</th>" + title_header());
        for (const Change* change : added)
            m_out << row_open(m_system, change->code, change->after->long_title) << code_cell(m_system, change->code)
                  << title_cell(change->after->long_title) << "</tr>\n";
        table_close();
    }

    void write_deleted(const Changes& deleted) {
        if (deleted.empty()) return;
        table_open("deleted", "Deleted", deleted.size(), "<th>Code</th>" + title_header() + "<th>Now</th>");
        for (const Change* change : deleted) {
            std::string now;
            if (!change->expanded_into.empty())
                now = "expanded into " + codes_text(m_system, change->expanded_into);
            else
                now = change->after ? "a header row" : "no longer in the release";
            if (const auto replaced = m_content.replaced_by.find(change->code); replaced != m_content.replaced_by.end())
                now += "; replaced by " + codes_text(m_system, replaced->second);
            m_out << row_open(m_system, change->code, change->before->long_title + ' ' + now)
                  << code_cell(m_system, change->code) << title_cell(change->before->long_title) << "<td>"
                  << html_escape(now) << "</td></tr>\n";
        }
        table_close();
    }

    // Each title that changed, with its words marked; white space only changes are shown as code.
    std::string title_changes(const Change& change) {
        if (!m_titles) {
            std::string what;
            if (change.long_changed) what = "long title";
            if (change.short_changed) what += what.empty() ? "short title" : " and short title";
            return html_escape(what + " changed");
        }
        std::string html;
        const auto add = [&](std::string_view label, const std::string& before, const std::string& after) {
            if (!html.empty()) html += "<br>";
            html += "<span class=\"which\">" + std::string(label) + ":</span> ";
            if (change.kind == ChangeKind::whitespace)
                html += "<span class=\"ws\"><del>" + html_escape(before) + "</del><br><ins>" + html_escape(after) + "</ins></span>";
            else
                html += marked(before, after);
        };
        if (change.long_changed) add("long", change.before->long_title, change.after->long_title);
        if (change.short_changed) add("short", change.before->short_title, change.after->short_title);
        return html;
    }

    std::string words_of(const Change& change) const {
        std::string words;
        for (const auto* record : {&change.before, &change.after})
            if (*record) words += (*record)->long_title + ' ' + (*record)->short_title + ' ';
        return words;
    }

    void write_revised(const Changes& revised) {
        if (revised.empty()) return;
        table_open("revised", "Revised", revised.size(), "<th>Code</th><th>What changed</th>");
        for (const Change* change : revised)
            m_out << row_open(m_system, change->code, words_of(*change)) << code_cell(m_system, change->code) << "<td>"
                  << (change->kind == ChangeKind::whitespace ? "<span class=\"which\">white space only</span><br>" : "")
                  << title_changes(*change) << "</td></tr>\n";
        table_close();
    }

    void write_headers(const Changes& headers) {
        if (headers.empty()) return;
        table_open("headers", "Header rows", headers.size(), "<th>Code</th><th>Change</th>" + title_header());
        for (const Change* change : headers) {
            const std::string_view what = change->kind == ChangeKind::header_added     ? "added"
                                          : change->kind == ChangeKind::header_deleted ? "deleted"
                                                                                       : "revised";
            const CodeRecord& record = change->after ? *change->after : *change->before;
            m_out << row_open(m_system, change->code, std::string(what) + ' ' + words_of(*change))
                  << code_cell(m_system, change->code) << "<td>" << what << "</td>";
            if (m_titles)
                m_out << "<td>"
                      << (change->kind == ChangeKind::header_revised ? title_changes(*change) : html_escape(record.long_title))
                      << "</td>";
            m_out << "</tr>\n";
        }
        table_close();
    }

    void write_notes(const std::vector<NoteChange>& notes) {
        if (notes.empty()) return;
        table_open("notes", "Notes and hierarchy", notes.size(), "<th>Where</th><th>Note</th><th>Added</th><th>Removed</th>");
        const auto items = [](const std::vector<std::string>& texts) {
            std::string html;
            for (const std::string& text : texts) html += (html.empty() ? "" : "<br>") + html_escape(text);
            return html;
        };
        for (const NoteChange& note : notes) {
            std::string words = field_label(m_system, note.kind);
            for (const auto* texts : {&note.added, &note.removed})
                for (const std::string& text : *texts) words += ' ' + text;
            const std::string place = note_place(note, m_system);
            m_out << "<tr class=\"row\" data-text=\"" << html_escape(lower(place + ' ' + note.code + ' ' + words)) << "\">"
                  << "<td class=\"code\">" << html_escape(place) << "</td><td>" << html_escape(field_label(m_system, note.kind))
                  << "</td><td>" << items(note.added) << "</td><td>" << items(note.removed) << "</td></tr>\n";
        }
        table_close();
    }

    // The Alphabetic Index: one foldable part, a table per index file, terms by their path.
    void write_index(const ChangeSet& changes) {
        if (changes.index_files.empty()) return;
        m_out << "<details class=\"chapter\" open id=\"index\">\n<summary>Alphabetic Index<span class=\"counts\">"
              << changes.index_changes.size() << " changes</span></summary>\n";
        for (const IndexFileComparison& file : changes.index_files) {
            const IndexChangeCounts& counts = file.counts;
            if (!file.missing_in.empty() || counts.total() == 0) {
                m_out << "<h3>" << html_escape(index_title(file.file)) << "</h3>\n<p>" << html_escape(index_file_counts(file))
                      << "</p>\n";
                continue;
            }
            table_open("index", html_escape(index_title(file.file)), counts.total(),
                       "<th>Term</th><th>Change</th><th>Before</th><th>After</th>");
            for (const IndexChange& change : changes.index_changes) {
                if (change.file != file.file) continue;
                const std::string path = index_path_text(change.path);
                const std::string what = index_change_what(change);
                const std::string before = change.before.value_or("");
                const std::string after = change.after.value_or("");
                m_out << "<tr class=\"row\" data-text=\"" << html_escape(lower(path + ' ' + what + ' ' + before + ' ' + after))
                      << "\"><td>" << html_escape(path) << "</td><td>" << html_escape(what) << "</td><td>"
                      << html_escape(before) << "</td><td>" << html_escape(after) << "</td></tr>\n";
            }
            table_close();
        }
        m_out << "</details>\n";
    }

    // One row per field that changed (notes and parents are in the notes table).
    void write_attributes(const Changes& changed) {
        std::size_t n = 0;
        for (const Change* change : changed)
            for (const AttributeChange& a : change->attribute_changes) n += !is_note_or_parent(m_system, a.name);
        if (n == 0) return;
        table_open("attributes", "Attributes", n, "<th>Code</th><th>Field</th><th>Before</th><th>After</th>");
        for (const Change* change : changed)
            for (const AttributeChange& a : change->attribute_changes) {
                if (is_note_or_parent(m_system, a.name)) continue;
                const std::string label = field_label(m_system, a.name);
                m_out << row_open(m_system, change->code, label + ' ' + a.before.value_or("") + ' ' + a.after.value_or(""))
                      << code_cell(m_system, change->code) << "<td>" << html_escape(label) << "</td><td>"
                      << value_html(m_system, a.name, a.before) << "</td><td>" << value_html(m_system, a.name, a.after)
                      << "</td></tr>\n";
            }
        table_close();
    }

    std::ostream& m_out;
    const ChangeSetContent& m_content;
    const CodeSystem& m_system;
    bool m_titles;
};

}  // namespace

void write_html_change_set(std::ostream& out, const ChangeSetContent& content) { Page(out, content).write(); }

}  // namespace codeset::detail
