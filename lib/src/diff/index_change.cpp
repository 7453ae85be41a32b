// The plain helpers of index changes (codeset/diff/index_changes.hpp).
#include "codeset/diff/index_changes.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace codeset {

std::string_view to_string(IndexChangeKind kind) noexcept {
    switch (kind) {
        case IndexChangeKind::added: return "added";
        case IndexChangeKind::removed: return "removed";
        case IndexChangeKind::code: return "code";
        case IndexChangeKind::reference: return "reference";
        case IndexChangeKind::modifiers: return "modifiers";
        case IndexChangeKind::cell: return "cell";
    }
    return "added";
}

IndexChangeCounts count_index_changes(const std::vector<IndexChange>& changes, std::optional<IndexKind> file) {
    IndexChangeCounts counts;
    for (const IndexChange& change : changes) {
        if (file && change.file != *file) continue;
        switch (change.kind) {
            case IndexChangeKind::added: ++counts.added; break;
            case IndexChangeKind::removed: ++counts.removed; break;
            case IndexChangeKind::code: ++counts.code; break;
            case IndexChangeKind::reference: ++counts.reference; break;
            case IndexChangeKind::modifiers: ++counts.modifiers; break;
            case IndexChangeKind::cell: ++counts.cell; break;
        }
    }
    return counts;
}

std::string index_path_text(const std::vector<std::string>& path) {
    std::string text;
    for (const std::string& title : path) text += (text.empty() ? "" : " > ") + title;
    return text;
}

namespace {

// Paths in the order a reader looks them up: title by title, letters compared without case
// ("Abasia", "Abnormal", "AIN"), then as written.
int compare_titles(const std::string& a, const std::string& b) {
    const std::size_t common = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < common; ++i) {
        const int x = std::tolower(static_cast<unsigned char>(a[i]));
        const int y = std::tolower(static_cast<unsigned char>(b[i]));
        if (x != y) return x < y ? -1 : 1;
    }
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

int compare_paths(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    const std::size_t common = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < common; ++i)
        if (const int order = compare_titles(a[i], b[i]); order != 0) return order;
    return a.size() == b.size() ? 0 : a.size() < b.size() ? -1 : 1;
}

}  // namespace

bool index_change_less(const IndexChange& a, const IndexChange& b) {
    if (a.file != b.file) return a.file < b.file;
    if (const int order = compare_paths(a.path, b.path); order != 0) return order < 0;
    return std::tie(a.kind, a.field) < std::tie(b.kind, b.field);
}

}  // namespace codeset
