// The JSON change report: summary and every change, keys in a fixed order, pretty-printed.
#include "export/report_writers.hpp"

#include <nlohmann/json.hpp>

namespace codeset::detail {

namespace {

using Json = nlohmann::ordered_json;

Json record_json(const std::optional<CodeRecord>& record) {
    if (!record) return nullptr;
    Json json;
    json["billable"] = record->billable;
    json["short_title"] = record->short_title;
    json["long_title"] = record->long_title;
    if (!record->attributes.empty()) {
        Json attributes = Json::object();
        for (const Attribute& attribute : record->attributes) attributes[attribute.name] = attribute.value;
        json["attributes"] = std::move(attributes);
    }
    return json;
}

Json optional_text(const std::optional<std::string>& text) { return text ? Json(*text) : Json(nullptr); }

}  // namespace

void write_json_report(std::ostream& out, const ChangeSet& changes, const CodeSystem& system) {
    const DiffSummary& s = changes.summary;
    Json json;
    json["system"] = changes.system;
    json["from"] = changes.from;
    json["to"] = changes.to;
    json["summary"] = {
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
    Json list = Json::array();
    for (const Change& change : changes.changes) {
        Json item;
        item["code"] = system.display(change.code);
        item["change"] = to_string(change.kind);
        item["before"] = record_json(change.before);
        item["after"] = record_json(change.after);
        if (!change.expanded_into.empty()) {
            Json codes = Json::array();
            for (const std::string& code : change.expanded_into) codes.push_back(system.display(code));
            item["expanded_into"] = std::move(codes);
        }
        if (!change.attribute_changes.empty()) {
            Json attributes = Json::array();
            for (const AttributeChange& attribute : change.attribute_changes)
                attributes.push_back({{"name", attribute.name},
                                      {"before", optional_text(attribute.before)},
                                      {"after", optional_text(attribute.after)}});
            item["attribute_changes"] = std::move(attributes);
        }
        list.push_back(std::move(item));
    }
    json["changes"] = std::move(list);
    out << json.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace codeset::detail
