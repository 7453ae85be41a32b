// Change sets cut by code range, chapter or section (codeset/query/change_filter.hpp).
#include "codeset/query/change_filter.hpp"

#include "codeset/core/chapters.hpp"
#include "codeset/core/error.hpp"
#include "diff/change_rules.hpp"

#include <algorithm>
#include <cctype>

namespace codeset {

namespace {

// One range in stored form; a code is in it when its first characters (as many as the bound has)
// lie between the bounds: `A00-B99` holds A00.0 and B99.9, `E11` every code under E11.
struct CodeRange {
    std::string first, last;
    bool holds(std::string_view code) const {
        return code.substr(0, first.size()) >= first && code.substr(0, last.size()) <= last;
    }
};

std::string trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    return std::string(text);
}

std::vector<CodeRange> parse_ranges(const CodeSystem& system, std::string_view text, std::string_view option) {
    std::vector<CodeRange> ranges;
    while (!text.empty()) {
        const std::size_t comma = text.find(',');
        const std::string part = trimmed(text.substr(0, comma));
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
        const std::size_t dash = part.find('-');
        CodeRange range{system.normalize(part.substr(0, dash)),
                        system.normalize(dash == std::string::npos ? part : part.substr(dash + 1))};
        const bool letters = std::all_of(part.begin(), part.end(), [](unsigned char c) {
            return std::isalnum(c) || c == '.' || c == '-' || c == ' ';
        });
        if (part.empty() || range.first.empty() || range.last.empty() || !letters || range.last < range.first ||
            (dash != std::string::npos && part.find('-', dash + 1) != std::string::npos))
            throw Error(ErrorCode::usage, std::string(option) + " " + part +
                                              ": expected a code or a range of two codes, the first not after "
                                              "the second (A00-B99, E11, A00-B99,E08-E13)");
        ranges.push_back(std::move(range));
    }
    return ranges;
}

bool same_text(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
               return std::toupper(x) == std::toupper(y);
           });
}

class Cut {
public:
    Cut(const ChangeSetContent& content, const ChangeFilter& filter)
        : m_system(*content.system), m_changes(content.changes), m_filter(filter),
          m_ranges(parse_ranges(m_system, filter.ranges, "--range")) {
        // A section written as a range stands for that range where a code carries no section.
        if (filter.section.find('-') != std::string::npos)
            m_section_range = parse_ranges(m_system, filter.section, "--section");
    }

    bool keeps(const Change& change) const {
        const CodeRecord* record = change.after ? &*change.after : change.before ? &*change.before : nullptr;
        if (!m_ranges.empty() &&
            std::none_of(m_ranges.begin(), m_ranges.end(), [&](const CodeRange& r) { return r.holds(change.code); }))
            return false;
        if (!m_filter.chapter.empty() && !same_text(chapter(change, record), m_filter.chapter)) return false;
        if (!m_filter.section.empty() && !in_section(change, record)) return false;
        return true;
    }

    // A chapter's or section's own change (its title or notes) stays when that division is asked
    // for by name; a cut by range keeps codes only.
    bool keeps(const DivisionChange& change) const {
        if (!m_ranges.empty()) return false;
        if (!m_filter.section.empty()) return change.attribute == "section" && same_text(change.value, m_filter.section);
        return change.attribute == "chapter" && same_text(change.value, m_filter.chapter);
    }

private:
    std::string chapter(const Change& change, const CodeRecord* record) const {
        return chapter_of(m_system, change.code, record, m_changes.divisions).key;
    }

    bool in_section(const Change& change, const CodeRecord* record) const {
        if (record)
            if (const std::string* section = record->attribute("section")) return same_text(*section, m_filter.section);
        if (!m_section_range.empty())
            return std::any_of(m_section_range.begin(), m_section_range.end(),
                               [&](const CodeRange& r) { return r.holds(change.code); });
        return same_text(chapter(change, record), m_filter.section);  // PCS: its sections are its chapters
    }

    const CodeSystem& m_system;
    const ChangeSet& m_changes;
    const ChangeFilter& m_filter;
    std::vector<CodeRange> m_ranges;
    std::vector<CodeRange> m_section_range;
};

std::string scope_text(const ChangeFilter& filter) {
    std::string text;
    const auto add = [&](std::string_view what, const std::string& value) {
        if (!value.empty()) text += (text.empty() ? "" : ", ") + std::string(what) + " " + value;
    };
    add("codes", filter.ranges);
    add("chapter", filter.chapter);
    add("section", filter.section);
    return text;
}

}  // namespace

void apply_change_filter(ChangeSetContent& content, const ChangeFilter& filter) {
    if (filter.empty()) return;
    const Cut cut(content, filter);
    ChangeSet& changes = content.changes;
    std::erase_if(changes.changes, [&](const Change& change) { return !cut.keeps(change); });
    std::erase_if(changes.division_changes, [&](const DivisionChange& change) { return !cut.keeps(change); });
    // The replacements of codes the cut kept: looked up in the kept codes, sorted once.
    std::vector<std::string_view> kept;
    kept.reserve(changes.changes.size());
    for (const Change& change : changes.changes) kept.push_back(change.code);
    std::sort(kept.begin(), kept.end());
    std::erase_if(content.replaced_by,
                  [&](const auto& entry) { return !std::binary_search(kept.begin(), kept.end(), entry.first); });
    // Index terms are not codes of a range, chapter or section: a cut report leaves the index out.
    changes.index_changes.clear();
    changes.index_files.clear();
    changes.without_index.clear();
    changes.summary = detail::summarize(changes.changes);
    content.scope = scope_text(filter);
}

}  // namespace codeset
