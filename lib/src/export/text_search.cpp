// codeset search as people read it: one line per hit, best first, and a count.
#include "export/content_writers.hpp"

#include <algorithm>
#include <ostream>

namespace codeset::detail {

namespace {

// How a searched field is named to people: "title", "short title", or the labels the profile gives
// its searchable attributes ("inclusion term").
std::string field_label(const CodeSystem& system, SearchField field) {
    const std::string_view name = to_string(field);
    if (name == "long_title") return "title";
    std::string label;
    if (field == SearchField::terms)
        for (const AttributeSpec& spec : system.attributes)
            if (has_role(spec.roles, AttributeRole::searchable))
                label += (label.empty() ? "" : " or ") + std::string(spec.label);
    if (label.empty()) label = name;
    std::replace(label.begin(), label.end(), '_', ' ');
    std::transform(label.begin(), label.end(), label.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return label;
}

bool matched_in_title(const SearchHit& hit) {
    return std::any_of(hit.matched.begin(), hit.matched.end(),
                       [](SearchField field) { return to_string(field) == "long_title"; });
}

}  // namespace

void write_text_search(std::ostream& out, const SearchContent& content) {
    const CodeSystem& system = *content.system;
    const SearchResult& result = content.result;
    std::size_t width = 0;
    for (const SearchHit& hit : result.hits) width = std::max(width, system.display(hit.record.code).size());
    for (const SearchHit& hit : result.hits) {
        const std::string code = system.display(hit.record.code);
        out << code;
        if (!content.descriptors_withheld) {
            out << std::string(width - code.size() + 2, ' ') << hit.highlight;
            if (!hit.record.billable) out << "  (header)";
            if (!hit.matched.empty() && !matched_in_title(hit))
                out << '\n' << std::string(width + 2, ' ') << field_label(system, hit.snippet_field) << ": " << hit.snippet;
        } else if (!hit.record.billable) {
            out << std::string(width - code.size() + 2, ' ') << "(header)";
        }
        // How it was found: through the index (its path), else by its title or terms alone.
        if (!hit.index_path.empty()) out << '\n' << std::string(width + 2, ' ') << "index: " << hit.index_path;
        out << '\n';
    }
    const std::string where = content.release.info.system + " " + content.release.info.version;
    if (result.total == 0)
        out << "no code in " << where << " matches all of " << result.expression << '\n';
    else if (result.hits.size() < result.total)
        out << result.hits.size() << " of " << result.total << " matching codes in " << where
            << ", best first (--limit N for more)\n";
    else
        out << result.total << " matching code" << (result.total == 1 ? "" : "s") << " in " << where
            << ", best first\n";
}

}  // namespace codeset::detail
