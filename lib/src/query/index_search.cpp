#include "query/index_search.hpp"

#include "codeset/query/queries.hpp"

#include <optional>
#include <set>
#include <unordered_map>

namespace codeset::detail {

namespace {

struct Reached {
    std::string code;  // stored form
    std::string path;  // how it was reached
};

std::string path_text(const LookupEntry& entry) {
    std::string text;
    for (const LookupLevel& level : entry.path)
        text += (text.empty() ? "" : " > ") + (level.title.empty() ? level.nonessential : level.title);
    return text;
}

// Every code the entries give, in their order, with the way to it; codes the release lacks left
// out. A code written with a dash ("I21.-") stands for its header, which the release has.
std::vector<Reached> codes_reached(const CodeSystem& system, const LookupContent& lookup) {
    std::vector<Reached> reached;
    std::set<std::string> seen;
    const auto add = [&](const LookupEntry& entry, const std::string& path) {
        for (const LookupCode& code : entry.codes) {
            if (code.status == LookupCode::Status::absent) continue;
            std::string written = code.written;
            while (!written.empty() && (written.back() == '-' || written.back() == '.')) written.pop_back();
            std::string stored = system.normalize(written);
            const bool column = code.role != "code";  // a table column, a manifestation, a see category
            if (seen.insert(stored).second) reached.push_back({std::move(stored), column ? path + " (" + code.role + ")" : path});
        }
    };
    for (const LookupHit& hit : lookup.hits) {
        const std::string path = path_text(hit.entry);
        add(hit.entry, path);
        for (const LookupReference& reference : hit.references)
            for (const LookupEntry& target : reference.chain)
                add(target, path + " \u2192 " + reference.kind + " " + path_text(target));
    }
    return reached;
}

}  // namespace

void rank_with_index(const Store& store, const CodeSystem& system, const ReleaseRecord& release,
                     const std::string& text, const SearchOptions& options, SearchResult& result) {
    if (store.index_headings(release).empty()) return;
    const LookupContent lookup = lookup_in_index(store, system, text, release.info.version, options.limit);
    const std::vector<Reached> reached = codes_reached(system, lookup);
    if (reached.empty()) return;
    // Every title match, so that a code found both ways is counted once.
    SearchResult titles = result;
    if (result.hits.size() < result.total) titles = store.search(release, text, {0, options.open, options.close});
    std::unordered_map<std::string, std::size_t> by_code;
    for (std::size_t i = 0; i < titles.hits.size(); ++i) by_code.emplace(titles.hits[i].record.code, i);
    std::vector<bool> taken(titles.hits.size(), false);
    std::vector<SearchHit> ranked;
    for (const Reached& code : reached) {
        SearchHit hit;
        if (const auto found = by_code.find(code.code); found != by_code.end()) {
            if (taken[found->second]) continue;
            taken[found->second] = true;
            hit = titles.hits[found->second];
        } else if (std::optional<CodeRecord> record = store.find_code(release, code.code)) {
            hit.record = std::move(*record);
            hit.highlight = hit.record.long_title;
            hit.snippet = hit.record.long_title;
        } else {
            continue;
        }
        hit.index_path = code.path;
        ranked.push_back(std::move(hit));
    }
    for (std::size_t i = 0; i < titles.hits.size(); ++i)
        if (!taken[i]) ranked.push_back(std::move(titles.hits[i]));
    result.total = ranked.size();
    if (options.limit > 0 && ranked.size() > options.limit) ranked.resize(options.limit);
    result.hits = std::move(ranked);
}

}  // namespace codeset::detail
