// The result of comparing two releases of one system, counted the way CMS counts.
#pragma once

#include "codeset/core/code_record.hpp"
#include "codeset/core/division.hpp"
#include "codeset/diff/index_changes.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeset {

enum class ChangeKind {
    added,           // billable in `to`, not billable (absent or header) in `from`
    deleted,         // billable in `from`, not billable in `to`
    revised,         // billable in both, long or short title changed in more than white space
    whitespace,      // billable or header in both, titles differ only in white space
    header_added,    // header in `to`, not a header in `from`
    header_deleted,  // header in `from`, not a header in `to`
    header_revised,  // header in both, a title changed in more than white space
    attributes,      // same flag and titles, a system-specific attribute changed
};
std::string_view to_string(ChangeKind kind) noexcept;

struct AttributeChange {
    std::string name;
    std::optional<std::string> before;  // empty: the attribute was absent
    std::optional<std::string> after;
};

struct Change {
    std::string code;  // stored form
    ChangeKind kind = ChangeKind::added;
    std::optional<CodeRecord> before;  // absent for added codes that did not exist
    std::optional<CodeRecord> after;   // absent for deleted codes that no longer exist
    bool long_changed = false;
    bool short_changed = false;
    // For a deleted code that became a header: the new billable codes under it.
    std::vector<std::string> expanded_into;
    std::vector<AttributeChange> attribute_changes;
};

struct DiffSummary {
    std::uint64_t added = 0;
    std::uint64_t deleted = 0;
    std::uint64_t revised = 0;
    std::uint64_t revised_long = 0;
    std::uint64_t revised_short = 0;
    std::uint64_t whitespace_only = 0;
    std::uint64_t expanded = 0;  // deleted codes that were expanded into subcodes
    std::uint64_t attributes = 0;
    struct HeaderCounts {
        std::uint64_t added = 0;
        std::uint64_t deleted = 0;
        std::uint64_t revised = 0;
        bool operator==(const HeaderCounts&) const = default;
    } headers;
    bool operator==(const DiffSummary&) const = default;
};

// A chapter or section whose title or notes changed, or that one release only has.
struct DivisionChange {
    std::string attribute;  // "chapter", "section"
    std::string value;      // "4", "E08-E13"
    std::optional<Division> before;  // absent: new in `to`
    std::optional<Division> after;   // absent: gone from `to`
    std::vector<AttributeChange> attribute_changes;  // its notes, and "title" when the title changed
};

struct ChangeSet {
    std::string system;
    std::string from;  // version labels
    std::string to;
    DiffSummary summary;
    std::vector<Change> changes;  // sorted by code, then kind
    std::vector<DivisionChange> division_changes;  // sorted by attribute, then value
    // The divisions of `to`, then those only `from` has, with their titles (notes left out): the
    // titles reports print beside chapter numbers.
    std::vector<Division> divisions;
    // The release of the two that was read without the system's companion file while the other
    // was (its version label), empty when both or neither were: what the companion writes
    // (attributes with role companion, divisions) was not compared.
    std::string without_companion;
    // The Alphabetic Index (codeset/diff/index_changes.hpp), when both releases have one: its
    // changes sorted by index_change_less, and every index file either release has, in IndexKind
    // order, with its counts or the release that lacks it.
    std::vector<IndexChange> index_changes;
    std::vector<IndexFileComparison> index_files;
    // The release of the two that has no index while the other has one (its version label); empty
    // when both or neither have one. The index was then not compared.
    std::string without_index;
    bool empty() const { return changes.empty() && division_changes.empty() && index_changes.empty(); }
};

}  // namespace codeset
