// Where a code of one release went in another: the replacement graph walked over every stored
// release between the two, hop by hop (release to next stored release), in either direction.
// Evidence, each with its source: the NCHS conversion tables attached to the releases, deleted
// codes expanded into subcodes (the diff's expanded_into), the cross-references a release names
// for its discontinued codes (role replaced_by), and the same code with a new title.
#pragma once

#include "codeset/core/code_system.hpp"
#include "codeset/store/store.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace codeset {

// What a code became: identity, retitled, one_to_one, split, merge, deleted (without replacement).
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
    bool gap_crossed = false;  // releases the store misses lie between `from` and `to`
};

struct CodeMap {
    std::string system, code, from, to;  // code: stored form; from/to: version labels
    std::vector<MapTarget> targets;      // the codes in `to`, in order
    std::vector<MapHop> hops;            // every hop walked, in walking order
};

// Throws Error(not_found) when `code` is in neither `from` nor any conversion table that names it.
// `code` may be written with or without dots, in any case.
CodeMap map_code(const Store& store, const CodeSystem& system, std::string_view code, const ReleaseRecord& from,
                 const ReleaseRecord& to);

}  // namespace codeset
