#include "release_lookup.hpp"

#include "codeset/core/error.hpp"

namespace codeset::cli {

ReleaseRecord lookup_release(const Store& store, std::string_view system, const std::string& version_or_date) {
    if (!version_or_date.empty()) return store.resolve_release(system, version_or_date);
    const std::vector<ReleaseRecord> releases = store.releases(system);
    if (releases.empty())
        throw Error(ErrorCode::not_found, "no " + std::string(system) + " release in " + store.path().string() +
                                              " (add one with: codeset import PATH)");
    return releases.back();
}

}  // namespace codeset::cli
