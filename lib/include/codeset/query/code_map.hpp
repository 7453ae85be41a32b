// Where a code of one release went in another: the replacement graph walked over every stored
// release between the two, hop by hop (release to next stored release), in either direction.
// Evidence, each with its source: the NCHS conversion tables attached to the releases, deleted
// codes expanded into subcodes (the diff's expanded_into), the cross-references a release names
// for its discontinued codes (role replaced_by), and the same code with a new title.
#pragma once

#include "codeset/core/code_system.hpp"
#include "codeset/store/store.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace codeset {

// What a code became: identity, retitled, one_to_one, split, merge, deleted (without replacement).
// Relations order from weakest to strongest as listed; a chain has the strongest of its hops.
struct MapTarget {
    std::string code;      // stored form in `to`
    std::string relation;  // of the whole chain: the strongest change along it
    bool needs_review = false;  // the chain split on the way: a coder must choose among the targets
};

// One step between two consecutive stored releases (a gap in the store may lie between them).
struct MapHop {
    std::string from, to;  // version labels
    std::string code;      // the code in `from` (stored form)
    std::string relation;
    std::vector<std::string> targets;   // the codes in `to`
    std::vector<std::string> evidence;  // "conversion table FY2024 row 12: I48.20 <- I48.2", ...
    bool gap_crossed = false;            // releases the store misses lie between `from` and `to`
    std::vector<std::string> missing;    // their labels
    // For retitled: the titles before and after (taken out by the licence policy with descriptors).
    std::string title_before, title_after;
};

struct CodeMap {
    std::string system, code, from, to;  // code: stored form; from/to: version labels
    std::vector<MapTarget> targets;      // the codes in `to`, in order
    std::vector<MapHop> hops;            // every hop walked, in walking order
};

// Map one code (with or without dots, any case). Throws Error(not_found) when `code` is not in
// `from`. For many codes of one system, a ReplacementGraph reads each hop once.
CodeMap map_code(const Store& store, const CodeSystem& system, std::string_view code, const ReleaseRecord& from,
                 const ReleaseRecord& to);

// The graph of one system's stored releases, read lazily and kept: each release's codes, each
// hop's diff and cross-references, and every stored conversion table, read once for all the
// codes mapped with it. Not thread-safe; the store must outlive it.
class ReplacementGraph {
public:
    ReplacementGraph(const Store& store, const CodeSystem& system);
    ~ReplacementGraph();
    ReplacementGraph(ReplacementGraph&&) noexcept;
    ReplacementGraph& operator=(ReplacementGraph&&) noexcept;

    CodeMap map(std::string_view code, const ReleaseRecord& from, const ReleaseRecord& to);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace codeset
