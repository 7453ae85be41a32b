// The life of one code: one find_code per release of its system, in effective order. An event
// after a gap in the store carries the releases missing before it; a code in the store's first
// release is "first seen", never "introduced": the store holds nothing before it.
#include "codeset/diff/history.hpp"

#include "codeset/diff/diff.hpp"
#include "diff/like_with_like.hpp"

#include <utility>

namespace codeset {

std::vector<HistoryEntry> code_history(const Store& store, std::string_view system, std::string_view code) {
    std::vector<HistoryEntry> history;
    std::optional<CodeRecord> previous;   // the code in the previous release (absent: not there)
    std::optional<CodeRecord> last_seen;  // the code in the latest release that had it
    std::string last_seen_version;
    std::string previous_version;
    std::optional<ReleaseRecord> last_release;  // of last_seen: like is compared with like
    const CodeSystem& profile = require_code_system(system);

    // releases() orders by system, then effective date, then version, as windows() does.
    std::vector<ReleaseRecord> releases = store.releases(system);
    const std::vector<ReleaseWindow> windows = store.windows(system);
    for (std::size_t i = 0; i < releases.size(); ++i) {
        ReleaseRecord& release = releases[i];
        std::optional<CodeRecord> current = store.find_code(release, code);
        // Between a release read with its companion and one without, what the companion writes is
        // not a change of the code.
        std::optional<CodeRecord> compared = current;
        if (compared && last_release && detail::companion_differs(*last_release, release)) {
            detail::drop_companion_attributes(*compared, profile);
            if (last_seen) detail::drop_companion_attributes(*last_seen, profile);
            if (previous) detail::drop_companion_attributes(*previous, profile);
        }
        HistoryEntry entry;
        if (i > 0 && i - 1 < windows.size()) entry.missing_before = windows[i - 1].missing_after;
        bool emit = false;
        if (current && i == 0) {
            entry.event = HistoryEvent::first_seen;
            emit = true;
        } else if (current && !last_seen) {
            entry.event = HistoryEvent::introduced;
            emit = true;
        } else if (current && !previous) {
            // Back after a release without it: say what differs from the last time it was there.
            entry.event = HistoryEvent::reintroduced;
            if (!compared->same_content(*last_seen))
                entry.changes = compare_contents({std::string(system), last_seen_version, release.info.version},
                                                 {*last_seen}, {*compared})
                                    .changes;
            emit = true;
        } else if (current && !compared->same_content(*previous)) {
            entry.event = HistoryEvent::changed;
            entry.changes =
                compare_contents({std::string(system), previous_version, release.info.version}, {*previous}, {*compared})
                    .changes;
            emit = true;
        } else if (!current && previous) {
            entry.event = HistoryEvent::removed;
            emit = true;
        }

        if (current) {
            last_seen = current;
            last_seen_version = release.info.version;
            last_release = release;
        }
        previous = current;
        previous_version = release.info.version;
        if (emit) {
            entry.record = std::move(current);
            entry.release = std::move(release);
            history.push_back(std::move(entry));
        }
    }
    return history;
}

}  // namespace codeset
