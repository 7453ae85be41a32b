// A horizontal stacked bar chart as inline SVG, drawn by codeset (no script, no fonts, no network):
// one bar per row (a chapter, a step between releases), one segment per series (added, deleted,
// ...), each row a link to its part of the page and titled for the mouse and for screen readers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace codeset::detail {

struct ChartSeries {
    std::string name;       // "Added"
    std::string css_class;  // "added": the page's stylesheet colours it
};

struct ChartBar {
    std::string label;   // short, left of the bar: "1", "A"
    std::string title;   // what the bar is about: "Certain infectious and parasitic diseases (A00-B99)"
    std::string anchor;  // id of the page element it links to; empty: no link
    std::vector<std::uint64_t> values;  // one per series
};

// An empty string when there are no bars. `description` is what a screen reader says of the chart.
std::string svg_bar_chart(const std::vector<ChartSeries>& series, const std::vector<ChartBar>& bars,
                          std::string_view description = "Changes per chapter");

}  // namespace codeset::detail
