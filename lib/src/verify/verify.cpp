// verify_release: which checks a release gets (from its profile), and the one diff they share.
#include "codeset/verify/verify.hpp"

#include "codeset/core/error.hpp"
#include "codeset/diff/diff.hpp"

namespace codeset {

namespace {

// The stored release the addenda are written against: the one before `release` on the calendar.
// When the store misses it (a gap, or nothing before), the error names it and its effective date
// rather than comparing with an older release and reporting the difference as a disagreement.
// A profile whose addenda are not a whole change list (its own release check reads the release's
// records) may be checked across a gap: `missing` then receives what the store misses in between.
ReleaseRecord release_before(const Store& store, const CodeSystem& system, const ReleaseRecord& release,
                             bool across_gap, std::vector<MissingRelease>& missing) {
    const std::vector<ReleaseRecord> releases = store.releases(release.info.system);
    const std::vector<ReleaseWindow> windows = store.windows(release.info.system);
    std::size_t index = 0;
    while (index < releases.size() && releases[index].id != release.id) ++index;
    const std::string name = release.info.system + " " + release.info.version;
    const std::string hint = ": import it, or name the release to compare with --against";
    if (index == 0 || index >= releases.size()) {
        const MissingRelease base{scheduled_before(system.labels, release.info.effective).to_string(),
                                  scheduled_before(system.labels, release.info.effective).effective()};
        throw Error(ErrorCode::not_found, name + " is the first release in the store: its addenda are written against " +
                                              base.describe() + ", which is not in the store" + hint);
    }
    const ReleaseRecord& previous = releases[index - 1];
    missing = windows[index - 1].missing_after;
    if (!missing.empty() && !across_gap)
        throw Error(ErrorCode::not_found, name + ": its addenda are written against " + missing.back().describe() +
                                              ", which is not in the store (the stored release before it is " +
                                              previous.info.version + ")" + hint);
    return previous;
}

}  // namespace

bool VerifyResult::agrees() const {
    return (!addenda || addenda->agrees()) && (!release_check || release_check->agrees());
}

VerifyResult verify_release(const Store& store, const CodeSystem& system, const ReleaseRecord& release,
                            const std::optional<ReleaseRecord>& against) {
    VerifyResult result;
    result.system = &system;
    result.release = release;
    const std::vector<AddendumEntry> addenda = store.addenda(release);
    const bool check_addenda_lines = system.addenda.lists_every_change && !addenda.empty();
    if (!check_addenda_lines && !system.release_check) return result;

    result.against =
        against ? *against : release_before(store, system, release, !check_addenda_lines, result.missing_between);
    const ChangeSet changes = diff_releases(store, *result.against, release, IndexComparison::skip);
    if (check_addenda_lines) result.addenda = check_addenda(system, changes, addenda);
    if (system.release_check) {
        const std::vector<CodeRecord> records = store.codes(release);
        result.release_check = system.release_check->check({changes, records, addenda});
    }
    return result;
}

}  // namespace codeset
