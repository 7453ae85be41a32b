// codeset summary as JSON (schemas/json/summary.schema.json): one object per step between
// consecutive stored releases, its "summary" the one `codeset diff FROM TO --format json` gives,
// "missing" the releases the store lacks between the two (empty: no gap).
#include "export/content_writers.hpp"
#include "export/diff_counts.hpp"

#include <nlohmann/json.hpp>

namespace codeset::detail {

void write_json_summary(std::ostream& out, const SummaryContent& content) {
    using Json = nlohmann::ordered_json;
    Json steps = Json::array();
    for (const SummaryStep& step : content.steps) {
        Json missing = Json::array();
        for (const MissingRelease& release : step.missing)
            missing.push_back({{"version", release.version}, {"effective", release.effective.to_string()}});
        steps.push_back({{"from", step.from},
                         {"to", step.to},
                         {"from_effective", step.from_effective.to_string()},
                         {"to_effective", step.to_effective.to_string()},
                         {"summary", diff_counts_json(step.counts)},
                         {"missing", std::move(missing)}});
    }
    const Json json = {{"system", content.system->name}, {"steps", std::move(steps)}};
    out << json.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace codeset::detail
