// How import_paths groups its sources: each release file becomes a release, and each companion
// file (tabular or tables XML) goes with the release of the same system and version, given in the
// same call or already in the store.
#pragma once

#include "codeset/core/error.hpp"
#include "codeset/core/importer.hpp"
#include "codeset/store/store.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace codeset::detail {

struct PlannedSource {
    std::size_t position = 0;  // of its path in the request
    std::string path;
    std::shared_ptr<Source> source;
    const Importer* importer = nullptr;
    ReleaseInfo info;
};

struct PlannedRelease {
    PlannedSource main;                     // absent importer: a release already in the store
    std::vector<PlannedSource> companions;  // read first, annotate every code of the release
};

// A companion that has no release to annotate.
struct UnplannedSource {
    PlannedSource source;
    Error why;
};

struct ImportPlan {
    std::vector<PlannedRelease> releases;
    std::vector<UnplannedSource> unplanned;
};

// Groups the sources. Companions of a release neither in the call nor in the store are left
// unplanned with a message saying what to import first.
ImportPlan plan_import(std::vector<PlannedSource> sources, const Store& store);

// Imports one planned release in one transaction. A release already in the store, read back with
// its companions, is re-annotated (ImportOptions::reannotate), never replaced. Warnings the user
// must see at once (most codes missing: a truncated download?) are appended to `alerts`. A parse
// error in a zip whose bytes are damaged is reported as the damage (Error(io)).
ImportResult import_planned(Store& store, const PlannedRelease& plan, const ReadOptions& options, bool replace,
                            std::vector<std::string>& alerts);

}  // namespace codeset::detail
