// Internal: the NEWS file of a release in a published git history, as the tz database writes its
// NEWS: a "Briefly:" line, then the counts. The commit message is the same summary (its subject is
// the Briefly line) with the trailer naming the release. Every count comes from the diff engine.
#pragma once

#include "codeset/core/code_system.hpp"
#include "codeset/diff/change_set.hpp"
#include "codeset/store/store.hpp"

#include <string>

namespace codeset::detail {

struct ReleaseNotes {
    std::string briefly;  // "icd10cm FY2026, in force from 2025-10-01: 252 codes added, 36 deleted, 22 revised"
    std::string counts;   // the lines of counts, each ending in a newline
    std::string news;     // the whole NEWS file
};

// `changes` compares the release with the one before it on the branch (`changes.from`), or with
// nothing (empty `changes.from`) for the first; `codes`/`billable` count the release itself.
ReleaseNotes release_notes(const CodeSystem& system, const ReleaseInfo& release, const ChangeSet& changes,
                           std::uint64_t codes, std::uint64_t billable, bool descriptors_withheld);

// Subject (the Briefly line), the counts, and the trailer "Codeset-Release: <system>/<label>".
std::string commit_message(const ReleaseNotes& notes, const std::string& tag);

}  // namespace codeset::detail
