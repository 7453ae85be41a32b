// Whole-release exports: one row (CSV) or one JSON object per line (JSONL) per code, in
// order-file order. Licensed systems (CPT) are written without any of their text unless the
// caller states its licence covers it: no titles and no attributes, only codes and flags.
#include "codeset/export/snapshot.hpp"

#include "codeset/core/code_system.hpp"
#include "export/report_writers.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace codeset {

namespace {

using Json = nlohmann::ordered_json;

constexpr auto json_error_handler = Json::error_handler_t::replace;

Json attributes_json(const CodeRecord& record) {
    Json attributes = Json::object();
    for (const Attribute& attribute : record.attributes) attributes[attribute.name] = attribute.value;
    return attributes;
}

void write_csv(std::ostream& out, const Store& store, const ReleaseRecord& release, const CodeSystem& system,
               bool with_text) {
    // The attributes column is there only when some code has attributes: read first, then write.
    std::vector<CodeRecord> records;
    records.reserve(release.code_count);
    store.for_each_code(release, [&](const CodeRecord& record) { records.push_back(record); });
    const bool with_attributes = with_text && std::any_of(records.begin(), records.end(),
                                                          [](const CodeRecord& r) { return !r.attributes.empty(); });

    out << "order,code,display_code,billable,short_title,long_title" << (with_attributes ? ",attributes" : "") << '\n';
    for (const CodeRecord& record : records) {
        out << record.order << ',' << detail::csv_field(record.code) << ','
            << detail::csv_field(system.display(record.code)) << ',' << (record.billable ? '1' : '0') << ',';
        if (with_text)
            out << detail::csv_field(record.short_title) << ',' << detail::csv_field(record.long_title);
        else
            out << ',';
        if (with_attributes)
            out << ','
                << (record.attributes.empty()
                        ? std::string()
                        : detail::csv_field(attributes_json(record).dump(-1, ' ', false, json_error_handler)));
        out << '\n';
    }
}

void write_jsonl(std::ostream& out, const Store& store, const ReleaseRecord& release, const CodeSystem& system,
                 bool with_text) {
    store.for_each_code(release, [&](const CodeRecord& record) {
        Json json;
        json["order"] = record.order;
        json["code"] = record.code;
        json["display_code"] = system.display(record.code);
        json["billable"] = record.billable;
        if (with_text) {
            json["short_title"] = record.short_title;
            json["long_title"] = record.long_title;
            if (!record.attributes.empty()) json["attributes"] = attributes_json(record);
        }
        out << json.dump(-1, ' ', false, json_error_handler) << '\n';
    });
}

}  // namespace

void write_snapshot(std::ostream& out, const Store& store, const ReleaseRecord& release, SnapshotFormat format,
                    bool include_licensed_text) {
    const CodeSystem& system = require_code_system(release.info.system);
    const bool with_text = !system.licensed() || include_licensed_text;
    switch (format) {
        case SnapshotFormat::csv:
            write_csv(out, store, release, system, with_text);
            return;
        case SnapshotFormat::jsonl:
            write_jsonl(out, store, release, system, with_text);
            return;
    }
}

}  // namespace codeset
