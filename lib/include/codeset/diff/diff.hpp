// The diff engine. Primary-key first, as sqldiff: codes only in one release, and codes
// whose content differs. diff(a, a) is empty; diff(b, a) is the inverse of diff(a, b).
#pragma once

#include "codeset/diff/change_set.hpp"
#include "codeset/store/store.hpp"

#include <string>
#include <vector>

namespace codeset {

struct ReleaseLabel {
    std::string system;
    std::string from;
    std::string to;
};

// The pure core. `before_only` holds the records of `from` whose content does not occur in
// `to`, `after_only` those of `to` whose content does not occur in `from`; every other code
// is unchanged. Neither list needs to be sorted.
ChangeSet compare_contents(const ReleaseLabel& label, std::vector<CodeRecord> before_only,
                           std::vector<CodeRecord> after_only);

// Two whole snapshots (as read by an importer): for tests and tools without a store.
ChangeSet diff_snapshots(const ReleaseLabel& label, const std::vector<CodeRecord>& from,
                         const std::vector<CodeRecord>& to);

// Whether diff_releases compares the releases' Alphabetic Index too. Comparing two indexes
// costs as much as comparing their codes: callers that read only code changes skip it.
enum class IndexComparison { include, skip };

// Two releases in a store. Loads only the contents that differ.
ChangeSet diff_releases(const Store& store, const ReleaseRecord& from, const ReleaseRecord& to,
                        IndexComparison index = IndexComparison::include);

// True when two titles differ only in white space (runs of blanks, leading/trailing blanks).
bool same_but_whitespace(std::string_view a, std::string_view b);

}  // namespace codeset
