// `codeset verify` for HCPCS: CMS's action codes (A, B, C, D, F, N, P, R, S, T) on every record of
// a release, against the diff from the release before it.
#pragma once

#include "codeset/core/code_system.hpp"
#include "codeset/diff/change_set.hpp"
#include "codeset/store/store.hpp"

#include <iosfwd>

namespace codeset::cli {

// Writes the tally and every disagreement; returns true when there is none.
bool verify_action_codes(std::ostream& out, const Store& store, const CodeSystem& system, const ReleaseRecord& release,
                         const ChangeSet& changes, bool json);

}  // namespace codeset::cli
