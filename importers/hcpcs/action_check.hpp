// Checks a computed HCPCS diff against the action code CMS writes on every record of the newer file
// (attribute `action_code`, column 293 of the alpha-numeric file):
//   A add                           R re-activate a discontinued code
//   C change in long description    S change in short description
//   B change in both administrative data and long description
//   F change in an administrative data field
//   P payment change (pricing indicators, multiple pricing, ASC, MOG, anesthesia base units)
//   T miscellaneous change (BETOS, type of service)
//   D discontinue                   N no maintenance
//
// Discontinued codes: CMS keeps a code it discontinues in the file with action D and a termination date,
// and the HCPCS importer leaves every code terminated before the release's effective date out of the
// release. A code deleted by the diff is therefore confirmed by the record the importer left out of the
// newer release (read_anweb_release hands them back; discontinued_records rebuilds them from a stored
// release): pass those records as `left_out_records`. Without them, a deleted code cannot be confirmed and is listed as such.
//
// The fields that describe the action itself (the profile's bookkeeping attributes, `action_code` and
// `action_effective_date`) are not changes.
//
// The HCPCS profile registers action_code_check() as its release check, so `codeset verify hcpcs`
// (verify_release, codeset/verify/verify.hpp) runs it on the release as stored.
#pragma once

#include "codeset/core/code_record.hpp"
#include "codeset/diff/change_set.hpp"
#include "codeset/verify/release_check.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace codeset::importers::hcpcs {

struct ActionDisagreement {
    std::string code;
    std::string action_code;  // as CMS wrote it ("" when the record has none)
    // What the diff found: "added", "deleted", "absent", "unchanged", or the parts that changed
    // ("long description; fields: betos, coverage"). Text, not an enum: it names the changed fields.
    std::string computed;
    std::string reason;  // why the two disagree
    bool operator==(const ActionDisagreement&) const = default;
};

// Every disagreement, sorted by code. `to_release_records` are the records of the newer release (as
// imported); `left_out_records` those of the newer file the importer left out as no longer valid.
std::vector<ActionDisagreement> check_action_codes(const ChangeSet& changes,
                                                   const std::vector<CodeRecord>& to_release_records);
std::vector<ActionDisagreement> check_action_codes(const ChangeSet& changes,
                                                   const std::vector<CodeRecord>& to_release_records,
                                                   const std::vector<CodeRecord>& left_out_records);

// How many records carry each action code, procedures and modifiers apart (attribute `entry_kind`;
// records without it count as procedures). Sorted by action code; "" for records without one.
struct ActionCount {
    std::string action_code;
    std::size_t procedures = 0;
    std::size_t modifiers = 0;
    std::size_t total() const { return procedures + modifiers; }
    bool operator==(const ActionCount&) const = default;
};
std::vector<ActionCount> tally_action_codes(const std::vector<CodeRecord>& records);

// The records of the codes a release's file discontinued (action D), rebuilt from the Delete lines the
// importer keeps as the release's addenda: the records the importer left out as no longer valid.
std::vector<CodeRecord> discontinued_records(const std::vector<AddendumEntry>& addenda);

// The check above as the HCPCS profile's release check: the tally over the whole file (the release's
// records and its discontinued ones) and every disagreement.
const ReleaseCheck& action_code_check();

}  // namespace codeset::importers::hcpcs
