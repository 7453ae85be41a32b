// The counts of a diff's summary as every writer names them: the JSON summary's field names
// ("headers.added" for the nested ones) and the labels people read, in one order. The change-set
// reports and the release summary both print them from here, so they cannot drift apart.
#pragma once

#include "codeset/diff/change_set.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace codeset::detail {

struct DiffCount {
    std::string_view key;    // "revised_long", "headers.added"
    std::string_view label;  // "Revised long titles"
    std::uint64_t value = 0;
};

std::array<DiffCount, 11> diff_counts(const DiffSummary& summary);

// {"added": ..., "headers": {"added": ..., ...}}: the core of `codeset diff --format json`'s summary.
nlohmann::ordered_json diff_counts_json(const DiffSummary& summary);

}  // namespace codeset::detail
