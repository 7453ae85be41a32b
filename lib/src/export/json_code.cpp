// codeset show as JSON: the code, its attributes, its context and, for a header, every billable
// code under it.
#include "export/content_writers.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace codeset::detail {

namespace {

nlohmann::json code_json(const CodeSystem& system, const CodeRecord& record, bool withheld) {
    nlohmann::json json = {{"code", system.display(record.code)}};
    if (!withheld) json["long_title"] = record.long_title;
    return json;
}

nlohmann::json context_json(const CodeContent& content) {
    const CodeSystem& system = *content.system;
    const CodeContext& context = content.context;
    nlohmann::json json = nlohmann::json::object();
    if (!context.placement.empty()) {
        nlohmann::json placement = nlohmann::json::array();
        for (const Placement& p : context.placement) {
            nlohmann::json item = {{"name", p.name}, {"label", p.label}, {"value", p.value}};
            if (!p.explanation.empty()) item["explanation"] = p.explanation;
            placement.push_back(std::move(item));
        }
        json["placement"] = placement;
    }
    if (!context.ancestry.empty()) {
        nlohmann::json ancestry = nlohmann::json::array();
        for (const CodeRecord& ancestor : context.ancestry)
            ancestry.push_back(code_json(system, ancestor, content.descriptors_withheld));
        json["ancestry"] = ancestry;
    }
    if (!context.notes.empty()) {
        nlohmann::json notes = nlohmann::json::array();
        // `level`: "code", or the division's attribute ("chapter", "section"); `from` its value.
        for (const InheritedNote& note : context.notes)
            notes.push_back({{"level", note.level.empty() ? std::string_view("code") : note.level},
                             {"from", note.level.empty() ? system.display(note.from) : note.from},
                             {"kind", note.kind},
                             {"text", note.text}});
        json["notes"] = notes;
    }
    return json;
}

}  // namespace

void write_json_code(std::ostream& out, const CodeContent& content) {
    const CodeSystem& system = *content.system;
    const CodeRecord& record = content.record;
    const ReleaseRecord& release = content.release;
    nlohmann::json json = {{"system", release.info.system},
                           {"version", release.info.version},
                           {"effective", release.info.effective.to_string()},
                           {"code", system.display(record.code)},
                           {"billable", record.billable},
                           {"order", record.order}};
    if (!content.descriptors_withheld) {
        json["short_title"] = record.short_title;
        json["long_title"] = record.long_title;
    }
    json["attributes"] = attributes_object(system, record);
    json.update(context_json(content));
    if (!record.billable) {
        nlohmann::json list = nlohmann::json::array();
        for (const CodeRecord& subcode : content.subcodes)
            list.push_back(code_json(system, subcode, content.descriptors_withheld));
        json["billable_codes_under"] = list;
    }
    out << json.dump(2) << '\n';
}

}  // namespace codeset::detail
