// codeset search as JSON: every hit with its rank, score and the fields it matched in.
#include "export/content_writers.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <ostream>

namespace codeset::detail {

void write_json_search(std::ostream& out, const SearchContent& content) {
    const CodeSystem& system = *content.system;
    nlohmann::json hits = nlohmann::json::array();
    std::size_t rank = 0;
    for (const SearchHit& hit : content.result.hits) {
        nlohmann::json json = {{"rank", ++rank},
                               {"code", system.display(hit.record.code)},
                               {"billable", hit.record.billable},
                               {"order", hit.record.order},
                               {"score", std::round(hit.score * 1e4) / 1e4}};
        nlohmann::json matched = nlohmann::json::array();
        for (SearchField field : hit.matched) matched.push_back(std::string(to_string(field)));
        json["matched_in"] = matched;
        // How it was found: "index" (then index_path says where), "title" (its fields), or both.
        nlohmann::json found = nlohmann::json::array();
        if (!hit.index_path.empty()) found.push_back("index");
        if (!hit.matched.empty()) found.push_back("title");
        json["found_by"] = found;
        if (!hit.index_path.empty()) json["index_path"] = hit.index_path;
        if (!content.descriptors_withheld) {
            json["title"] = hit.record.long_title;
            json["short_title"] = hit.record.short_title;
            json["highlight"] = hit.highlight;
            json["snippet"] = hit.snippet;
            json["snippet_from"] = std::string(to_string(hit.snippet_field));
        }
        hits.push_back(std::move(json));
    }
    const ReleaseRecord& release = content.release;
    const nlohmann::json json = {{"system", release.info.system},
                                 {"version", release.info.version},
                                 {"effective", release.info.effective.to_string()},
                                 {"text", content.text},
                                 {"query", content.result.expression},
                                 {"total", content.result.total},
                                 {"results", hits}};
    out << json.dump(2) << '\n';
}

}  // namespace codeset::detail
