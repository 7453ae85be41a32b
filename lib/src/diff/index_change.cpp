// The plain helpers of index changes (codeset/diff/index_changes.hpp).
#include "codeset/diff/index_changes.hpp"

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

bool index_change_less(const IndexChange& a, const IndexChange& b) {
    return std::tie(a.file, a.path, a.kind, a.field) < std::tie(b.file, b.path, b.kind, b.field);
}

}  // namespace codeset
