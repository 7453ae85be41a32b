// Internal: the set differences of two releases' content-id lists (diff_releases' first step).
#pragma once

#include "codeset/store/store.hpp"

#include <span>
#include <utility>
#include <vector>

namespace codeset::detail {

// Ids in `a` and not in `b`, and ids in `b` and not in `a`; each in an unspecified order.
std::pair<std::vector<ContentId>, std::vector<ContentId>> content_difference(std::span<const ContentId> a,
                                                                             std::span<const ContentId> b);

}  // namespace codeset::detail
