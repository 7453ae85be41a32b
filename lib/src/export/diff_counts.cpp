#include "export/diff_counts.hpp"

namespace codeset::detail {

std::array<DiffCount, 11> diff_counts(const DiffSummary& s) {
    return {{
        {"added", "Added", s.added},
        {"deleted", "Deleted", s.deleted},
        {"expanded", "Expanded (deleted, now a header)", s.expanded},
        {"revised", "Revised", s.revised},
        {"revised_long", "Revised long titles", s.revised_long},
        {"revised_short", "Revised short titles", s.revised_short},
        {"whitespace_only", "White space only", s.whitespace_only},
        {"attributes", "Attributes", s.attributes},
        {"headers.added", "Header rows added", s.headers.added},
        {"headers.deleted", "Header rows deleted", s.headers.deleted},
        {"headers.revised", "Header rows revised", s.headers.revised},
    }};
}

nlohmann::ordered_json diff_counts_json(const DiffSummary& s) {
    return {
        {"added", s.added},
        {"deleted", s.deleted},
        {"revised", s.revised},
        {"revised_long", s.revised_long},
        {"revised_short", s.revised_short},
        {"whitespace_only", s.whitespace_only},
        {"expanded", s.expanded},
        {"attributes", s.attributes},
        {"headers", {{"added", s.headers.added}, {"deleted", s.headers.deleted}, {"revised", s.headers.revised}}},
    };
}

}  // namespace codeset::detail
