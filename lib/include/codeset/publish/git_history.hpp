// codeset publish git: a code system's stored releases as a git history (through libgit2, never
// the git program). One commit per release in effective-date order on one branch, one annotated
// tag per release (`<system>/<label>`), a tree of one line per code (docs/cli.md, "publish git"),
// and a NEWS file whose "Briefly:" line is also the commit's subject. Objects are written from
// the release's content, a fixed identity and its effective date only, so the same releases give
// the same commit ids on every machine, whatever order they were imported in.
#pragma once

#include "codeset/diff/change_set.hpp"
#include "codeset/export/writer.hpp"
#include "codeset/store/store.hpp"

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace codeset {

// Author, committer and tagger of everything codeset writes into the repository.
struct GitIdentity {
    std::string name = "codeset";
    std::string email = "codeset@invalid";
};

struct GitPublishOptions {
    std::filesystem::path repository;
    std::string branch;    // empty: the system's name
    bool rebuild = false;  // rewrite the branch (and its tags) from the store's releases
    bool init = false;     // create a bare repository when `repository` is missing or an empty folder
    GitIdentity identity;
    LicenceTerms terms;
};

struct PublishedRelease {
    std::string label;
    std::string commit;  // full hex id
    std::string tag;     // "icd10cm/FY2026"
    std::string against;  // the release it was compared with; empty for the first on the branch
    DiffSummary summary;
    std::uint64_t codes = 0;
};

struct GitPublishResult {
    std::string branch;
    std::vector<PublishedRelease> published;  // in commit order; empty: the branch was up to date
    std::string tip;                           // the release at the branch tip after publishing
    bool rebuilt = false;
    bool descriptors_withheld = false;
};

// The trailer naming the release a commit holds: how a re-run recognises the branch's releases.
inline constexpr std::string_view release_trailer = "Codeset-Release";

// Publishes the system's releases newer than the branch tip. Throws Error(not_found) when the
// repository or the system's releases are missing, Error(unsupported) when the path is not a git
// repository, Error(conflict) when the branch is checked out in a work tree, holds commits codeset
// did not write, differs from the store, or lacks a stored release older than its tip (unless
// `rebuild`), or when a release's tag names another commit. Nothing is moved until every commit
// and tag object is written; then the branch (from the tip it had) and the tags.
GitPublishResult publish_git_history(const Store& store, const CodeSystem& system, const GitPublishOptions& options,
                                     std::ostream* notices = nullptr);

}  // namespace codeset
