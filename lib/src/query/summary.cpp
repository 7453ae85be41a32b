// codeset summary: how a code set moved release by release. Each step is counted by the diff
// engine itself (diff_releases, the counts `codeset diff` reports), and the store's windows say
// which steps jump over releases the store does not hold.
#include "codeset/query/queries.hpp"

#include "codeset/core/error.hpp"
#include "codeset/diff/diff.hpp"

namespace codeset {

SummaryContent summary_of(const Store& store, const CodeSystem& system) {
    const std::vector<ReleaseRecord> releases = store.releases(system.name);
    if (releases.size() < 2)
        throw Error(ErrorCode::not_found,
                    std::string(system.name) + " has " + (releases.empty() ? "no release" : "one release, " + releases.front().info.version + ",") +
                        " in " + store.path().string() + "; a summary needs two (add one with: codeset import PATH)");
    const std::vector<ReleaseWindow> windows = store.windows(system.name);
    SummaryContent content{&system, {}};
    for (std::size_t i = 0; i + 1 < releases.size(); ++i) {
        const ReleaseRecord& older = releases[i];
        const ReleaseRecord& newer = releases[i + 1];
        // One change set at a time: only its code counts are kept (the index is not compared).
        SummaryStep step{older.info.version, newer.info.version, older.info.effective, newer.info.effective,
                         diff_releases(store, older, newer, IndexComparison::skip).summary, {}};
        if (i < windows.size()) step.missing = windows[i].missing_after;
        content.steps.push_back(std::move(step));
    }
    return content;
}

}  // namespace codeset
