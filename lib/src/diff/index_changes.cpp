#include "diff/index_changes.hpp"

#include "diff/index_tree_diff.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <map>
#include <unordered_map>

namespace codeset::detail {

namespace {

constexpr std::array<IndexKind, 4> index_kinds = {IndexKind::diseases, IndexKind::external_causes,
                                                  IndexKind::neoplasms, IndexKind::drugs};

const Store::IndexFile* file_of(const std::vector<Store::IndexFile>& files, IndexKind kind) {
    for (const Store::IndexFile& file : files)
        if (file.heading.kind == kind) return &file;
    return nullptr;
}

// The ids of `members` that `other` lacks, in file order; an id listed twice (two main terms of
// the same content) counts twice.
std::vector<ContentId> only_in(const std::vector<ContentId>& members, const std::vector<ContentId>& other) {
    std::unordered_map<ContentId, std::ptrdiff_t> left;
    for (const ContentId id : members) ++left[id];
    for (const ContentId id : other)
        if (const auto found = left.find(id); found != left.end()) --found->second;
    std::vector<ContentId> only;
    for (const ContentId id : members)
        if (auto& count = left[id]; count > 0) {
            only.push_back(id);
            --count;
        }
    return only;
}

// A table's column headings: the newer file's, then any the older file alone names.
std::vector<IndexCell> columns_of(const IndexHeading& from, const IndexHeading& to) {
    std::vector<IndexCell> columns = to.columns;
    for (const IndexCell& column : from.columns)
        if (std::none_of(columns.begin(), columns.end(), [&](const IndexCell& c) { return c.column == column.column; }))
            columns.push_back(column);
    return columns;
}

void compare_file(const Store& store, const Store::IndexFile& from, const Store::IndexFile& to,
                  std::vector<IndexChange>& out) {
    const std::vector<IndexMainTerm> before = store.index_terms(only_in(from.members, to.members));
    const std::vector<IndexMainTerm> after = store.index_terms(only_in(to.members, from.members));
    // Main terms of the same title are the same entry, changed: matched in file order.
    std::map<std::string_view, std::pair<std::vector<const IndexTerm*>, std::vector<const IndexTerm*>>> by_title;
    for (const IndexMainTerm& main : before) by_title[main.term.title].first.push_back(&main.term);
    for (const IndexMainTerm& main : after) by_title[main.term.title].second.push_back(&main.term);
    const std::vector<IndexCell> columns = columns_of(from.heading, to.heading);
    const IndexKind kind = to.heading.kind;
    for (const auto& [title, sides] : by_title) {
        const auto& [a, b] = sides;
        for (std::size_t i = 0; i < std::max(a.size(), b.size()); ++i)
            compare_index_terms(kind, i < a.size() ? a[i] : nullptr, i < b.size() ? b[i] : nullptr, columns, out);
    }
}

}  // namespace

void compare_indexes(const Store& store, const ReleaseRecord& from, const ReleaseRecord& to, ChangeSet& result) {
    const std::vector<Store::IndexFile> a = store.index_files(from);
    const std::vector<Store::IndexFile> b = store.index_files(to);
    if (a.empty() && b.empty()) return;
    if (a.empty() || b.empty()) {
        result.without_index = a.empty() ? from.info.version : to.info.version;
        return;
    }
    for (const IndexKind kind : index_kinds) {
        const Store::IndexFile* before = file_of(a, kind);
        const Store::IndexFile* after = file_of(b, kind);
        if (!before && !after) continue;
        if (!before || !after) {
            result.index_files.push_back({kind, before ? to.info.version : from.info.version, {}});
            continue;
        }
        compare_file(store, *before, *after, result.index_changes);
        result.index_files.push_back({kind, {}, {}});
    }
    std::sort(result.index_changes.begin(), result.index_changes.end(), index_change_less);
    for (IndexFileComparison& file : result.index_files)
        if (file.missing_in.empty()) file.counts = count_index_changes(result.index_changes, file.file);
}

}  // namespace codeset::detail
