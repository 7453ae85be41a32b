#include "export/svg_chart.hpp"

#include "export/html_escape.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace codeset::detail {

namespace {

constexpr int row_height = 22;
constexpr int bar_height = 16;
constexpr int label_width = 300;
constexpr int plot_width = 520;
constexpr int total_width = 60;
constexpr std::size_t label_characters = 46;

// Labels are cut to fit their column; the full title is in the row's <title>.
std::string cut(const std::string& text) {
    if (text.size() <= label_characters) return text;
    std::size_t end = label_characters - 1;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // not inside a UTF-8 character
    return text.substr(0, end) + "\u2026";
}

std::uint64_t total(const ChartBar& bar) {
    std::uint64_t sum = 0;
    for (const std::uint64_t value : bar.values) sum += value;
    return sum;
}

}  // namespace

std::string svg_bar_chart(const std::vector<ChartSeries>& series, const std::vector<ChartBar>& bars,
                          std::string_view description) {
    if (bars.empty()) return {};
    std::uint64_t largest = 1;
    for (const ChartBar& bar : bars) largest = std::max(largest, total(bar));
    const int legend = row_height + 8;
    const int height = legend + static_cast<int>(bars.size()) * row_height + 4;
    const int width = label_width + plot_width + total_width;
    std::string svg = fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 {0} {1}\" "
        "width=\"{0}\" height=\"{1}\" aria-label=\"{2}\">\n",
        width, height, html_escape(description));
    int x = label_width;
    for (const ChartSeries& s : series) {
        svg += fmt::format("<rect class=\"{}\" x=\"{}\" y=\"4\" width=\"12\" height=\"12\"/><text x=\"{}\" y=\"14\">{}</text>\n",
                           html_escape(s.css_class), x, x + 16, html_escape(s.name));
        x += 24 + static_cast<int>(s.name.size()) * 8;
    }
    for (std::size_t row = 0; row < bars.size(); ++row) {
        const ChartBar& bar = bars[row];
        const int y = legend + static_cast<int>(row) * row_height;
        const std::uint64_t sum = total(bar);
        std::string tooltip = bar.title.empty() ? bar.label : bar.label + " " + bar.title;
        for (std::size_t i = 0; i < series.size() && i < bar.values.size(); ++i)
            tooltip += fmt::format("; {} {}", series[i].name, bar.values[i]);
        svg += bar.anchor.empty() ? "<g>" : "<a href=\"#" + html_escape(bar.anchor) + "\">";
        svg += "<title>" + html_escape(tooltip) + "</title>";
        svg += fmt::format("<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>", label_width - 6,
                           y + bar_height - 3, html_escape(cut(bar.title.empty() ? bar.label : bar.label + "  " + bar.title)));
        double offset = label_width;
        for (std::size_t i = 0; i < series.size() && i < bar.values.size(); ++i) {
            if (bar.values[i] == 0) continue;
            const double length = static_cast<double>(bar.values[i]) * plot_width / static_cast<double>(largest);
            svg += fmt::format("<rect class=\"{}\" x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\"/>",
                               html_escape(series[i].css_class), offset, y, std::max(length, 1.0), bar_height);
            offset += length;
        }
        svg += fmt::format("<text class=\"total\" x=\"{:.1f}\" y=\"{}\">{}</text>", offset + 4, y + bar_height - 3, sum);
        svg += bar.anchor.empty() ? "</g>\n" : "</a>\n";
    }
    svg += "</svg>\n";
    return svg;
}

}  // namespace codeset::detail
