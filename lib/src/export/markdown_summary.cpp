// codeset summary as Markdown: a heading and one table row per step between consecutive stored
// releases, the last column naming the releases the store lacks between the two.
#include "export/content_writers.hpp"

#include <ostream>

namespace codeset::detail {

void write_markdown_summary(std::ostream& out, const SummaryContent& content) {
    out << "# " << content.system->title << ", " << content.steps.front().from << " to " << content.steps.back().to
        << "\n\n";
    out << "| from | to | in force from | added | deleted | revised | expanded | header rows added "
           "| header rows deleted | header rows revised | not in the store |\n"
           "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n";
    for (const SummaryStep& step : content.steps) {
        const DiffSummary& s = step.counts;
        out << "| " << step.from << " | " << step.to << " | " << step.to_effective.to_string() << " | " << s.added
            << " | " << s.deleted << " | " << s.revised << " | " << s.expanded << " | " << s.headers.added << " | "
            << s.headers.deleted << " | " << s.headers.revised << " | " << missing_list_text(step.missing) << " |\n";
    }
    out << "\nExpanded: deleted codes that became headers over new codes (counted in deleted too).\n";
}

}  // namespace codeset::detail
