// What `codeset import` does, as one call: open the paths, choose their importers, describe their
// releases with the user's overrides, group companion files (tabular or tables XML) with their
// release, and import each release in one transaction.
#pragma once

#include "codeset/core/release_info.hpp"
#include "codeset/store/store.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace codeset {

struct ImportRequest {
    std::vector<std::string> paths;  // release zips, folders, order files, companions
    ReleaseOverrides overrides;      // --system, --version (one path only), --effective
    std::optional<std::filesystem::path> mapping;  // a file describing the layout, for importers that accept one
    bool replace = false;            // different content under an existing label replaces it
};

// One release the call imported, or annotated with companions.
struct ReleaseImport {
    ImportResult result;
    std::string path;                     // the path its codes were read from; empty when from the store
    std::vector<std::string> companions;  // the companion paths read with it
    std::vector<std::string> alerts;      // warnings to print now, also kept with the release
    bool from_store() const { return path.empty(); }
};

// Told about each release as it goes, so a caller can show progress and print each result
// before the next release is read (an error in a later one leaves the earlier ones imported).
class ImportObserver {
public:
    virtual ~ImportObserver() = default;
    // A release is about to be read: `label` is its path (or its first companion's).
    virtual void started(const std::string& label) { (void)label; }
    // Bytes of the main member read so far and its size; called from the reading thread.
    virtual void progress(std::uint64_t done, std::uint64_t total) { (void)done, (void)total; }
    virtual void finished(const ReleaseImport& release) { (void)release; }
};

// One `codeset import`: the releases in `request`, in the order of their paths, companions with
// their release (given in the same call or already in the store; refused with Error(not_found)
// otherwise), each release in one transaction: an error leaves the store as the last finished
// release left it.
class ImportJob {
public:
    // Opens the sources, chooses their importers and describes their releases, without a store:
    // a bad path, mapping or override fails before any store is opened (or created). Throws
    // Error(usage) for overrides that do not fit the files (a --version for several paths, a
    // label outside the system's grammar without --effective, a mapping no importer accepts).
    explicit ImportJob(const ImportRequest& request);
    ~ImportJob();
    ImportJob(ImportJob&&) noexcept;
    ImportJob& operator=(ImportJob&&) noexcept;

    std::vector<ReleaseImport> run(Store& store, ImportObserver* observer = nullptr);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// ImportJob(request).run(store, observer).
std::vector<ReleaseImport> import_paths(Store& store, const ImportRequest& request, ImportObserver* observer = nullptr);

}  // namespace codeset
