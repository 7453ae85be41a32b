// codeset map as JSON: the codes a code became, then every hop walked with its evidence.
#include "export/content_writers.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace codeset::detail {

void write_json_map(std::ostream& out, const MapContent& content) {
    const CodeSystem& system = *content.system;
    const CodeMap& map = content.map;
    const auto displayed = [&](const std::vector<std::string>& codes) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const std::string& code : codes) list.push_back(system.display(code));
        return list;
    };
    nlohmann::ordered_json targets = nlohmann::ordered_json::array();
    for (const MapTarget& target : map.targets)
        targets.push_back(
            {{"code", system.display(target.code)}, {"relation", target.relation}, {"needs_review", target.needs_review}});
    nlohmann::ordered_json hops = nlohmann::ordered_json::array();
    for (const MapHop& hop : map.hops) {
        nlohmann::ordered_json json = {{"from", hop.from},
                                       {"to", hop.to},
                                       {"code", system.display(hop.code)},
                                       {"relation", hop.relation},
                                       {"targets", displayed(hop.targets)},
                                       {"evidence", hop.evidence},
                                       {"gap_crossed", hop.gap_crossed}};
        if (hop.gap_crossed) json["missing"] = hop.missing;
        if (!hop.title_before.empty() || !hop.title_after.empty()) {
            json["title_before"] = hop.title_before;
            json["title_after"] = hop.title_after;
        }
        hops.push_back(std::move(json));
    }
    nlohmann::ordered_json json = {{"system", map.system},       {"code", system.display(map.code)},
                                   {"from", map.from},           {"to", map.to},
                                   {"targets", targets},         {"hops", hops}};
    if (content.descriptors_withheld) json["descriptors_withheld"] = true;
    out << json.dump(2) << '\n';
}

}  // namespace codeset::detail
