// What changed in the Alphabetic Index between two releases: terms added or removed, a term's
// code, reference or nonessential modifiers changed, a table cell changed. Terms are named by
// their path of titles ("Attack, attacks > heart"), as a coder reads them. Index changes are
// not code changes: the counts of DiffSummary (and so summary and verify) never include them.
#pragma once

#include "codeset/core/alphabetic_index.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeset {

enum class IndexChangeKind {
    added,      // a term (with its subterms) only `to` has
    removed,    // a term (with its subterms) only `from` has
    code,       // its code or manifestation code
    reference,  // see, see also, see category, see subcategory
    modifiers,  // its nonessential modifiers
    cell,       // a column of a table row (Neoplasm, Drugs)
};
// "added", "removed", "code", "reference", "modifiers", "cell": kept in JSON, CSV and the schema.
std::string_view to_string(IndexChangeKind kind) noexcept;

struct IndexChange {
    IndexKind file = IndexKind::diseases;
    std::vector<std::string> path;  // titles from the main term down: {"Attack, attacks", "heart"}
    IndexChangeKind kind = IndexChangeKind::added;
    // code: "code" or "manifestation"; reference: "see", "see_also", "see_category",
    // "subcategory"; modifiers: "nonessential"; cell: the column's heading; added, removed: empty.
    std::string field;
    // The value on each side, absent where the side has none. For a term added or removed: what
    // the term gives on its side ("I21.3", "see Infarct, myocardium"), absent when it gives nothing.
    std::optional<std::string> before;
    std::optional<std::string> after;
    std::uint64_t subterms = 0;  // added, removed: the subterms under it at every level
    bool operator==(const IndexChange&) const = default;
};

// How many changes of each kind.
struct IndexChangeCounts {
    std::uint64_t added = 0;
    std::uint64_t removed = 0;
    std::uint64_t code = 0;
    std::uint64_t reference = 0;
    std::uint64_t modifiers = 0;
    std::uint64_t cell = 0;
    std::uint64_t total() const { return added + removed + code + reference + modifiers + cell; }
    bool operator==(const IndexChangeCounts&) const = default;
};
IndexChangeCounts count_index_changes(const std::vector<IndexChange>& changes, std::optional<IndexKind> file = {});

// One index file as the diff saw it: compared (`missing_in` empty), or given by one release only
// (`missing_in` the version label of the other: its terms were not compared).
struct IndexFileComparison {
    IndexKind file = IndexKind::diseases;
    std::string missing_in;
    IndexChangeCounts counts;
    bool operator==(const IndexFileComparison&) const = default;
};

// "Attack, attacks > heart"; a subterm that is only a nonessential modifier shows as "(taser)".
std::string index_path_text(const std::vector<std::string>& path);

// The order changes are kept in: by file, then path (title by title, case aside, as the index
// is alphabetised), then kind, then field.
bool index_change_less(const IndexChange& a, const IndexChange& b);

}  // namespace codeset
