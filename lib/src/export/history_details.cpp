#include "export/content_writers.hpp"

#include <algorithm>

namespace codeset::detail {

std::vector<std::string> history_details(const HistoryEntry& entry) {
    std::vector<std::string> lines;
    for (const Change& change : entry.changes) {
        if (!change.before || !change.after) continue;
        const CodeRecord& before = *change.before;
        const CodeRecord& after = *change.after;
        const std::string whitespace = change.kind == ChangeKind::whitespace ? " (white space only)" : "";
        if (before.billable != after.billable)
            lines.push_back(std::string(flag_name(before.billable)) + " -> " + std::string(flag_name(after.billable)));
        if (before.long_title != after.long_title)
            lines.push_back("long title: \"" + before.long_title + "\" -> \"" + after.long_title + "\"" + whitespace);
        if (before.short_title != after.short_title)
            lines.push_back("short title: \"" + before.short_title + "\" -> \"" + after.short_title + "\"" + whitespace);
        for (const AttributeChange& attribute : change.attribute_changes)
            lines.push_back(attribute_change_text(attribute));
    }
    // A flip and a title change can each produce a Change with the same lines.
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    return lines;
}

}  // namespace codeset::detail
