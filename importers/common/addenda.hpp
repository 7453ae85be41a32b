// CMS addenda: the change list shipped inside each ICD-10-CM and ICD-10-PCS release.
//
// Every change is one line that starts with a 13-character action prefix:
//   "Add:         ", "Delete:      ", "Revise from: ", "Revise to:   "
// followed by (columns are 1-based):
//   order_with_flag     (CM icd10cm_order_addenda_YYYY.txt): flag col 14, blank, code cols 16-22, blank,
//                       short title cols 24-83, blank, long title from col 85
//   order_without_flag  (PCS order_addenda_YYYY.txt): code cols 14-20, blank, short title cols 22-81,
//                       blank, long title from col 83
//   codes               (icd10cm_codes_addenda_YYYY.txt, PCS codes_addenda_YYYY.txt): code cols 14-20,
//                       blank, long title from col 22 (billable codes only)
// Other lines (blank lines, the "Headers"/"Codes" summary at the end) are not changes and are skipped.
// A malformed change line becomes an ImportWarning: the addenda are CMS's change list, not the data.
#pragma once

#include "codeset/core/record_sink.hpp"
#include "codeset/core/source.hpp"

#include "common/code_check.hpp"

#include <cstdint>
#include <string_view>

namespace codeset::importers {

enum class AddendaLayout { order_with_flag, order_without_flag, codes };

struct AddendaCounts {
    std::uint64_t entries = 0;   // well-formed change lines sent to the sink
    std::uint64_t warnings = 0;  // malformed change lines (and unpaired revisions) reported
    std::uint64_t skipped = 0;   // non-change lines (blank, headings, summary)
};

// Reads an addenda member to its end. `where` names the member (line/column are filled in);
// entries carry `member_name` and their line number.
AddendaCounts parse_addenda(ByteStream& stream, AddendaLayout layout, CodeCheck check_code, const Location& where,
                            std::string_view member_name, RecordSink& sink);

}  // namespace codeset::importers
