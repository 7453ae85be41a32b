// Change sets as values that combine, as SQLite's session extension treats changesets: the inverse of
// a change set, and two consecutive change sets as one. Both give exactly what the diff engine gives
// for the releases they stand for:
//   invert(diff(a, b))              == diff(b, a)
//   compose(diff(a, b), diff(b, c)) == diff(a, c)
// and diff(a, a) is empty.
#pragma once

#include "codeset/diff/change_set.hpp"

#include <optional>
#include <string>

namespace codeset {

// The change set from `changes.to` back to `changes.from`: added <-> deleted, header_added <->
// header_deleted, the other kinds kept; before <-> after, in every attribute change too; sorted by
// code, then kind; the summary recounted.
//
// `expanded_into` belongs to a direction: it lists the billable codes added under a code that became a
// header. Read backwards, a code split into subcodes is subcodes folded back into a billable parent,
// which the diff does not record; and a header that became billable again (a deletion in the inverse)
// may have had its billable subcodes removed. So the inverse drops the old lists and derives its own from
// the inverted changes, the way the diff does: an inverted deletion whose code is now a header lists the
// inverted additions under it. Index changes turn too: added <-> removed, before <-> after.
ChangeSet invert(const ChangeSet& changes);

// The change set from `ab.from` to `bc.to`, for two change sets of one system where `ab.to` is
// `bc.from`. Each code changed in either step is compared from its record before the first step to its
// record after the second (a code unchanged in one step is the same in both of that step's releases),
// then classified as the diff classifies it: a code added and deleted again leaves no change, expansions
// and the summary are those of the whole span. Throws Error(usage) when the two do not follow on.
// The Alphabetic Index is left out (no index changes, files or statement): a change set keeps only the
// index terms that changed, and a term changed in both steps cannot be told from its two halves; compare
// the two releases' indexes with diff_releases.
ChangeSet compose(const ChangeSet& ab, const ChangeSet& bc);

// Where two change sets differ, in words ("A0472: kind added, expected deleted"); empty when they are
// the same: labels, summary, and every change with its records (by content: order numbers are not
// content), flags, expansions and attribute changes.
std::optional<std::string> first_difference(const ChangeSet& actual, const ChangeSet& expected);

}  // namespace codeset
