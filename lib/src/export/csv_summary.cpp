// codeset summary as CSV: one row per step between consecutive stored releases, a column per
// count of the diff summary (the JSON names, "headers.added" written headers_added), and the
// releases the store lacks between the two, separated by spaces (empty: no gap).
#include "export/content_writers.hpp"
#include "export/diff_counts.hpp"

#include <algorithm>
#include <ostream>

namespace codeset::detail {

void write_csv_summary(std::ostream& out, const SummaryContent& content) {
    out << "from,to,from_effective,to_effective";
    for (const DiffCount& count : diff_counts({})) {
        std::string name(count.key);
        std::replace(name.begin(), name.end(), '.', '_');
        out << ',' << name;
    }
    out << ",missing\n";
    for (const SummaryStep& step : content.steps) {
        out << csv_field(step.from) << ',' << csv_field(step.to) << ',' << step.from_effective.to_string() << ','
            << step.to_effective.to_string();
        for (const DiffCount& count : diff_counts(step.counts)) out << ',' << count.value;
        std::string missing;
        for (const MissingRelease& release : step.missing) missing += (missing.empty() ? "" : " ") + release.version;
        out << ',' << csv_field(missing) << '\n';
    }
}

}  // namespace codeset::detail
