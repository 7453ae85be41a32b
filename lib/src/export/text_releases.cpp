// codeset releases as people read it: one row per release with its window (EFFECTIVE to UNTIL, the
// first day it is no longer in force), a line for every gap after it, optionally its files and warnings.
#include "export/content_writers.hpp"

#include <fmt/format.h>

#include <ostream>

namespace codeset::detail {

void write_text_releases(std::ostream& out, const ReleasesContent& content) {
    if (content.releases.empty()) {
        out << "no releases in " << content.store_path << " (add one with: codeset import PATH)\n";
        return;
    }
    out << fmt::format("{:<9} {:<10} {:<10} {:<10} {:<8} {:>7} {:>8} {:>7} {:>8}  {}\n", "SYSTEM", "VERSION",
                       "EFFECTIVE", "UNTIL", "KIND", "CODES", "BILLABLE", "HEADERS", "WARNINGS", "IMPORTED");
    for (std::size_t i = 0; i < content.releases.size(); ++i) {
        const ReleaseRecord& release = content.releases[i];
        const ReleaseWindow* window = i < content.windows.size() ? &content.windows[i] : nullptr;
        out << fmt::format("{:<9} {:<10} {:<10} {:<10} {:<8} {:>7} {:>8} {:>7} {:>8}  {}\n", release.info.system,
                           release.info.version, release.info.effective.to_string(),
                           window ? window_end_text(*window) : "-", to_string(release.info.kind), release.code_count,
                           release.billable_count, release.code_count - release.billable_count,
                           release.warning_count, release.imported_at);
        if (window && !window->missing_after.empty())
            out << "    gap: not in the store: " << missing_list_text(window->missing_after) << '\n';
        for (const CompanionRecord& companion : release.companions)
            out << "    companion: " << companion.importer << "  " << companion.path << '\n';
        if (content.with_files)
            for (const SourceFile& file : release.files)
                out << fmt::format("    {:<8} {}{}{}  {} bytes  sha256 {}\n", file.role, file.path,
                                   file.member.empty() ? "" : " : ", file.member, file.size, file.sha256);
        if (content.with_warnings && i < content.warnings.size())
            for (const ImportWarning& warning : content.warnings[i])
                out << "    warning: " << warning.where << ": " << warning.message << '\n';
    }
}

}  // namespace codeset::detail
