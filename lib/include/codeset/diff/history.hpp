// The life of one code across every release of its system in a store.
#pragma once

#include "codeset/diff/change_set.hpp"
#include "codeset/store/store.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace codeset {

enum class HistoryEvent {
    first_seen,    // the code is in the store's first release of its system: the store cannot tell when it began
    introduced,    // first release that has the code, after a stored release without it
    changed,       // content differs from the previous release that had it
    removed,       // the code is absent from this release
    reintroduced,  // present again after a release without it
};
std::string_view to_string(HistoryEvent event) noexcept;

struct HistoryEntry {
    ReleaseRecord release;
    HistoryEvent event = HistoryEvent::introduced;
    std::optional<CodeRecord> record;  // the code as in this release (absent for removed)
    std::vector<Change> changes;       // for changed: what changed, as the diff engine reports it
    // The releases the calendar schedules between the previous stored release and this one that
    // the store does not hold: the event happened in one of them or in this release.
    std::vector<MissingRelease> missing_before;
};

// Releases without any change to the code are left out. Empty when no release has the code.
std::vector<HistoryEntry> code_history(const Store& store, std::string_view system, std::string_view code);

}  // namespace codeset
