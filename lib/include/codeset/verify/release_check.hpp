// A code system's own check of a release against the diff from the release before it, beside the CMS
// addenda check every system with addenda gets. A profile names its check (CodeSystem::release_check);
// the check lives with the system's importers (HCPCS: importers/hcpcs/action_check.hpp) and answers in
// the generic report below, which verify's text and JSON writers print.
#pragma once

#include "codeset/core/code_record.hpp"
#include "codeset/diff/change_set.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace codeset {

// What a check reads: the diff, the records of the newer release as stored, and the addenda it carries.
struct ReleaseCheckInput {
    const ChangeSet& changes;
    const std::vector<CodeRecord>& records;
    const std::vector<AddendumEntry>& addenda;
};

// One count column of the tallies, and its width in the text output.
struct TallyColumn {
    std::string name;  // "procedures"
    int width = 6;
};

// How many records carry one value, per column: action A, 141 procedures, 11 modifiers.
struct CheckTally {
    std::string value;                // "A"; "" for records without one
    std::vector<std::size_t> counts;  // one per TallyColumn
    bool operator==(const CheckTally&) const = default;
};

struct CheckDisagreement {
    std::string code;      // stored form
    std::string value;     // what the release wrote on the code ("" when nothing)
    std::string computed;  // what the diff found
    std::string reason;    // why the two disagree
    bool operator==(const CheckDisagreement&) const = default;
};

struct ReleaseCheckReport {
    std::string subject;     // "CMS action codes": "<system> <release>: <subject> checked against ..."
    std::string value_name;  // "action code": what the release writes per code (JSON keys "action_code(s)")
    std::string value_label; // "action": written before a value in text lines
    std::vector<TallyColumn> columns;
    std::vector<CheckTally> tallies;                // sorted by value
    std::vector<CheckDisagreement> disagreements;   // sorted by code
    bool agrees() const { return disagreements.empty(); }
};

class ReleaseCheck {
public:
    virtual ~ReleaseCheck() = default;
    virtual ReleaseCheckReport check(const ReleaseCheckInput& input) const = 0;
};

}  // namespace codeset
