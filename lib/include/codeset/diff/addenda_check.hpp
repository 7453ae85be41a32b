// Checks a computed diff against CMS's own change list (the addenda shipped with a release,
// written against the release just before it).
#pragma once

#include "codeset/core/code_record.hpp"
#include "codeset/core/code_system.hpp"
#include "codeset/diff/change_set.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace codeset {

// One kind of change, compared both ways. Codes are in stored form, sorted.
struct AddendaComparison {
    ChangeKind kind = ChangeKind::added;         // added, deleted, revised or a header kind
    std::size_t listed = 0;                      // codes the addenda list for this kind
    std::size_t found = 0;                       // codes the diff reports for this kind
    std::vector<std::string> listed_not_found;   // in the addenda, not in the diff
    std::vector<std::string> found_not_listed;   // in the diff, not in the addenda
    // Revise lines whose titles changed in white space only: CMS lists some, but does not
    // count them; the diff reports them apart (ChangeKind::whitespace).
    std::vector<std::string> listed_whitespace_only;
    // Where agreement is required: added and deleted must match exactly; every listed
    // revision must be found (CMS's addenda sometimes omit revisions: a finding, not an error).
    bool required = false;
    bool exact = false;
    bool agrees() const { return listed_not_found.empty() && (!exact || found_not_listed.empty()); }
};

struct AddendaCheck {
    std::size_t entries = 0;  // addenda lines read
    std::vector<AddendaComparison> comparisons;  // added, deleted, revised, then header kinds
    // True when every required comparison agrees.
    bool agrees() const;
};

// `changes` is the diff from the release before to the release of `system` that carries `addenda`.
// An entry without a billable flag is told a header by the profile's AddendaRules.
AddendaCheck check_addenda(const CodeSystem& system, const ChangeSet& changes,
                           const std::vector<AddendumEntry>& addenda);

}  // namespace codeset
