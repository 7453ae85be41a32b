// The Excel change report: what HIM managers circulate in October, one workbook with a Summary
// sheet and one sheet per kind of change (Added, Deleted, Revised, Expanded, Headers, Notes,
// Attributes, and Index when either release has the Alphabetic Index), each with a frozen header row, an autofilter and a Chapter column to filter by.
// Codes are written as people write them and stored as text. libxlsxwriter writes to a file, so
// the workbook is made under a temporary name and then copied to the output stream.
#include "export/chapter_groups.hpp"
#include "export/content_writers.hpp"
#include "export/index_report.hpp"
#include "export/tabular_summary.hpp"
#include "xlsx/workbook_writer.hpp"

#include "codeset/core/error.hpp"

#include <cstdlib>
#include <fstream>
#include <ostream>
#include <unistd.h>

namespace codeset::detail {

namespace {

// A file of its own in the temporary folder, removed when done with.
class TemporaryFile {
public:
    TemporaryFile() {
        std::string pattern = (std::filesystem::temp_directory_path() / "codeset-XXXXXX.xlsx").string();
        const int fd = mkstemps(pattern.data(), 5);
        if (fd < 0) throw Error(ErrorCode::io, pattern + ": cannot make a temporary file for the workbook");
        ::close(fd);
        m_path = pattern;
    }
    ~TemporaryFile() {
        std::error_code ignored;
        std::filesystem::remove(m_path, ignored);
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

std::string code_list(const CodeSystem& system, const std::vector<std::string>& codes) {
    std::string text;
    for (const std::string& code : codes) text += (text.empty() ? "" : " ") + system.display(code);
    return text;
}

std::string_view short_title(const std::optional<CodeRecord>& record) {
    return record ? std::string_view(record->short_title) : std::string_view();
}
std::string_view long_title(const std::optional<CodeRecord>& record) {
    return record ? std::string_view(record->long_title) : std::string_view();
}

std::string release_text(const std::string& label, Date effective) {
    return effective.year == 0 ? label : label + " (in force from " + effective.to_string() + ")";
}

class ChangeWorkbook {
public:
    ChangeWorkbook(const ChangeSetContent& content, const std::filesystem::path& file)
        : m_content(content), m_changes(content.changes), m_system(*content.system), m_book(file) {}

    void write() {
        summary();
        added();
        deleted();
        revised();
        expanded();
        headers();
        notes();
        attributes();
        index();
        m_book.close();
    }

private:
    // "4 Endocrine, nutritional and metabolic diseases (E00-E89)", or the key alone.
    std::string chapter(const Change& change) const {
        const Chapter found = chapter_of_change(change, m_changes, m_system);
        return found.title.empty() ? found.key : found.key + " " + found.title;
    }
    std::string code(const std::string& stored) const { return m_system.display(stored); }

    void summary() {
        auto& sheet = m_book.add_sheet("Summary", {{"Item", 34}, {"Value", 90}});
        const DiffSummary& s = m_changes.summary;
        sheet.add_row({"Code system", m_changes.system});
        sheet.add_row({"From", release_text(m_changes.from, m_content.from_effective)});
        sheet.add_row({"To", release_text(m_changes.to, m_content.to_effective)});
        if (!m_content.scope.empty()) sheet.add_row({"Only", m_content.scope});
        sheet.add_row({"Added", s.added});
        sheet.add_row({"Deleted", s.deleted});
        sheet.add_row({"Revised", s.revised});
        sheet.add_row({"Revised: long title", s.revised_long});
        sheet.add_row({"Revised: short title", s.revised_short});
        sheet.add_row({"Expanded into subcodes", s.expanded});
        sheet.add_row({"Title changed in white space only", s.whitespace_only});
        sheet.add_row({"Headers added", s.headers.added});
        sheet.add_row({"Headers deleted", s.headers.deleted});
        sheet.add_row({"Headers revised", s.headers.revised});
        sheet.add_row({"Attributes changed", s.attributes});
        sheet.add_row({"Note changes", static_cast<std::uint64_t>(note_changes(m_changes, m_system).size())});
        if (const std::string statement = companion_statement(m_changes, m_system); !statement.empty())
            sheet.add_row({"Not compared", statement});
        if (const std::string statement = index_statement(m_changes); !statement.empty())
            sheet.add_row({"Alphabetic Index", statement});
        for (const IndexFileComparison& file : m_changes.index_files)
            sheet.add_row({std::string(index_title(file.file)), index_file_counts(file)});
        if (m_content.descriptors_withheld) sheet.add_row({"Licence", m_system.licence.notice});
    }

    void added() {
        auto& sheet = m_book.add_sheet("Added", {{"Code", 10}, {"Chapter", 40}, {"Short title", 40}, {"Long title", 80}});
        for (const Change& change : m_changes.changes)
            if (change.kind == ChangeKind::added)
                sheet.add_row({code(change.code), chapter(change), short_title(change.after), long_title(change.after)});
    }

    void deleted() {
        auto& sheet = m_book.add_sheet("Deleted", {{"Code", 10}, {"Chapter", 40}, {"Short title", 40},
                                                    {"Long title", 80}, {"Expanded into", 30}, {"Replaced by", 20}});
        for (const Change& change : m_changes.changes) {
            if (change.kind != ChangeKind::deleted) continue;
            const auto replaced = m_content.replaced_by.find(change.code);
            sheet.add_row({code(change.code), chapter(change), short_title(change.before), long_title(change.before),
                           code_list(m_system, change.expanded_into),
                           replaced == m_content.replaced_by.end() ? "" : code_list(m_system, replaced->second)});
        }
    }

    void revised() {
        auto& sheet = m_book.add_sheet("Revised", {{"Code", 10}, {"Chapter", 40}, {"Changed", 12},
                                                    {"Long title before", 70}, {"Long title after", 70},
                                                    {"Short title before", 35}, {"Short title after", 35}});
        for (const Change& change : m_changes.changes) {
            if (change.kind != ChangeKind::revised) continue;
            const char* changed = change.long_changed && change.short_changed ? "both" : change.long_changed ? "long" : "short";
            sheet.add_row({code(change.code), chapter(change), changed, long_title(change.before),
                           long_title(change.after), short_title(change.before), short_title(change.after)});
        }
    }

    void expanded() {
        auto& sheet = m_book.add_sheet("Expanded", {{"Code", 10}, {"Chapter", 40}, {"Long title", 70},
                                                     {"Subcodes", 10}, {"New codes", 60}});
        for (const Change& change : m_changes.changes)
            if (change.kind == ChangeKind::deleted && !change.expanded_into.empty())
                sheet.add_row({code(change.code), chapter(change), long_title(change.before),
                               static_cast<std::uint64_t>(change.expanded_into.size()),
                               code_list(m_system, change.expanded_into)});
    }

    void headers() {
        auto& sheet = m_book.add_sheet("Headers", {{"Code", 10}, {"Chapter", 40}, {"Change", 10},
                                                    {"Title before", 70}, {"Title after", 70}});
        for (const Change& change : m_changes.changes) {
            const char* kind = change.kind == ChangeKind::header_added     ? "added"
                               : change.kind == ChangeKind::header_deleted ? "deleted"
                               : change.kind == ChangeKind::header_revised ? "revised"
                                                                           : nullptr;
            if (kind)
                sheet.add_row({code(change.code), chapter(change), kind, long_title(change.before),
                               long_title(change.after)});
        }
    }

    void notes() {
        auto& sheet = m_book.add_sheet("Notes", {{"Where", 22}, {"Note", 20}, {"Added", 70}, {"Removed", 70}});
        const auto joined = [](const std::vector<std::string>& lines) {
            std::string text;
            for (const std::string& line : lines) text += (text.empty() ? "" : "\n") + line;
            return text;
        };
        for (const NoteChange& note : note_changes(m_changes, m_system))
            sheet.add_row({note_place(note, m_system), note.kind, joined(note.added), joined(note.removed)});
    }

    // Attribute changes by field (HCPCS pricing, coverage, dates...); notes and parents are on Notes.
    void attributes() {
        auto& sheet = m_book.add_sheet("Attributes", {{"Code", 10}, {"Chapter", 40}, {"Field", 24},
                                                       {"Before", 40}, {"After", 40}});
        for (const Change& change : m_changes.changes) {
            if (change.kind != ChangeKind::attributes) continue;
            for (const AttributeChange& field : change.attribute_changes)
                if (!is_note_or_parent(m_system, field.name))
                    sheet.add_row({code(change.code), chapter(change), field.name, field.before.value_or(""),
                                   field.after.value_or("")});
        }
    }

    // The Alphabetic Index's changes, one row each, terms by their path.
    void index() {
        if (!has_index_part(m_changes)) return;
        auto& sheet = m_book.add_sheet("Index", {{"Index", 32}, {"Term", 60}, {"Change", 30}, {"Before", 40},
                                                  {"After", 40}, {"Subterms", 10}});
        for (const IndexChange& change : m_changes.index_changes)
            sheet.add_row({std::string(index_title(change.file)), index_path_text(change.path), index_change_what(change),
                           change.before.value_or(""), change.after.value_or(""), change.subterms});
    }

    const ChangeSetContent& m_content;
    const ChangeSet& m_changes;
    const CodeSystem& m_system;
    WorkbookWriter m_book;
};

}  // namespace

void write_xlsx_change_set(std::ostream& out, const ChangeSetContent& content) {
    const TemporaryFile file;
    ChangeWorkbook(content, file.path()).write();
    std::ifstream workbook(file.path(), std::ios::binary);
    if (!(out << workbook.rdbuf()))
        throw Error(ErrorCode::io, file.path().string() + ": cannot copy the workbook to the output");
}

}  // namespace codeset::detail
