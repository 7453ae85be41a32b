#include "codeset/query/queries.hpp"

#include "codeset/core/error.hpp"
#include "codeset/diff/diff.hpp"
#include "codeset/query/replacements.hpp"
#include "query/index_search.hpp"

#include <algorithm>
#include <unordered_map>

namespace codeset {

namespace {

// Billable codes under a header, in order-file order.
std::vector<CodeRecord> billable_under(const Store& store, const ReleaseRecord& release, const std::string& header) {
    std::vector<CodeRecord> found;
    store.for_each_code(release, [&](const CodeRecord& record) {
        if (record.billable && record.code.size() > header.size() && record.code.compare(0, header.size(), header) == 0)
            found.push_back(record);
    });
    return found;
}

// "replaced by I48.20, I48.21 (split: a coder must choose)": where the replacement graph takes
// `code` from the last stored release before `release` that has it; empty when none has it.
std::string replacement_text(const Store& store, const CodeSystem& system, const ReleaseRecord& release,
                             const std::string& code) {
    const std::vector<ReleaseRecord> releases = store.releases(system.name);
    ReplacementGraph graph(store, system);
    for (auto it = releases.rbegin(); it != releases.rend(); ++it) {
        if (!(it->info.effective < release.info.effective) || !store.find_code(*it, code)) continue;
        const CodeMap map = graph.map(code, *it, release);
        if (map.targets.empty() || map.targets.front().relation == "deleted")
            return "deleted after " + it->info.version + ", no replacement named";
        std::string text = "gone after " + it->info.version + ", replaced by";
        bool review = false;
        for (const MapTarget& target : map.targets) {
            text += " " + system.display(target.code);
            review = review || target.needs_review;
        }
        return text + " (" + map.targets.front().relation + (review ? ": a coder must choose" : "") + ")";
    }
    return {};
}

[[noreturn]] void not_in_release(const Store& store, const CodeSystem& system, const ReleaseRecord& release,
                                 const std::string& code) {
    std::string message = system.display(code) + " is not in " + std::string(system.name) + " " +
                          release.info.version;
    const std::string history = "codeset history " + std::string(system.name) + " " + system.display(code);
    if (const std::string replaced = replacement_text(store, system, release, code); !replaced.empty()) {
        message += ": " + replaced + "; the evidence: " + history;
    } else if (!store.contents_of_code(system.name, code).empty()) {
        message += " (it is in other releases: " + history + ")";
    } else {
        message += " nor in any other release in the store";
    }
    throw Error(ErrorCode::not_found, message);
}

// The release removed the code, or made a billable code a header.
bool stopped_being_billable(const HistoryEntry& entry) {
    if (entry.event == HistoryEvent::removed) return true;
    if (entry.event != HistoryEvent::changed) return false;
    return std::any_of(entry.changes.begin(), entry.changes.end(), [](const Change& change) {
        return change.before && change.after && change.before->billable && !change.after->billable;
    });
}

// The graph's hop for `code` from the stored release before `release` into it.
std::optional<HistoryReplacement> replacement_in(ReplacementGraph& graph, const std::vector<ReleaseRecord>& releases,
                                                 const ReleaseRecord& release, const std::string& code) {
    const auto at = std::find_if(releases.begin(), releases.end(),
                                 [&](const ReleaseRecord& stored) { return stored.id == release.id; });
    if (at == releases.begin() || at == releases.end()) return std::nullopt;
    CodeMap map = graph.map(code, *(at - 1), *at);
    HistoryReplacement replacement{std::move(map.targets), {}};
    for (MapHop& hop : map.hops)
        for (std::string& line : hop.evidence) replacement.evidence.push_back(std::move(line));
    return replacement;
}

}  // namespace

std::string_view to_string(ContentKind kind) noexcept {
    switch (kind) {
        case ContentKind::change_set: return "change sets";
        case ContentKind::snapshot: return "release snapshots";
        case ContentKind::history: return "code histories";
        case ContentKind::code: return "codes";
        case ContentKind::search: return "search results";
        case ContentKind::lookup: return "index lookups";
        case ContentKind::releases: return "release lists";
        case ContentKind::code_map: return "code maps";
        case ContentKind::replacements: return "replacement maps";
        case ContentKind::summary: return "release summaries";
    }
    return "content";
}

ReleaseRecord release_at(const Store& store, std::string_view system, const std::string& version_or_date) {
    if (!version_or_date.empty()) return store.resolve_release(system, version_or_date);
    const std::vector<ReleaseRecord> releases = store.releases(system);
    if (releases.empty())
        throw Error(ErrorCode::not_found, "no " + std::string(system) + " release in " + store.path().string() +
                                              " (add one with: codeset import PATH)");
    return releases.back();
}

ChangeSetContent changes_between(const Store& store, const CodeSystem& system, const std::string& from,
                                 const std::string& to) {
    const ReleaseRecord older = store.resolve_release(system.name, from);
    const ReleaseRecord newer = store.resolve_release(system.name, to);
    ChangeSetContent content{&system, diff_releases(store, older, newer), {}};
    content.from_effective = older.info.effective;
    content.to_effective = newer.info.effective;
    // A code no longer billable in `to` may have been discontinued by any release after `from`
    // up to `to`: each names the codes that replace its discontinued ones.
    std::map<std::string, std::vector<std::string>> named;
    for (const ReleaseRecord& release : store.releases(system.name))
        if (older.info.effective < release.info.effective && !(newer.info.effective < release.info.effective))
            for (auto& [code, codes] : replacements_in(store, system, release)) named[code] = std::move(codes);
    for (const Change& change : content.changes.changes)
        if (!change.after || (change.before && change.before->billable && !change.after->billable))
            if (const auto found = named.find(change.code); found != named.end())
                content.replaced_by[change.code] = found->second;
    return content;
}

SnapshotContent snapshot_of(const Store& store, const CodeSystem& system, const std::string& version_or_date) {
    SnapshotContent content{&system, store.resolve_release(system.name, version_or_date), {}};
    content.codes = ReleaseCodes(store, content.release);
    return content;
}

CodeContent code_at(const Store& store, const CodeSystem& system, std::string_view typed_code,
                    const std::string& version_or_date) {
    const std::string code = system.normalize(typed_code);
    const ReleaseRecord release = release_at(store, system.name, version_or_date);
    std::optional<CodeRecord> record = store.find_code(release, code);
    if (!record) not_in_release(store, system, release, code);
    CodeContent content{&system, release, std::move(*record), {}, {}};
    if (!content.record.billable) content.subcodes = billable_under(store, release, code);
    content.context = code_context(store, release, system, content.record);
    return content;
}

HistoryContent history_of(const Store& store, const CodeSystem& system, std::string_view typed_code) {
    HistoryContent content{&system, system.normalize(typed_code), {}, {}};
    const std::vector<ReleaseRecord> releases = store.releases(system.name);
    if (releases.empty())
        throw Error(ErrorCode::not_found, "no " + std::string(system.name) + " release in " + store.path().string());
    content.entries = code_history(store, system.name, content.code);
    if (content.entries.empty())
        throw Error(ErrorCode::not_found, system.display(content.code) + " is in no " + std::string(system.name) +
                                              " release of " + store.path().string());
    ReplacementGraph graph(store, system);
    for (const HistoryEntry& entry : content.entries)
        content.replacements.push_back(stopped_being_billable(entry)
                                           ? replacement_in(graph, releases, entry.release, content.code)
                                           : std::nullopt);
    const std::vector<ReleaseWindow> windows = store.windows(system.name);
    for (std::size_t i = 0; i + 1 < releases.size() && i < windows.size(); ++i)
        if (!windows[i].missing_after.empty())
            content.gaps.push_back({releases[i].info.version, releases[i + 1].info.version,
                                    releases[i + 1].info.effective, windows[i].missing_after});
    return content;
}

ReplacementsContent replacements_between(const Store& store, const CodeSystem& system, const std::string& from,
                                         const std::string& to) {
    ReplacementsContent content{&system, store.resolve_release(system.name, from),
                                store.resolve_release(system.name, to), {}};
    if (content.from.id == content.to.id)
        throw Error(ErrorCode::usage, "--from " + from + " is the release exported: give an older or newer one");
    std::unordered_map<std::string, CodeRecord> in_to;
    store.for_each_code(content.to, [&](const CodeRecord& record) { in_to.emplace(record.code, record); });
    ReplacementGraph graph(store, system);
    store.for_each_code(content.from, [&](const CodeRecord& record) {
        const auto kept = in_to.find(record.code);
        if (kept != in_to.end() && (kept->second.billable || !record.billable)) return;
        Replacement replacement{record, graph.map(record.code, content.from, content.to), {}};
        for (const MapTarget& target : replacement.map.targets)
            if (const auto found = in_to.find(target.code); found != in_to.end())
                replacement.targets.push_back(found->second);
        content.replacements.push_back(std::move(replacement));
    });
    return content;
}

SearchContent search_release(const Store& store, const CodeSystem& system, const std::string& text,
                             const std::string& version_or_date, const SearchOptions& options) {
    SearchContent content{&system, release_at(store, system.name, version_or_date), text, {}};
    content.result = store.search(content.release, text, options);
    detail::rank_with_index(store, system, content.release, text, options, content.result);
    return content;
}

ReleasesContent releases_in(const Store& store, std::optional<std::string_view> system, bool with_files,
                            bool with_warnings) {
    ReleasesContent content{store.path().string(), store.releases(system), {}, {}, with_files, with_warnings};
    // Windows are a system's own: compute them per run of one system's releases.
    for (std::size_t begin = 0; begin < content.releases.size();) {
        const std::string& name = content.releases[begin].info.system;
        std::size_t end = begin;
        while (end < content.releases.size() && content.releases[end].info.system == name) ++end;
        for (const ReleaseWindow& window : store.windows(name)) content.windows.push_back(window);
        begin = end;
    }
    if (with_warnings)
        for (const ReleaseRecord& release : content.releases) content.warnings.push_back(store.warnings(release));
    return content;
}

}  // namespace codeset
