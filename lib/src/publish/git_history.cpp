// codeset publish git: plan what the branch lacks, write every object, then move the branch from
// the tip it had and the tags. The branch's own commits say which releases it holds (their
// Codeset-Release trailer): tags are shared by every branch of the system and may be missing from
// a clone, while the trailer travels with each commit.
#include "codeset/publish/git_history.hpp"

#include "codeset/core/error.hpp"
#include "codeset/diff/diff.hpp"
#include "codeset/query/queries.hpp"
#include "git/repository.hpp"
#include "publish/git_tree_layout.hpp"
#include "publish/release_notes.hpp"

#include <algorithm>
#include <chrono>
#include <optional>

namespace codeset {

namespace {

// One commit of the branch, oldest first once read.
struct BranchCommit {
    std::string label;
    git::CommitInfo commit;
};

// The tag a commit names in its trailer ("icd10cm/FY2026"); empty when it has none.
std::string trailer_value(const std::string& message) {
    const std::string key = std::string(release_trailer) + ": ";
    const std::size_t at = message.rfind("\n" + key);
    if (at == std::string::npos) return {};
    const std::size_t start = at + 1 + key.size();
    const std::size_t end = message.find('\n', start);
    return message.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::vector<BranchCommit> read_branch(const git::Repository& repository, const std::optional<git::ObjectId>& tip,
                                      const CodeSystem& system, const std::string& branch) {
    std::vector<BranchCommit> commits;
    const std::string prefix = std::string(system.name) + "/";
    for (std::optional<git::ObjectId> id = tip; id;) {
        git::CommitInfo info = repository.commit_info(*id);
        const std::string tag = trailer_value(info.message);
        if (!tag.starts_with(prefix) || info.parents.size() > 1)
            throw Error(ErrorCode::conflict, "branch " + branch + " holds commit " + id->hex().substr(0, 12) +
                                                 ", which codeset did not write for " + std::string(system.name) +
                                                 ": choose another --branch");
        id = info.parents.empty() ? std::nullopt : std::optional(info.parents.front());
        commits.push_back({tag.substr(prefix.size()), std::move(info)});
    }
    std::reverse(commits.begin(), commits.end());
    return commits;
}

std::int64_t midnight_utc(const Date& date) {
    namespace chrono = std::chrono;
    const chrono::sys_days midnight = chrono::year_month_day(chrono::year(date.year), chrono::month(unsigned(date.month)),
                                                             chrono::day(unsigned(date.day)));
    return chrono::duration_cast<chrono::seconds>(midnight.time_since_epoch()).count();
}

// A release as the history publishes it: through the licence policy, then without what describes
// the publication or comes from a companion file. Held whole: its tree and notes compare all of it.
struct ReleaseAsPublished {
    ReleaseRecord release;
    std::vector<CodeRecord> records;
    bool descriptors_withheld = false;
};

ReleaseAsPublished published_release(const Store& store, const CodeSystem& system, const std::string& label,
                                   LicenceTerms terms, std::ostream* notices) {
    SnapshotContent content = snapshot_of(store, system, label);
    apply_licence_policy(content, terms, notices);
    ReleaseAsPublished published{content.release, content.codes.collect(), content.descriptors_withheld};
    for (CodeRecord& record : published.records) record = detail::published_record(system, std::move(record));
    return published;
}

// The codes/ subtree, and the whole tree around it.
git::ObjectId write_codes(git::Repository& repository, const CodeSystem& system, const ReleaseAsPublished& snapshot) {
    std::vector<git::TreeEntry> codes;
    for (const detail::TreeFile& file : detail::code_files(system, snapshot.records))
        codes.push_back({file.name, repository.write_blob(file.content), false});
    return repository.write_tree(std::move(codes));
}

git::ObjectId write_release_tree(git::Repository& repository, const CodeSystem& system, const ReleaseAsPublished& snapshot,
                                 const git::ObjectId& codes, const std::string& news) {
    return repository.write_tree({
        {"NEWS", repository.write_blob(news), false},
        {"README", repository.write_blob(detail::layout_readme(system, snapshot.descriptors_withheld)), false},
        {"codes", codes, true},
    });
}

struct PlannedTag {
    std::string ref;
    git::ObjectId tag;
    git::ObjectId commit;
};

std::string join_labels(const std::vector<const ReleaseRecord*>& releases) {
    std::string text;
    for (const ReleaseRecord* release : releases)
        text += (text.empty() ? "" : ", ") + release->info.version + " (" + release->info.effective.to_string() + ")";
    return text;
}

}  // namespace

GitPublishResult publish_git_history(const Store& store, const CodeSystem& system, const GitPublishOptions& options,
                                     std::ostream* notices) {
    GitPublishResult result;
    result.branch = options.branch.empty() ? std::string(system.name) : options.branch;
    const std::string ref = "refs/heads/" + result.branch;
    if (!git::Repository::valid_reference_name(ref))
        throw Error(ErrorCode::usage, "--branch " + result.branch + ": not a name git accepts for a branch");

    std::vector<ReleaseRecord> stored = store.releases(system.name);
    if (stored.empty()) throw Error(ErrorCode::not_found, "the store holds no " + std::string(system.name) + " release");
    std::stable_sort(stored.begin(), stored.end(), [](const ReleaseRecord& a, const ReleaseRecord& b) {
        return a.info.effective < b.info.effective;
    });

    std::error_code ignored;
    const bool create = options.init && (!std::filesystem::exists(options.repository, ignored) ||
                                         std::filesystem::is_empty(options.repository, ignored));
    git::Repository repository =
        create ? git::Repository::init_bare(options.repository) : git::Repository::open(options.repository);
    if (create) repository.set_head(ref);  // a clone of the new repository checks the branch out
    else if (repository.checked_out(ref))
        throw Error(ErrorCode::conflict, options.repository.string() + " has branch " + result.branch +
                                             " checked out, whose work tree would go stale: publish into a bare "
                                             "repository (git clone --bare) or check out another branch there");

    const std::optional<git::ObjectId> old_tip = repository.reference(ref);
    const std::vector<BranchCommit> on_branch = read_branch(repository, old_tip, system, result.branch);

    // What to write: every stored release (new branch, --rebuild), or those after the tip.
    std::size_t first_new = 0;
    std::optional<git::ObjectId> parent;
    std::optional<ReleaseAsPublished> previous;
    if (!on_branch.empty() && !options.rebuild) {
        const BranchCommit& tip = on_branch.back();
        const auto at_tip = std::find_if(stored.begin(), stored.end(),
                                         [&](const ReleaseRecord& r) { return r.info.version == tip.label; });
        if (at_tip == stored.end())
            throw Error(ErrorCode::not_found, "branch " + result.branch + " ends at " + tip.label +
                                                  ", which the store does not hold: import it, or --rebuild the "
                                                  "branch from the store's releases");
        std::vector<const ReleaseRecord*> missing;
        for (auto it = stored.begin(); it != at_tip; ++it)
            if (std::none_of(on_branch.begin(), on_branch.end(),
                             [&](const BranchCommit& c) { return c.label == it->info.version; }))
                missing.push_back(&*it);
        if (!missing.empty())
            throw Error(ErrorCode::conflict, "branch " + result.branch + " ends at " + tip.label + " and lacks " +
                                                 join_labels(missing) +
                                                 ", older than its tip: --rebuild rewrites the branch and its tags");
        first_new = std::size_t(at_tip - stored.begin()) + 1;
        result.tip = tip.label;
        previous = published_release(store, system, tip.label, options.terms, notices);
        notices = nullptr;  // the licence notice goes out once
        // The tip must hold what the store's release gives now (same content, same licence terms),
        // or the next commit's NEWS would count changes its diff does not show.
        if (repository.tree_entry(tip.commit.tree, "codes") != write_codes(repository, system, *previous))
            throw Error(ErrorCode::conflict, "branch " + result.branch + " holds " + tip.label +
                                                 " with other codes than the store has (imported again, or "
                                                 "published under other licence terms): --rebuild rewrites the branch");
        parent = tip.commit.id;
        if (first_new == stored.size()) return result;  // up to date
    }

    // Every object first: commits chained from the tip, one tag object each.
    const git::Signature base{options.identity.name, options.identity.email, 0};
    std::vector<PlannedTag> tags;
    for (std::size_t i = first_new; i < stored.size(); ++i) {
        const ReleaseInfo& info = stored[i].info;
        ReleaseAsPublished current = published_release(store, system, info.version, options.terms, notices);
        notices = nullptr;
        result.descriptors_withheld = current.descriptors_withheld;
        const std::vector<CodeRecord> none;
        const ChangeSet changes =
            diff_snapshots({info.system, previous ? previous->release.info.version : std::string(), info.version},
                           previous ? previous->records : none, current.records);
        const std::uint64_t billable = std::uint64_t(
            std::count_if(current.records.begin(), current.records.end(), [](const CodeRecord& r) { return r.billable; }));
        const detail::ReleaseNotes notes = detail::release_notes(system, info, changes, current.records.size(), billable,
                                                                 current.descriptors_withheld);
        const std::string tag = std::string(system.name) + "/" + info.version;
        git::Signature who = base;
        who.time = midnight_utc(info.effective);
        const git::ObjectId tree =
            write_release_tree(repository, system, current, write_codes(repository, system, current), notes.news);
        const git::ObjectId commit = repository.write_commit(tree, parent, who, detail::commit_message(notes, tag));
        const git::ObjectId tag_object =
            repository.write_tag(tag, commit, who, notes.briefly + ".\n");
        tags.push_back({"refs/tags/" + tag, tag_object, commit});
        result.published.push_back(
            {info.version, commit.hex(), tag, changes.from, changes.summary, current.records.size()});
        parent = commit;
        previous = std::move(current);
    }

    // A tag naming another commit is refused before anything moves, unless rebuilding.
    for (const PlannedTag& tag : tags) {
        const std::optional<git::ObjectId> tagged = repository.tagged_commit(tag.ref);
        if (tagged && !(*tagged == tag.commit) && !options.rebuild)
            throw Error(ErrorCode::conflict, tag.ref.substr(10) + " already tags commit " + tagged->hex().substr(0, 12) +
                                                 ", not the one " + result.branch +
                                                 " would hold: --rebuild rewrites the system's tags");
    }

    const std::string log = "codeset publish git " + std::string(system.name);
    repository.set_reference(ref, *parent, old_tip, log);
    for (const PlannedTag& tag : tags) {
        const std::optional<git::ObjectId> current = repository.reference(tag.ref);
        if (current && (*current == tag.tag || *repository.tagged_commit(tag.ref) == tag.commit)) continue;
        repository.set_reference(tag.ref, tag.tag, current, log);
    }
    // Rebuilding: the tags of releases the new branch no longer holds go, if they named its old
    // commits and no other branch holds those.
    if (options.rebuild) {
        for (const BranchCommit& old : on_branch) {
            if (std::any_of(stored.begin(), stored.end(), [&](const ReleaseRecord& r) { return r.info.version == old.label; }))
                continue;
            const std::string tag_ref = "refs/tags/" + std::string(system.name) + "/" + old.label;
            const std::optional<git::ObjectId> current = repository.reference(tag_ref);
            if (current && repository.tagged_commit(tag_ref) == old.commit.id &&
                !repository.on_other_branch(old.commit.id, ref))
                repository.delete_reference(tag_ref, *current);
        }
        result.rebuilt = true;
    }
    result.tip = stored.back().info.version;
    return result;
}

}  // namespace codeset
