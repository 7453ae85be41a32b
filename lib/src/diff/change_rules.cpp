#include "diff/change_rules.hpp"

#include <algorithm>
#include <string>

namespace codeset::detail {

void resolve_expansions(std::vector<Change>& changes) {
    std::vector<const std::string*> added;  // in code order, as `changes` is
    for (const Change& change : changes)
        if (change.kind == ChangeKind::added) added.push_back(&change.code);
    std::vector<std::vector<std::string>> expansions(changes.size());
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const Change& change = changes[i];
        if (change.kind != ChangeKind::deleted || !change.after || change.after->billable) continue;
        const std::string& prefix = change.code;
        auto it = std::lower_bound(added.begin(), added.end(), prefix,
                                   [](const std::string* code, const std::string& key) { return *code < key; });
        for (; it != added.end() && (*it)->starts_with(prefix); ++it)
            if (**it != prefix) expansions[i].push_back(**it);
    }
    // Assigned after the walk: `added` points into `changes`.
    for (std::size_t i = 0; i < changes.size(); ++i) changes[i].expanded_into = std::move(expansions[i]);
}

DiffSummary summarize(const std::vector<Change>& changes) {
    DiffSummary s;
    for (const Change& change : changes) {
        switch (change.kind) {
            case ChangeKind::added:
                ++s.added;
                break;
            case ChangeKind::deleted:
                ++s.deleted;
                if (!change.expanded_into.empty()) ++s.expanded;
                break;
            case ChangeKind::revised:
                ++s.revised;
                if (change.long_changed) ++s.revised_long;
                if (change.short_changed) ++s.revised_short;
                break;
            case ChangeKind::whitespace:
                ++s.whitespace_only;
                break;
            case ChangeKind::header_added:
                ++s.headers.added;
                break;
            case ChangeKind::header_deleted:
                ++s.headers.deleted;
                break;
            case ChangeKind::header_revised:
                ++s.headers.revised;
                break;
            case ChangeKind::attributes:
                ++s.attributes;
                break;
        }
    }
    return s;
}

}  // namespace codeset::detail
