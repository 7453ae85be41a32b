// codeset summary as people read it: a header line, then one aligned line per step between
// consecutive stored releases, and under a step that jumps over releases the store lacks, a line
// naming them.
#include "export/content_writers.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <ostream>

namespace codeset::detail {

void write_text_summary(std::ostream& out, const SummaryContent& content) {
    const std::array<std::string_view, 8> headings = {"ADDED",    "DELETED",  "REVISED",  "EXPANDED",
                                                      "HEADERS+", "HEADERS-", "HEADERS~", "WHITESPACE"};
    const auto values = [](const DiffSummary& s) {
        return std::array<std::uint64_t, 8>{s.added,         s.deleted,         s.revised,         s.expanded,
                                            s.headers.added, s.headers.deleted, s.headers.revised, s.whitespace_only};
    };
    std::size_t label = 4;  // "FROM"
    std::array<std::size_t, 8> widths{};
    for (std::size_t i = 0; i < headings.size(); ++i) widths[i] = headings[i].size();
    for (const SummaryStep& step : content.steps) {
        label = std::max({label, step.from.size(), step.to.size()});
        const auto counts = values(step.counts);
        for (std::size_t i = 0; i < counts.size(); ++i) widths[i] = std::max(widths[i], fmt::formatted_size("{}", counts[i]));
    }
    const auto line = [&](std::string_view from, std::string_view to, std::string_view effective, const auto& cells) {
        std::string text = fmt::format("{:<{}}  {:<{}}  {:<10}", from, label, to, label, effective);
        for (std::size_t i = 0; i < cells.size(); ++i) text += fmt::format("  {:>{}}", cells[i], widths[i]);
        return text + '\n';
    };
    out << content.system->title << ": " << content.steps.size() << (content.steps.size() == 1 ? " step" : " steps") << " between " << content.steps.size() + 1
        << " stored releases, " << content.steps.front().from << " to " << content.steps.back().to << '\n';
    out << line("FROM", "TO", "EFFECTIVE", headings);
    for (const SummaryStep& step : content.steps) {
        out << line(step.from, step.to, step.to_effective.to_string(), values(step.counts));
        if (!step.missing.empty())
            out << "    across a gap: not in the store: " << missing_list_text(step.missing) << '\n';
    }
    out << "EFFECTIVE: when TO came into force. EXPANDED: deleted codes now headers over new codes (also in DELETED).\n"
           "HEADERS+/-/~: header rows added, deleted, revised. WHITESPACE: titles changed in white space only.\n";
}

}  // namespace codeset::detail
