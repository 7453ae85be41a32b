// codeset history as JSON: one event per release in which the code changed. Each event's
// "missing_before" lists the releases the store misses just before it (the event happened in one
// of them or in its own release); "gaps" lists every gap of the system's stored releases. Event
// "first_seen": the code is in the store's first release, which has nothing before it.
#include "export/content_writers.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace codeset::detail {

namespace {

nlohmann::json missing_json(const std::vector<MissingRelease>& missing) {
    nlohmann::json list = nlohmann::json::array();
    for (const MissingRelease& release : missing)
        list.push_back({{"version", release.version}, {"effective", release.effective.to_string()}});
    return list;
}

nlohmann::json record_json(const CodeRecord& record, bool withheld) {
    if (withheld) return {{"billable", record.billable}};
    return {{"billable", record.billable}, {"short_title", record.short_title}, {"long_title", record.long_title}};
}

}  // namespace

void write_json_history(std::ostream& out, const HistoryContent& content) {
    const CodeSystem& system = *content.system;
    nlohmann::json events = nlohmann::json::array();
    for (std::size_t i = 0; i < content.entries.size(); ++i) {
        const HistoryEntry& entry = content.entries[i];
        nlohmann::json event = {
            {"version", entry.release.info.version},
            {"effective", entry.release.info.effective.to_string()},
            {"event", to_string(entry.event)},
            {"record", entry.record ? record_json(*entry.record, content.descriptors_withheld) : nlohmann::json(nullptr)},
            {"missing_before", missing_json(entry.missing_before)}};
        if (entry.event == HistoryEvent::changed) {
            nlohmann::json kinds = nlohmann::json::array();
            for (const Change& change : entry.changes) kinds.push_back(to_string(change.kind));
            event["changes"] = kinds;
            event["details"] = history_details(entry);
            nlohmann::json attributes = nlohmann::json::array();
            for (const Change& change : entry.changes)
                for (const AttributeChange& attribute : change.attribute_changes)
                    attributes.push_back(nlohmann::json(attribute_change_json(system, attribute)));
            if (!attributes.empty()) event["attribute_changes"] = attributes;
        }
        if (const HistoryReplacement* replacement = replacement_at(content, i)) {
            nlohmann::json codes = nlohmann::json::array();
            nlohmann::json targets = nlohmann::json::array();
            for (const MapTarget& target : replacement->targets) {
                codes.push_back(system.display(target.code));
                targets.push_back({{"code", system.display(target.code)},
                                   {"relation", target.relation},
                                   {"needs_review", target.needs_review}});
            }
            event["replaced_by"] = codes;
            event["replacements"] = targets;
            event["evidence"] = replacement->evidence;
        }
        events.push_back(event);
    }
    nlohmann::json gaps = nlohmann::json::array();
    for (const StoreGap& gap : content.gaps)
        gaps.push_back({{"after", gap.after}, {"before", gap.before}, {"missing", missing_json(gap.missing)}});
    const nlohmann::json json = {
        {"system", system.name}, {"code", system.display(content.code)}, {"history", events}, {"gaps", gaps}};
    out << json.dump(2) << '\n';
}

}  // namespace codeset::detail
