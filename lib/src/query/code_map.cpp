// map_code: the walk over the hops, release to next stored release, from `from` to `to`. Each
// code reached carries the strongest relation met on its way and whether a hop on it offered a
// choice (several targets: a coder must pick one).
#include "codeset/query/code_map.hpp"

#include "codeset/core/error.hpp"
#include "codeset/query/queries.hpp"
#include "query/replacement_graph.hpp"

#include <algorithm>

namespace codeset {

using detail::HopResult;
using detail::Relation;

struct ReplacementGraph::Impl {
    Impl(const Store& store, const CodeSystem& system) : system(system), reader(store, system) {}
    const CodeSystem& system;
    detail::HopReader reader;
};

ReplacementGraph::ReplacementGraph(const Store& store, const CodeSystem& system)
    : m_impl(std::make_unique<Impl>(store, system)) {}
ReplacementGraph::~ReplacementGraph() = default;
ReplacementGraph::ReplacementGraph(ReplacementGraph&&) noexcept = default;
ReplacementGraph& ReplacementGraph::operator=(ReplacementGraph&&) noexcept = default;

namespace {

struct Reached {
    std::string code;
    Relation relation = Relation::identity;
    bool needs_review = false;
};

std::size_t index_of(const std::vector<ReleaseRecord>& releases, const ReleaseRecord& release) {
    for (std::size_t i = 0; i < releases.size(); ++i)
        if (releases[i].id == release.id) return i;
    throw Error(ErrorCode::not_found, release.info.system + " " + release.info.version + " is not in the store");
}

}  // namespace

CodeMap ReplacementGraph::map(std::string_view typed_code, const ReleaseRecord& from, const ReleaseRecord& to) {
    const CodeSystem& system = m_impl->system;
    detail::HopReader& reader = m_impl->reader;
    const std::vector<ReleaseRecord>& releases = reader.releases();
    CodeMap result{std::string(system.name), system.normalize(typed_code), from.info.version, to.info.version, {}, {}};
    if (!reader.has(from, result.code))
        throw Error(ErrorCode::not_found, std::string(system.name) + " " + from.info.version + " has no code " +
                                              system.display(result.code));
    const std::size_t first = index_of(releases, from), last = index_of(releases, to);
    std::vector<Reached> reached{{result.code}};
    const bool onward = first <= last;
    for (std::size_t at = first; at != last; onward ? ++at : --at) {
        const ReleaseRecord& here = releases[at];
        const ReleaseRecord& there = releases[onward ? at + 1 : at - 1];
        const ReleaseWindow& older_window = reader.windows()[onward ? at : at - 1];
        std::vector<Reached> next;
        for (const Reached& code : reached) {
            if (!reader.has(here, code.code)) {  // a code of another code set a cross-reference named
                next.push_back(code);
                continue;
            }
            HopResult step = reader.step(here, there, code.code);
            MapHop hop{here.info.version, there.info.version, code.code, std::string(to_string(step.relation)),
                       step.targets, std::move(step.evidence), !older_window.missing_after.empty(), {},
                       std::move(step.title_before), std::move(step.title_after)};
            for (const MissingRelease& missing : older_window.missing_after) hop.missing.push_back(missing.version);
            if (hop.gap_crossed) {
                std::string labels;
                for (const std::string& label : hop.missing) labels += (labels.empty() ? "" : ", ") + label;
                hop.evidence.push_back("gap crossed: the store misses " + labels +
                                       "; what happened in them is known only from the evidence above");
            }
            for (const std::string& target : step.targets) {
                const Relation relation = std::max(code.relation, step.relation);
                const bool review = code.needs_review || step.targets.size() > 1;
                auto same = std::find_if(next.begin(), next.end(), [&](const Reached& r) { return r.code == target; });
                if (same == next.end())
                    next.push_back({target, relation, review});
                else
                    same->relation = std::max(same->relation, relation), same->needs_review |= review;
            }
            result.hops.push_back(std::move(hop));
        }
        reached = std::move(next);
        if (reached.empty()) break;
    }
    for (const Reached& code : reached)
        result.targets.push_back({code.code, std::string(to_string(code.relation)), code.needs_review});
    return result;
}

CodeMap map_code(const Store& store, const CodeSystem& system, std::string_view code, const ReleaseRecord& from,
                 const ReleaseRecord& to) {
    ReplacementGraph graph(store, system);
    return graph.map(code, from, to);
}

MapContent map_between(const Store& store, const CodeSystem& system, std::string_view typed_code,
                       const std::string& from, const std::string& to) {
    const ReleaseRecord older = release_at(store, system.name, from);
    const ReleaseRecord newer = release_at(store, system.name, to);
    return MapContent{&system, map_code(store, system, typed_code, older, newer)};
}

}  // namespace codeset
