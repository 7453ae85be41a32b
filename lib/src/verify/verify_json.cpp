// The JSON report of `codeset verify`: one object; each check adds its own keys, so a release with one
// check reads as it always has.
#include "codeset/verify/verify.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace codeset {

namespace {

// "action code" -> "action_code"
std::string json_key(std::string name) {
    for (char& c : name)
        if (c == ' ') c = '_';
    return name;
}

void add_addenda(nlohmann::json& object, const CodeSystem& system, const AddendaCheck& check) {
    auto display_all = [&](const std::vector<std::string>& codes) {
        nlohmann::json list = nlohmann::json::array();
        for (const std::string& code : codes) list.push_back(system.display(code));
        return list;
    };
    nlohmann::json comparisons = nlohmann::json::array();
    for (const AddendaComparison& c : check.comparisons)
        comparisons.push_back({{"kind", to_string(c.kind)},
                               {"listed", c.listed},
                               {"found", c.found},
                               {"required", c.required},
                               {"agrees", c.agrees()},
                               {"listed_not_found", display_all(c.listed_not_found)},
                               {"found_not_listed", display_all(c.found_not_listed)},
                               {"listed_whitespace_only", display_all(c.listed_whitespace_only)}});
    object["entries"] = check.entries;
    object["comparisons"] = comparisons;
}

void add_release_check(nlohmann::json& object, const CodeSystem& system, const ReleaseCheckReport& report) {
    const std::string value_key = json_key(report.value_name);
    nlohmann::json tallies = nlohmann::json::object();
    for (const CheckTally& tally : report.tallies) {
        nlohmann::json counts = nlohmann::json::object();
        for (std::size_t i = 0; i < report.columns.size() && i < tally.counts.size(); ++i)
            counts[report.columns[i].name] = tally.counts[i];
        tallies[tally.value] = counts;
    }
    nlohmann::json list = nlohmann::json::array();
    for (const CheckDisagreement& d : report.disagreements)
        list.push_back(
            {{"code", system.display(d.code)}, {value_key, d.value}, {"computed", d.computed}, {"reason", d.reason}});
    object[value_key + "s"] = tallies;
    object["disagreements"] = list;
}

}  // namespace

void write_verify_json(std::ostream& out, const VerifyResult& result) {
    if (!result.checked()) {  // still one JSON object, so scripts read every answer the same way
        const nlohmann::json object = {{"system", result.release.info.system},
                                       {"release", result.release.info.version},
                                       {"against", nullptr},
                                       {"checked", false},
                                       {"agrees", result.agrees()},
                                       {"reason", "the release carries no addenda entries: nothing to verify"}};
        out << object.dump(2) << '\n';
        return;
    }
    nlohmann::json object = {{"system", result.release.info.system},
                             {"release", result.release.info.version},
                             {"against", result.against->info.version},
                             {"checked", true},
                             {"agrees", result.agrees()},
                             {"missing_between", nlohmann::json::array()}};
    for (const MissingRelease& gap : result.missing_between)
        object["missing_between"].push_back({{"version", gap.version}, {"effective", gap.effective.to_string()}});
    if (result.addenda) add_addenda(object, *result.system, *result.addenda);
    if (result.release_check) add_release_check(object, *result.system, *result.release_check);
    out << object.dump(2) << '\n';
}

}  // namespace codeset
