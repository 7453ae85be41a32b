// The terminal report: what an HIM manager reads about the October release. Plain text, no
// colours: a summary, then one section per kind of change, each code on its own line.
#include "export/content_writers.hpp"
#include "export/index_report.hpp"
#include "export/tabular_summary.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

namespace codeset::detail {

namespace {

class TextReport {
public:
    TextReport(std::ostream& out, const ChangeSetContent& content)
        : m_out(out), m_changes(content.changes), m_system(*content.system), m_replaced_by(content.replaced_by),
          m_scope(content.scope) {
        const ChangeSet& changes = content.changes;
        const CodeSystem& system = *content.system;
        for (const Change& change : changes.changes) m_width = std::max(m_width, system.display(change.code).size());
    }

    void write() {
        const DiffSummary& s = m_changes.summary;
        m_out << m_changes.system << ' ' << m_changes.from << " → " << m_changes.to << '\n';
        if (!m_scope.empty()) m_out << "only " << m_scope << '\n';
        if (const std::string statement = companion_statement(m_changes, m_system); !statement.empty())
            m_out << statement << '\n';
        if (const std::string statement = index_statement(m_changes); !statement.empty()) m_out << statement << '\n';
        if (m_changes.empty()) {
            m_out << "No changes.\n";
            return;
        }
        m_out << fmt::format("added {}, deleted {}, revised {} (long {}, short {}), white space only {}, expanded {}",
                             s.added, s.deleted, s.revised, s.revised_long, s.revised_short, s.whitespace_only,
                             s.expanded);
        if (s.attributes > 0) m_out << fmt::format(", attributes {}", s.attributes);
        m_out << fmt::format("\nheader rows: added {}, deleted {}, revised {}\n", s.headers.added, s.headers.deleted,
                             s.headers.revised);
        chapters();
        notes();

        section("Added", {ChangeKind::added}, [&](const Change& c) { titled(c, *c.after); });
        section("Deleted", {ChangeKind::deleted}, [&](const Change& c) {
            titled(c, *c.before);
            if (!c.expanded_into.empty()) {
                std::string codes;
                for (const std::string& code : c.expanded_into)
                    codes += (codes.empty() ? "" : ", ") + m_system.display(code);
                m_out << indent(0) << "expanded into: " << codes << '\n';
            }
            replacements(c, indent(0));
        });
        section("Revised", {ChangeKind::revised}, [&](const Change& c) {
            m_out << "  " << code(c);
            titles(c, indent(0), false);
        });
        section("White space only", {ChangeKind::whitespace}, [&](const Change& c) {
            m_out << "  " << code(c);
            titles(c, indent(0), true);
        });
        section("Header rows", {ChangeKind::header_added, ChangeKind::header_deleted, ChangeKind::header_revised},
                [&](const Change& c) {
                    if (c.kind == ChangeKind::header_revised) {
                        m_out << "  revised  " << code(c);
                        titles(c, indent(9), false);
                    } else {
                        const bool added = c.kind == ChangeKind::header_added;
                        m_out << (added ? "  added    " : "  deleted  ") << code(c)
                              << (added ? c.after : c.before)->long_title << '\n';
                        if (!added) replacements(c, indent(9));
                    }
                });
        section("Attributes", {ChangeKind::attributes}, [&](const Change& c) {
            m_out << "  " << code(c);
            attributes(c, indent(0), true);
        });
        index();
    }

private:
    // Per chapter, when the releases carry their tabular XML: where the year's changes are.
    void chapters() {
        const std::vector<ChapterCounts> counts = chapter_counts(m_changes, m_system);
        if (counts.empty()) return;
        m_out << "\nBy chapter\n";
        for (const ChapterCounts& c : counts)
            m_out << fmt::format("  {:>2}  added {:>4}  deleted {:>4}  revised {:>4}  notes {:>4}  {}\n", c.chapter, c.added,
                                 c.deleted, c.revised, c.notes, c.title);
    }
    // Every note added or removed, on chapters and sections first, then on codes.
    void notes() {
        if (chapter_counts(m_changes, m_system).empty() && m_changes.division_changes.empty()) return;
        const std::vector<NoteChange> notes = note_changes(m_changes, m_system);
        if (notes.empty()) return;
        std::size_t width = m_width;
        for (const NoteChange& note : notes) width = std::max(width, note_place(note, m_system).size());
        m_out << "\nNotes and hierarchy (" << notes.size() << ")\n";
        for (const NoteChange& note : notes) {
            const std::string place = fmt::format("{:<{}}  ", note_place(note, m_system), width);
            for (const std::string& text : note.added) m_out << "  " << place << note.kind << " + " << text << '\n';
            for (const std::string& text : note.removed) m_out << "  " << place << note.kind << " - " << text << '\n';
        }
    }

    // The Alphabetic Index: each file's counts, then its changes, each term by its path.
    void index() {
        if (m_changes.index_files.empty()) return;
        m_out << "\nAlphabetic Index (" << m_changes.index_changes.size() << ")\n";
        for (const IndexFileComparison& file : m_changes.index_files) {
            m_out << "  " << index_title(file.file) << ": " << index_file_counts(file) << '\n';
            for (const IndexChange& change : m_changes.index_changes)
                if (change.file == file.file)
                    m_out << "    " << index_path_text(change.path) << "  " << index_change_text(change) << '\n';
        }
    }

    // The code, padded so the titles line up.
    std::string code(const Change& change) const {
        return fmt::format("{:<{}}  ", m_system.display(change.code), m_width);
    }
    std::string indent(std::size_t extra) const { return std::string(2 + extra + m_width + 2, ' '); }

    // A discontinued code's replacements, as the release that discontinued it names them.
    void replacements(const Change& change, const std::string& indent) {
        const auto found = m_replaced_by.find(change.code);
        if (found == m_replaced_by.end()) return;
        std::string codes;
        for (const std::string& code : found->second) codes += (codes.empty() ? "" : ", ") + m_system.display(code);
        m_out << indent << "replaced by: " << codes << '\n';
    }

    void titled(const Change& change, const CodeRecord& record) {
        m_out << "  " << code(change) << record.long_title << '\n';
    }

    // The changed titles, old over new. The first line continues the code's line.
    void titles(const Change& change, const std::string& indent, bool quoted) {
        bool first = true;
        const auto pair = [&](std::string_view label, const std::string& before, const std::string& after) {
            const std::string q = quoted ? "\"" : "";
            m_out << (first ? "" : indent) << fmt::format("{:<6}- ", label) << q << before << q << '\n';
            m_out << indent << "      + " << q << after << q << '\n';
            first = false;
        };
        if (change.long_changed) pair("long", change.before->long_title, change.after->long_title);
        if (change.short_changed) pair("short", change.before->short_title, change.after->short_title);
        if (first) m_out << '\n';
        attributes(change, indent, false);
    }

    void attributes(const Change& change, const std::string& indent, bool first_continues) {
        if (first_continues && change.attribute_changes.empty()) m_out << '\n';
        for (const AttributeChange& a : change.attribute_changes) {
            m_out << (first_continues ? "" : indent) << attribute_change_text(a) << '\n';
            first_continues = false;
        }
    }

    void section(std::string_view title, std::initializer_list<ChangeKind> kinds,
                 const std::function<void(const Change&)>& write_one) {
        const auto wanted = [&](const Change& c) {
            return std::find(kinds.begin(), kinds.end(), c.kind) != kinds.end();
        };
        const auto count = std::count_if(m_changes.changes.begin(), m_changes.changes.end(), wanted);
        if (count == 0) return;
        m_out << '\n' << title << " (" << count << ")\n";
        // Header rows: added, then deleted, then revised, each in code order.
        for (const ChangeKind kind : kinds)
            for (const Change& change : m_changes.changes)
                if (change.kind == kind) write_one(change);
    }

    std::ostream& m_out;
    const ChangeSet& m_changes;
    const CodeSystem& m_system;
    const std::map<std::string, std::vector<std::string>>& m_replaced_by;
    const std::string& m_scope;
    std::size_t m_width = 0;
};

}  // namespace

void write_text_change_set(std::ostream& out, const ChangeSetContent& content) {
    TextReport(out, content).write();
}

}  // namespace codeset::detail
