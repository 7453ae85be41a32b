// What `codeset import` does, as one call: open the paths, choose their importers, describe their
// releases with the user's overrides, group companion files (tabular or tables XML) with their
// release, and import each release in one transaction.
#pragma once

#include "codeset/core/error.hpp"
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
    ReleaseOverrides overrides;      // --system, --version (paths of one release), --effective
    std::optional<std::filesystem::path> mapping;  // a file describing the layout, for importers that accept one
    bool replace = false;            // different content under an existing label replaces it
};

// One release the call imported or annotated with companions, or the paths that failed.
struct ReleaseImport {
    ImportResult result;
    std::string path;                     // the path its codes were read from; empty when from the store
    std::vector<std::string> companions;  // the companion paths read with it
    std::vector<std::string> alerts;      // warnings to print now, also kept with the release
    // Why these paths were not imported (unreadable, not a release, a conflict ...); the store is
    // as the release before left it.
    std::optional<Error> failure;
    bool from_store() const { return path.empty(); }
    bool failed() const { return failure.has_value(); }
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
// their release (given in the same call or already in the store), each release in one
// transaction. A path that cannot be read, described or imported fails alone (a whole download
// folder is imported as far as it can be): its ReleaseImport says why, the others go on.
class ImportJob {
public:
    // Opens the sources, chooses their importers and describes their releases, without a store,
    // so that input of which nothing can be imported never creates one. Throws Error(usage) for
    // options that do not fit the request (a --version for paths of several releases, a label
    // outside the system's grammar without --effective, a mapping no importer accepts).
    explicit ImportJob(const ImportRequest& request);
    ~ImportJob();
    ImportJob(ImportJob&&) noexcept;
    ImportJob& operator=(ImportJob&&) noexcept;

    // True when some path was described: run() has something to import.
    bool has_releases() const;
    // The paths that could not be read or described, in path order (run() reports them too).
    std::vector<ReleaseImport> unreadable() const;
    // Every release imported and every path that failed, in the order of the paths; each is told
    // to the observer as it finishes.
    std::vector<ReleaseImport> run(Store& store, ImportObserver* observer = nullptr);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace codeset
