// verify_release: which checks a release gets (from its profile), and the one diff they share.
#include "codeset/verify/verify.hpp"

#include "codeset/core/error.hpp"
#include "codeset/diff/diff.hpp"

namespace codeset {

namespace {

ReleaseRecord release_before(const Store& store, const ReleaseRecord& release) {
    const std::vector<ReleaseRecord> releases = store.releases(release.info.system);
    const ReleaseRecord* previous = nullptr;
    for (const ReleaseRecord& candidate : releases) {
        if (candidate.id == release.id) break;
        previous = &candidate;
    }
    if (!previous)
        throw Error(ErrorCode::not_found, release.info.system + " " + release.info.version +
                                              " is the first release in the store: import the release its addenda "
                                              "are written against, or name it with --against");
    return *previous;
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

    result.against = against ? *against : release_before(store, release);
    const ChangeSet changes = diff_releases(store, *result.against, release);
    if (check_addenda_lines) result.addenda = check_addenda(system, changes, addenda);
    if (system.release_check) {
        std::vector<CodeRecord> records;
        store.for_each_code(release, [&](const CodeRecord& record) { records.push_back(record); });
        result.release_check = system.release_check->check({changes, records, addenda});
    }
    return result;
}

}  // namespace codeset
