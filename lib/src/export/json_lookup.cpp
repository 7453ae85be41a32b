// codeset lookup as JSON (schemas/json/lookup.schema.json): every entry with its path, codes and
// the references it was followed along.
#include "export/content_writers.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace codeset::detail {

namespace {

std::string_view status_name(LookupCode::Status status) {
    switch (status) {
        case LookupCode::Status::billable: return "billable";
        case LookupCode::Status::needs_more: return "needs_more_characters";
        case LookupCode::Status::absent: return "absent";
    }
    return "absent";
}

std::string_view problem_name(LookupReference::Problem problem) {
    switch (problem) {
        case LookupReference::Problem::none: return "none";
        case LookupReference::Problem::instruction: return "instruction";
        case LookupReference::Problem::dead_end: return "dead_end";
        case LookupReference::Problem::loop: return "loop";
        case LookupReference::Problem::too_long: return "too_long";
    }
    return "none";
}

nlohmann::json entry_json(const LookupContent& content, const LookupEntry& entry) {
    nlohmann::json path = nlohmann::json::array();
    for (const LookupLevel& level : entry.path) {
        nlohmann::json json = {{"title", level.title}};
        if (!level.nonessential.empty()) json["nonessential"] = level.nonessential;
        path.push_back(std::move(json));
    }
    nlohmann::json codes = nlohmann::json::array();
    for (const LookupCode& code : entry.codes) {
        nlohmann::json json = {{"code", code.written}, {"role", code.role}, {"status", status_name(code.status)}};
        if (!content.descriptors_withheld && !code.title.empty()) json["title"] = code.title;
        if (code.status == LookupCode::Status::needs_more) {
            nlohmann::json under = nlohmann::json::array();
            for (const CodeRecord& record : code.completions) under.push_back(content.system->display(record.code));
            json["billable_under"] = std::move(under);
        }
        codes.push_back(std::move(json));
    }
    nlohmann::json json = {{"index", to_string(entry.index)}, {"path", path}, {"codes", codes}};
    if (!entry.see.empty()) json["see"] = entry.see;
    if (!entry.see_also.empty()) json["see_also"] = entry.see_also;
    return json;
}

}  // namespace

void write_json_lookup(std::ostream& out, const LookupContent& content) {
    nlohmann::json hits = nlohmann::json::array();
    std::size_t rank = 0;
    for (const LookupHit& hit : content.hits) {
        nlohmann::json json = entry_json(content, hit.entry);
        json["rank"] = ++rank;
        nlohmann::json references = nlohmann::json::array();
        for (const LookupReference& reference : hit.references) {
            nlohmann::json chain = nlohmann::json::array();
            for (const LookupEntry& entry : reference.chain) chain.push_back(entry_json(content, entry));
            nlohmann::json followed = {{"kind", reference.kind}, {"text", reference.text}, {"leads_to", chain},
                                       {"problem", problem_name(reference.problem)}};
            if (!reference.detail.empty()) followed["unmatched"] = reference.detail;
            references.push_back(std::move(followed));
        }
        json["references"] = std::move(references);
        hits.push_back(std::move(json));
    }
    const ReleaseRecord& release = content.release;
    const nlohmann::json json = {{"system", release.info.system},
                                 {"version", release.info.version},
                                 {"effective", release.info.effective.to_string()},
                                 {"text", content.text},
                                 {"total", content.total},
                                 {"results", hits}};
    out << json.dump(2) << '\n';
}

}  // namespace codeset::detail
