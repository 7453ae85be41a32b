// A change set cut to the part of the code set a reader works on: code ranges as users write them
// (`A00-B99`, `E11`, `A00-B99,E08-E13`), a chapter (its number, or the key reports print: a PCS
// section's character, an HCPCS letter) or a section (the tabular XML's `E08-E13`; without the XML
// a section written as a range is that range, and for systems whose chapters are sections, the
// chapter). The range form needs no XML. Every writer gets the cut change set, its summary
// counted again over what is kept, as CMS counts.
#pragma once

#include "codeset/query/content.hpp"

#include <string>
#include <vector>

namespace codeset {

struct ChangeFilter {
    std::string ranges;   // as typed: "A00-B99,E08-E13"; empty: any code
    std::string chapter;  // "4", "0", "J"; empty: any chapter
    std::string section;  // "E08-E13"; empty: any section
    bool empty() const { return ranges.empty() && chapter.empty() && section.empty(); }
};

// Keeps the changes (and the chapter and section changes) the filter names, recounts the
// summary and says what was kept in content.scope ("codes A00-B99, chapter 4"). Throws
// Error(usage) for a range that is not two codes of the system ("--range B99-A00: ...").
void apply_change_filter(ChangeSetContent& content, const ChangeFilter& filter);

}  // namespace codeset
