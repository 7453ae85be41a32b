// The chapter of a code in a release, as change reports group codes: the chapter the release's
// own XML gave it (its attribute with role `chapter`, titled by the release's division or the
// attribute that explains it), else the profile's chapter ranges (CodeSystem::chapters), else the
// code's first character. One rule for every report and filter.
#pragma once

#include "codeset/core/code_record.hpp"
#include "codeset/core/code_system.hpp"
#include "codeset/core/division.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace codeset {

struct Chapter {
    std::string key;    // "1", "0", "A": the XML's chapter number, the profile's key, or the first character
    std::string title;  // "Certain infectious and parasitic diseases (A00-B99)"; empty when nobody knows one
    // Where it comes in reading order: the profile's order, then numbers, then first characters.
    std::size_t order = 0;
    bool operator==(const Chapter&) const = default;
};

// The chapter of `code` (stored form). `record` is the code's record in the release (nullptr when
// none is at hand); `divisions` are the release's divisions (Store::divisions, ChangeSet::divisions).
Chapter chapter_of(const CodeSystem& system, std::string_view code, const CodeRecord* record,
                   const std::vector<Division>& divisions);

// The profile's range holding `code`, nullptr when none does.
const ChapterRange* chapter_range(const CodeSystem& system, std::string_view code);

// "A00-B99", or "A" for a range of one first character.
std::string range_text(const ChapterRange& range);

}  // namespace codeset
