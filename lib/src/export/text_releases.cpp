// codeset releases as people read it: one row per release, optionally its files and warnings.
#include "export/content_writers.hpp"

#include <fmt/format.h>

#include <ostream>

namespace codeset::detail {

void write_text_releases(std::ostream& out, const ReleasesContent& content) {
    if (content.releases.empty()) {
        out << "no releases in " << content.store_path << " (add one with: codeset import PATH)\n";
        return;
    }
    out << fmt::format("{:<9} {:<10} {:<10} {:<8} {:>7} {:>8} {:>7} {:>8}  {}\n", "SYSTEM", "VERSION", "EFFECTIVE",
                       "KIND", "CODES", "BILLABLE", "HEADERS", "WARNINGS", "IMPORTED");
    for (std::size_t i = 0; i < content.releases.size(); ++i) {
        const ReleaseRecord& release = content.releases[i];
        out << fmt::format("{:<9} {:<10} {:<10} {:<8} {:>7} {:>8} {:>7} {:>8}  {}\n", release.info.system,
                           release.info.version, release.info.effective.to_string(), to_string(release.info.kind),
                           release.code_count, release.billable_count, release.code_count - release.billable_count,
                           release.warning_count, release.imported_at);
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
