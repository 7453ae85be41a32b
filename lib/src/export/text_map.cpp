// codeset map as text: what the code became in `to`, then the hops walked, each with its evidence.
#include "export/content_writers.hpp"

#include <ostream>

namespace codeset::detail {

namespace {

std::string joined(const CodeSystem& system, const std::vector<std::string>& codes) {
    std::string text;
    for (const std::string& code : codes) text += (text.empty() ? "" : ", ") + system.display(code);
    return text;
}

}  // namespace

void write_text_map(std::ostream& out, const MapContent& content) {
    const CodeSystem& system = *content.system;
    const CodeMap& map = content.map;
    out << map.system << ' ' << system.display(map.code) << ": " << map.from << " -> " << map.to << '\n';
    if (map.targets.empty()) out << "  no code in " << map.to << " (deleted without replacement)\n";
    for (const MapTarget& target : map.targets)
        out << "  " << system.display(target.code) << "  " << target.relation
            << (target.needs_review ? "  needs review: the chain split, a coder must choose" : "") << '\n';
    if (map.hops.empty()) return;
    out << "\nhops:\n";
    for (const MapHop& hop : map.hops) {
        out << "  " << hop.from << " -> " << hop.to << "  " << system.display(hop.code) << "  " << hop.relation;
        if (hop.relation != "identity" && hop.relation != "retitled" && !hop.targets.empty())
            out << " -> " << joined(system, hop.targets);
        out << '\n';
        if (!hop.title_before.empty() || !hop.title_after.empty())
            out << "      title: " << hop.title_before << " -> " << hop.title_after << '\n';
        for (const std::string& evidence : hop.evidence) out << "      " << evidence << '\n';
    }
    if (content.descriptors_withheld) out << "\n(titles withheld: licensed content)\n";
}

}  // namespace codeset::detail
