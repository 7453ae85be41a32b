// codeset summary as one self-contained page for people (an educator's slide, an HIM manager's
// handout): a chart of the counts of every step between consecutive stored releases, drawn by
// codeset as inline SVG in calendar order, and the table of the figures under it. Nothing is
// loaded from elsewhere; the print stylesheet is the change report's.
#include "export/content_writers.hpp"
#include "export/diff_counts.hpp"
#include "export/html_escape.hpp"
#include "export/html_page.hpp"
#include "export/svg_chart.hpp"

#include <ostream>

namespace codeset::detail {

namespace {

std::string step_anchor(const SummaryStep& step) { return "step-" + step.to; }

std::string missing_versions(const SummaryStep& step) {
    std::string text;
    for (const MissingRelease& release : step.missing) text += (text.empty() ? "" : ", ") + release.version;
    return text;
}

void write_chart(std::ostream& out, const SummaryContent& content) {
    const std::vector<ChartSeries> series = {
        {"Added", "added"}, {"Deleted", "deleted"}, {"Revised", "revised"}, {"Header rows", "other"}};
    std::vector<ChartBar> bars;
    for (const SummaryStep& step : content.steps) {
        const DiffSummary& s = step.counts;
        bars.push_back({step.from + " \u2192 " + step.to,
                        step.missing.empty() ? "" : "(across a gap: " + missing_versions(step) + ")",
                        step_anchor(step),
                        {s.added, s.deleted, s.revised, s.headers.added + s.headers.deleted + s.headers.revised}});
    }
    out << "<section id=\"chart\">\n<h2>Changes per release</h2>\n"
        << svg_bar_chart(series, bars, "Codes added, deleted and revised per release") << "</section>\n";
}

void write_table(std::ostream& out, const SummaryContent& content) {
    // data-count names the JSON summary's field, so a reader checks one against the other.
    out << "<section id=\"figures\">\n<h2>Figures</h2>\n<table class=\"figures\">\n<thead><tr><th>From</th><th>To</th>"
           "<th>In force from</th>";
    for (const DiffCount& count : diff_counts({})) out << "<th>" << count.label << "</th>";
    out << "<th>Not in the store</th></tr></thead>\n<tbody>\n";
    for (const SummaryStep& step : content.steps) {
        out << "<tr id=\"" << html_escape(step_anchor(step)) << "\"" << (step.missing.empty() ? "" : " class=\"gap\"")
            << "><th>" << html_escape(step.from) << "</th><th>" << html_escape(step.to) << "</th><td><time>"
            << step.to_effective.to_string() << "</time></td>";
        for (const DiffCount& count : diff_counts(step.counts))
            out << "<td class=\"count\" data-count=\"" << count.key << "\">" << count.value << "</td>";
        out << "<td>" << html_escape(missing_list_text(step.missing)) << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n<p class=\"generated\">Expanded codes were deleted and became headers over new codes; "
           "they are counted in Deleted too. A step across a gap compares the two stored releases: its counts hold "
           "the changes of the releases the store lacks.</p>\n</section>\n";
}

}  // namespace

void write_html_summary(std::ostream& out, const SummaryContent& content) {
    const std::string heading = std::string(content.system->title) + ", " + content.steps.front().from + " to " +
                                content.steps.back().to;
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"codeset\">\n"
        << "<title>" << html_escape(heading) << "</title>\n<style>" << html_page_style
        << "table.figures td.count { text-align: right; font-variant-numeric: tabular-nums; }\n"
           "table.figures tbody th, table.figures time { white-space: nowrap; }\n"
           "tr.gap > * { background: #faf6f3; }\n</style>\n</head>\n<body>\n";
    out << "<header>\n<h1>" << html_escape(heading) << "</h1>\n<p class=\"releases\">" << content.steps.size() << (content.steps.size() == 1 ? " step" : " steps")
        << " between " << content.steps.size() + 1 << " stored releases, in force from <time>"
        << content.steps.front().from_effective.to_string() << "</time> to <time>"
        << content.steps.back().to_effective.to_string() << "</time></p>\n</header>\n";
    write_chart(out, content);
    write_table(out, content);
    out << "<p class=\"generated\">Written by codeset from the " << html_escape(content.system->name)
        << " releases of its store.</p>\n</body>\n</html>\n";
}

}  // namespace codeset::detail
