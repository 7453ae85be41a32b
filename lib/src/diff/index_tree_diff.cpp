#include "diff/index_tree_diff.hpp"

#include <algorithm>
#include <map>
#include <string_view>

namespace codeset::detail {

namespace {

std::string column_name(const std::vector<IndexCell>& columns, int number) {
    for (const IndexCell& column : columns)
        if (column.column == number && !column.value.empty()) return column.value;
    return "column " + std::to_string(number);
}

std::uint64_t subterm_count(const IndexTerm& term) {
    std::uint64_t count = 0;
    for (const IndexTerm& subterm : term.subterms) count += 1 + subterm_count(subterm);
    return count;
}

std::optional<std::string> value(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

// Siblings by the title their path shows, each title's terms in file order.
std::map<std::string_view, std::vector<const IndexTerm*>> by_title(const std::vector<IndexTerm>& terms) {
    std::map<std::string_view, std::vector<const IndexTerm*>> titled;
    for (const IndexTerm& term : terms) titled[index_path_title(term)].push_back(&term);
    return titled;
}

class TreeDiff {
public:
    TreeDiff(IndexKind file, const std::vector<IndexCell>& columns, std::vector<IndexChange>& out)
        : m_file(file), m_columns(columns), m_out(out) {}

    void term(const IndexTerm* before, const IndexTerm* after) {
        m_path.push_back(index_path_title(before ? *before : *after));
        if (!before || !after) {
            const IndexTerm& only = before ? *before : *after;
            IndexChange& change = push(before ? IndexChangeKind::removed : IndexChangeKind::added, "");
            (before ? change.before : change.after) = value(index_term_gives(only, m_columns));
            change.subterms = subterm_count(only);
        } else {
            field(IndexChangeKind::code, "code", before->code, after->code);
            field(IndexChangeKind::code, "manifestation", before->manifestation, after->manifestation);
            field(IndexChangeKind::reference, "see", before->see, after->see);
            field(IndexChangeKind::reference, "see_also", before->see_also, after->see_also);
            field(IndexChangeKind::reference, "see_category", before->see_category, after->see_category);
            field(IndexChangeKind::reference, "subcategory", before->subcategory, after->subcategory);
            field(IndexChangeKind::modifiers, "nonessential", before->nonessential, after->nonessential);
            cells(before->cells, after->cells);
            subterms(before->subterms, after->subterms);
        }
        m_path.pop_back();
    }

private:
    IndexChange& push(IndexChangeKind kind, std::string field) {
        m_out.push_back({m_file, m_path, kind, std::move(field), std::nullopt, std::nullopt, 0});
        return m_out.back();
    }

    void field(IndexChangeKind kind, std::string_view name, const std::string& before, const std::string& after) {
        if (before == after) return;
        IndexChange& change = push(kind, std::string(name));
        change.before = value(before);
        change.after = value(after);
    }

    void cells(const std::vector<IndexCell>& before, const std::vector<IndexCell>& after) {
        if (before == after) return;
        std::map<int, std::pair<std::optional<std::string>, std::optional<std::string>>> by_column;
        for (const IndexCell& cell : before) by_column[cell.column].first = cell.value;
        for (const IndexCell& cell : after) by_column[cell.column].second = cell.value;
        for (const auto& [column, sides] : by_column) {
            if (sides.first == sides.second) continue;
            IndexChange& change = push(IndexChangeKind::cell, column_name(m_columns, column));
            change.before = sides.first;
            change.after = sides.second;
        }
    }

    void subterms(const std::vector<IndexTerm>& before, const std::vector<IndexTerm>& after) {
        if (before.empty() && after.empty()) return;
        const auto a = by_title(before);
        const auto b = by_title(after);
        for (const auto& [title, terms] : a) {
            const auto other = b.find(title);
            const std::size_t paired = other == b.end() ? 0 : std::min(terms.size(), other->second.size());
            for (std::size_t i = 0; i < terms.size(); ++i) term(terms[i], i < paired ? other->second[i] : nullptr);
            if (other != b.end())
                for (std::size_t i = paired; i < other->second.size(); ++i) term(nullptr, other->second[i]);
        }
        for (const auto& [title, terms] : b)
            if (!a.contains(title))
                for (const IndexTerm* added : terms) term(nullptr, added);
    }

    IndexKind m_file;
    const std::vector<IndexCell>& m_columns;
    std::vector<IndexChange>& m_out;
    std::vector<std::string> m_path;
};

}  // namespace

const std::string& index_path_title(const IndexTerm& term) {
    return term.title.empty() ? term.nonessential : term.title;
}

std::string index_term_gives(const IndexTerm& term, const std::vector<IndexCell>& columns) {
    std::string text;
    const auto add = [&](std::string_view prefix, const std::string& part) {
        if (!part.empty()) text += (text.empty() ? "" : "; ") + std::string(prefix) + part;
    };
    add("", term.code);
    if (!term.manifestation.empty()) text += (text.empty() ? "[" : " [") + term.manifestation + "]";
    add("see ", term.see);
    add("see also ", term.see_also);
    add("see category ", term.see_category);
    add("see subcategory ", term.subcategory);
    for (const IndexCell& cell : term.cells) add(column_name(columns, cell.column) + " ", cell.value);
    return text;
}

void compare_index_terms(IndexKind file, const IndexTerm* before, const IndexTerm* after,
                         const std::vector<IndexCell>& columns, std::vector<IndexChange>& out) {
    if (!before && !after) return;
    TreeDiff(file, columns, out).term(before, after);
}

}  // namespace codeset::detail
