// codeset history as people read it: one line per release in which the code changed.
#include "export/content_writers.hpp"

#include <ostream>

namespace codeset::detail {

void write_text_history(std::ostream& out, const HistoryContent& content) {
    const CodeSystem& system = *content.system;
    out << system.display(content.code) << " in " << system.title << '\n';
    for (std::size_t i = 0; i < content.entries.size(); ++i) {
        const HistoryEntry& entry = content.entries[i];
        out << "  " << entry.release.info.version << " (" << entry.release.info.effective.to_string() << ")  "
            << to_string(entry.event);
        if (entry.record && entry.event != HistoryEvent::changed) {
            out << " as " << flag_name(entry.record->billable);
            if (!content.descriptors_withheld) out << ": " << entry.record->long_title;
        }
        const std::vector<std::string>& replacements = replacements_at(content, i);
        for (std::size_t r = 0; r < replacements.size(); ++r)
            out << (r == 0 ? ", replaced by " : ", ") << system.display(replacements[r]);
        out << '\n';
        if (entry.event == HistoryEvent::changed)
            for (const std::string& line : history_details(entry)) out << "      " << line << '\n';
    }
}

}  // namespace codeset::detail
