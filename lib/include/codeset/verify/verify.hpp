// `codeset verify` as one library call: a release checked against the diff from the release its
// addenda are written against. Two kinds of check, each read from the system's profile:
//   - the CMS addenda check, for a system whose addenda list every change (AddendaRules), when the
//     release carries addenda;
//   - the profile's own release check (CodeSystem::release_check), where it has one.
#pragma once

#include "codeset/core/code_system.hpp"
#include "codeset/diff/addenda_check.hpp"
#include "codeset/store/store.hpp"
#include "codeset/verify/release_check.hpp"

#include <iosfwd>
#include <optional>
#include <string>

namespace codeset {

struct VerifyResult {
    const CodeSystem* system = nullptr;
    ReleaseRecord release;
    std::optional<ReleaseRecord> against;        // empty when nothing was checked
    std::optional<AddendaCheck> addenda;         // the CMS addenda check
    std::optional<ReleaseCheckReport> release_check;  // the profile's own check
    // Releases the calendar schedules between `against` and `release` that the store misses (only
    // for a profile's own check; CMS addenda are never checked across a gap).
    std::vector<MissingRelease> missing_between;

    bool checked() const { return addenda || release_check; }
    // True when every check agrees (and when there was nothing to check).
    bool agrees() const;
};

// Checks `release` of `system` against `against`, or without it against the release just before it in the
// store. Throws Error(not_found) when a check applies and `release` is the first of its system in the store.
// Reads only: the store is not written.
VerifyResult verify_release(const Store& store, const CodeSystem& system, const ReleaseRecord& release,
                            const std::optional<ReleaseRecord>& against = std::nullopt);

// The text report: one section per check, each ending with its verdict.
void write_verify_text(std::ostream& out, const VerifyResult& result);
// One JSON object: system, release, against and agrees, then each check's own keys.
void write_verify_json(std::ostream& out, const VerifyResult& result);

}  // namespace codeset
