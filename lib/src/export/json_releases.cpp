// codeset releases as JSON: every release with its window, counts and source files. "until" is the
// first day the release is no longer in force (null: no end known); "missing_after" lists the
// releases the calendar schedules between it and the next stored release (empty: no gap).
#include "export/content_writers.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace codeset::detail {

void write_json_releases(std::ostream& out, const ReleasesContent& content) {
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t i = 0; i < content.releases.size(); ++i) {
        const ReleaseRecord& release = content.releases[i];
        nlohmann::json files = nlohmann::json::array();
        for (const SourceFile& file : release.files)
            files.push_back({{"path", file.path}, {"member", file.member}, {"size", file.size},
                             {"sha256", file.sha256}, {"role", file.role}});
        nlohmann::json json = {{"system", release.info.system},
                               {"version", release.info.version},
                               {"effective", release.info.effective.to_string()},
                               {"kind", to_string(release.info.kind)},
                               {"until", nullptr},
                               {"missing_after", nlohmann::json::array()},
                               {"importer", release.info.importer},
                               {"imported_at", release.imported_at},
                               {"codes", release.code_count},
                               {"billable", release.billable_count},
                               {"headers", release.code_count - release.billable_count},
                               {"warnings", release.warning_count},
                               {"files", files}};
        if (!release.companions.empty()) {
            nlohmann::json companions = nlohmann::json::array();
            for (const CompanionRecord& companion : release.companions)
                companions.push_back(
                    {{"importer", companion.importer}, {"path", companion.path}, {"digest", companion.digest}});
            json["companions"] = companions;
        }
        if (i < content.windows.size()) {
            const ReleaseWindow& window = content.windows[i];
            if (!window.open) json["until"] = window.until.to_string();
            for (const MissingRelease& gap : window.missing_after)
                json["missing_after"].push_back({{"version", gap.version}, {"effective", gap.effective.to_string()}});
        }
        if (content.with_warnings && i < content.warnings.size()) {
            nlohmann::json warnings = nlohmann::json::array();
            for (const ImportWarning& warning : content.warnings[i])
                warnings.push_back({{"where", warning.where}, {"message", warning.message}});
            json["warning_list"] = warnings;
        }
        list.push_back(json);
    }
    out << list.dump(2) << '\n';
}

}  // namespace codeset::detail
