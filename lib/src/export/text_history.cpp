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

// ", replaced by I48.20, I48.21 (split: a coder must choose)", or that none is named.
void write_targets(std::ostream& out, const CodeSystem& system, const HistoryReplacement& replacement) {
    if (replacement.targets.empty()) {
        out << "; no replacement named";
        return;
    }
    bool review = false;
    for (std::size_t r = 0; r < replacement.targets.size(); ++r) {
        out << (r == 0 ? ", replaced by " : ", ") << system.display(replacement.targets[r].code);
        review = review || replacement.targets[r].needs_review;
    }
    out << " (" << replacement.targets.front().relation << (review ? ": a coder must choose" : "") << ')';
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
        const HistoryReplacement* replacement = replacement_at(content, i);
        if (replacement) write_targets(out, system, *replacement);
        if (entry.event == HistoryEvent::first_seen) out << "; the store holds no release before it";
        if (!entry.missing_before.empty()) out << " (here or in a release the store misses before it)";
        out << '\n';
        if (entry.event == HistoryEvent::changed)
            for (const std::string& line : history_details(entry)) out << "      " << line << '\n';
        if (replacement)
            for (const std::string& line : replacement->evidence) out << "      evidence: " << line << '\n';
    }
    for (; next_gap < content.gaps.size(); ++next_gap) write_gap(out, content.gaps[next_gap]);
}

}  // namespace codeset::detail
