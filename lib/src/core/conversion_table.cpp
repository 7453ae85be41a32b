#include "codeset/core/conversion_table.hpp"

#include <algorithm>

namespace codeset {

std::string_view to_string(PreviousCodes::Kind kind) noexcept {
    switch (kind) {
    case PreviousCodes::Kind::code: return "code";
    case PreviousCodes::Kind::range: return "range";
    case PreviousCodes::Kind::categories: return "categories";
    }
    return "code";
}

std::string companion_digest(const std::vector<SourceFile>& files_read) {
    const bool members =
        std::any_of(files_read.begin(), files_read.end(), [](const SourceFile& f) { return !f.member.empty(); });
    std::string digest;
    for (const SourceFile& file : files_read)
        if (!members || !file.member.empty()) digest += (digest.empty() ? "" : ",") + file.sha256;
    return digest;
}

}  // namespace codeset
