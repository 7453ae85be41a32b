// The JSON Lines writer, for release snapshots: one JSON object per code, in order-file order.
// With the descriptors withheld an object carries the code and its flags only.
#include "codeset/export/writer.hpp"
#include "export/content_writers.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace codeset::detail {

namespace {

using Json = nlohmann::ordered_json;

void write_jsonl_snapshot(std::ostream& out, const SnapshotContent& content) {
    content.codes.for_each([&](const CodeRecord& record) {
        Json json;
        json["order"] = record.order;
        json["code"] = record.code;
        json["display_code"] = content.system->display(record.code);
        json["billable"] = record.billable;
        if (!content.descriptors_withheld) {
            json["short_title"] = record.short_title;
            json["long_title"] = record.long_title;
            if (!record.attributes.empty()) json["attributes"] = attributes_object(*content.system, record);
        }
        out << json.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
    });
}

}  // namespace

const Writer& jsonl_writer() {
    static const Writer writer{.name = "jsonl", .extension = "jsonl", .aliases = {}, .snapshot = write_jsonl_snapshot};
    return writer;
}

}  // namespace codeset::detail
