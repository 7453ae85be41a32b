// Finding the one member of a source an importer reads, and naming the members in messages.
#pragma once

#include "codeset/core/source.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace codeset::importers {

// "a.txt, b.txt, ... (3 more)": at most 12 names; "none" for no member.
std::string list_members(const std::vector<MemberInfo>& members);

// What an importer looks for, in the words of its messages.
struct WantedMember {
    std::string expected;      // "an ICD-10-CM order file such as icd10cm-order-2026.txt"
    std::string expected_hint;  // after the members listed when none matches; may be empty
    std::string one;           // "one ICD-10-CM order file"
    std::string several_hint;  // after the members listed when several match
    bool lone_file = true;     // a plain file given itself is the member even when its name does not match
};

// The one member that `matches`; when none does, the lone file given itself (if wanted.lone_file)
// or empty. Throws ParseError at the source when several match:
// "<one>, found N: <members> <several_hint>".
std::optional<MemberInfo> find_one_member(const Source& source, const std::function<bool(const MemberInfo&)>& matches,
                                          const WantedMember& wanted);

// The same, and when none is found throws ParseError "<expected>; found members: <members> <expected_hint>".
MemberInfo require_one_member(const Source& source, const std::function<bool(const MemberInfo&)>& matches,
                              const WantedMember& wanted);

}  // namespace codeset::importers
