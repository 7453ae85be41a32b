// A release as CSV: one row per code, in order-file order; the attributes column (a JSON object)
// only when some code has attributes. With the descriptors withheld the title columns stay, empty.
#include "export/content_writers.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ostream>

namespace codeset::detail {

void write_csv_snapshot(std::ostream& out, const SnapshotContent& content) {
    const CodeSystem& system = *content.system;
    const bool with_text = !content.descriptors_withheld;
    const bool with_attributes =
        with_text && content.codes.any_of([](const CodeRecord& r) { return !r.attributes.empty(); });
    out << "order,code,display_code,billable,short_title,long_title" << (with_attributes ? ",attributes" : "") << '\n';
    content.codes.for_each([&](const CodeRecord& record) {
        out << record.order << ',' << csv_field(record.code) << ',' << csv_field(system.display(record.code)) << ','
            << (record.billable ? '1' : '0') << ',';
        if (with_text)
            out << csv_field(record.short_title) << ',' << csv_field(record.long_title);
        else
            out << ',';
        if (with_attributes)
            out << ',' << (record.attributes.empty() ? std::string() : csv_field(attributes_object(system, record).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)));
        out << '\n';
    });
}

}  // namespace codeset::detail
