// codeset history as people read it: one line per release in which the code changed, and a line
// wherever the store is blind (a release scheduled between two stored ones that it does not hold).
#include "export/content_writers.hpp"

#include <ostream>

namespace codeset::detail {

namespace {

void write_gap(std::ostream& out, const StoreGap& gap) {
    out << "  not in the store between " << gap.after << " and " << gap.before << ": " << missing_list_text(gap.missing)
        << '\n';
}

}  // namespace

void write_text_history(std::ostream& out, const HistoryContent& content) {
    const CodeSystem& system = *content.system;
    out << system.display(content.code) << " in " << system.title << '\n';
    std::size_t next_gap = 0;
    for (std::size_t i = 0; i < content.entries.size(); ++i) {
        const HistoryEntry& entry = content.entries[i];
        for (; next_gap < content.gaps.size() && content.gaps[next_gap].resumes <= entry.release.info.effective;
             ++next_gap)
            write_gap(out, content.gaps[next_gap]);
        out << "  " << entry.release.info.version << " (" << entry.release.info.effective.to_string() << ")  "
            << event_text(entry.event);
        if (entry.record && entry.event != HistoryEvent::changed) {
            out << " as " << flag_name(entry.record->billable);
            if (!content.descriptors_withheld) out << ": " << entry.record->long_title;
        }
        const std::vector<std::string>& replacements = replacements_at(content, i);
        for (std::size_t r = 0; r < replacements.size(); ++r)
            out << (r == 0 ? ", replaced by " : ", ") << system.display(replacements[r]);
        if (entry.event == HistoryEvent::first_seen) out << "; the store holds no release before it";
        if (!entry.missing_before.empty()) out << " (here or in a release the store misses before it)";
        out << '\n';
        if (entry.event == HistoryEvent::changed)
            for (const std::string& line : history_details(entry)) out << "      " << line << '\n';
    }
    for (; next_gap < content.gaps.size(); ++next_gap) write_gap(out, content.gaps[next_gap]);
}

}  // namespace codeset::detail
