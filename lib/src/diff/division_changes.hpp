// Chapters and sections compared between two releases: titles and notes, keyed by the attribute
// and value their codes carry. Shared by diff_releases, invert and compose.
#pragma once

#include "codeset/diff/change_set.hpp"

#include <vector>

namespace codeset::detail {

// Every division whose title or notes differ, or that one side only has.
std::vector<DivisionChange> compare_divisions(const std::vector<Division>& from, const std::vector<Division>& to);

// The titles of `to`'s divisions, then of those only `from` has, notes left out.
std::vector<Division> division_titles(const std::vector<Division>& from, const std::vector<Division>& to);

// The attribute changes of one division: "title", then its notes by name.
std::vector<AttributeChange> division_attribute_changes(const std::optional<Division>& before,
                                                        const std::optional<Division>& after);

}  // namespace codeset::detail
