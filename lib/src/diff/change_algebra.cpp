// invert and compose: change sets combined without going back to the store. See
// codeset/diff/change_algebra.hpp.
#include "codeset/diff/change_algebra.hpp"

#include "codeset/core/error.hpp"
#include "codeset/diff/diff.hpp"
#include "diff/change_rules.hpp"
#include "diff/division_changes.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <utility>

namespace codeset {

namespace {

ChangeKind inverse_kind(ChangeKind kind) {
    switch (kind) {
        case ChangeKind::added:
            return ChangeKind::deleted;
        case ChangeKind::deleted:
            return ChangeKind::added;
        case ChangeKind::header_added:
            return ChangeKind::header_deleted;
        case ChangeKind::header_deleted:
            return ChangeKind::header_added;
        case ChangeKind::revised:
        case ChangeKind::whitespace:
        case ChangeKind::header_revised:
        case ChangeKind::attributes:
            return kind;
    }
    return kind;
}

// A code's records on either side of a change set (every change of one code carries the same two).
struct Sides {
    const std::optional<CodeRecord>* before = nullptr;
    const std::optional<CodeRecord>* after = nullptr;
};

std::map<std::string, Sides> sides_by_code(const ChangeSet& changes) {
    std::map<std::string, Sides> sides;
    for (const Change& change : changes.changes) sides.try_emplace(change.code, Sides{&change.before, &change.after});
    return sides;
}

bool same_record(const std::optional<CodeRecord>& a, const std::optional<CodeRecord>& b) {
    return a.has_value() == b.has_value() && (!a || a->same_content(*b));
}

std::string record_text(const std::optional<CodeRecord>& record) {
    if (!record) return "absent";
    return fmt::format("{} '{}'", record->billable ? "billable" : "header", record->long_title);
}

std::optional<std::string> summary_difference(const DiffSummary& a, const DiffSummary& b) {
    const std::pair<const char*, std::pair<std::uint64_t, std::uint64_t>> counts[] = {
        {"added", {a.added, b.added}},
        {"deleted", {a.deleted, b.deleted}},
        {"revised", {a.revised, b.revised}},
        {"revised_long", {a.revised_long, b.revised_long}},
        {"revised_short", {a.revised_short, b.revised_short}},
        {"whitespace_only", {a.whitespace_only, b.whitespace_only}},
        {"expanded", {a.expanded, b.expanded}},
        {"attributes", {a.attributes, b.attributes}},
        {"headers.added", {a.headers.added, b.headers.added}},
        {"headers.deleted", {a.headers.deleted, b.headers.deleted}},
        {"headers.revised", {a.headers.revised, b.headers.revised}},
    };
    for (const auto& [name, values] : counts)
        if (values.first != values.second)
            return fmt::format("summary {}: {}, expected {}", name, values.first, values.second);
    return std::nullopt;
}

std::optional<std::string> change_difference(const Change& a, const Change& b) {
    const std::string at = a.code + " " + std::string(to_string(a.kind));
    if (a.code != b.code || a.kind != b.kind)
        return fmt::format("{}, expected {} {}", at, b.code, to_string(b.kind));
    if (!same_record(a.before, b.before))
        return fmt::format("{}: before {}, expected {}", at, record_text(a.before), record_text(b.before));
    if (!same_record(a.after, b.after))
        return fmt::format("{}: after {}, expected {}", at, record_text(a.after), record_text(b.after));
    if (a.long_changed != b.long_changed || a.short_changed != b.short_changed)
        return fmt::format("{}: long/short changed {}/{}, expected {}/{}", at, a.long_changed, a.short_changed,
                           b.long_changed, b.short_changed);
    if (a.expanded_into != b.expanded_into)
        return fmt::format("{}: expanded into {} codes, expected {}", at, a.expanded_into.size(),
                           b.expanded_into.size());
    const auto same_attribute = [](const AttributeChange& x, const AttributeChange& y) {
        return x.name == y.name && x.before == y.before && x.after == y.after;
    };
    if (!std::equal(a.attribute_changes.begin(), a.attribute_changes.end(), b.attribute_changes.begin(),
                    b.attribute_changes.end(), same_attribute))
        return fmt::format("{}: {} attribute changes differ from the {} expected", at, a.attribute_changes.size(),
                           b.attribute_changes.size());
    return std::nullopt;
}

// The titles of an inverted change set: those of `from` first. A division whose title changed
// carries both; others are the same on either side.
std::vector<Division> invert_titles(const ChangeSet& changes) {
    std::vector<Division> before;
    std::vector<Division> after = changes.divisions;
    for (Division& division : after)
        for (const DivisionChange& change : changes.division_changes)
            if (change.attribute == division.attribute && change.value == division.value && change.before)
                division.title = change.before->title;
    std::erase_if(after, [&](const Division& division) {
        return std::any_of(changes.division_changes.begin(), changes.division_changes.end(),
                           [&](const DivisionChange& c) {
                               return c.attribute == division.attribute && c.value == division.value && !c.before;
                           });
    });
    for (const DivisionChange& change : changes.division_changes)
        if (!change.before && change.after)
            before.push_back({change.attribute, change.value, change.after->title, {}});
    after.insert(after.end(), before.begin(), before.end());
    return after;
}

// a -> c from a -> b and b -> c: a division's first side from the first change, its last from
// the second; one that ends as it began leaves no change.
std::vector<DivisionChange> compose_divisions(const std::vector<DivisionChange>& ab,
                                              const std::vector<DivisionChange>& bc) {
    std::map<std::pair<std::string, std::string>, DivisionChange> composed;
    for (const DivisionChange& change : ab) composed.emplace(std::pair{change.attribute, change.value}, change);
    for (const DivisionChange& change : bc) {
        auto [at, inserted] = composed.emplace(std::pair{change.attribute, change.value}, change);
        if (!inserted) at->second.after = change.after;
    }
    std::vector<DivisionChange> result;
    for (auto& [key, change] : composed) {
        if (change.before == change.after) continue;
        change.attribute_changes = detail::division_attribute_changes(change.before, change.after);
        result.push_back(std::move(change));
    }
    return result;
}

}  // namespace

ChangeSet invert(const ChangeSet& changes) {
    ChangeSet inverse;
    inverse.system = changes.system;
    inverse.from = changes.to;
    inverse.to = changes.from;
    inverse.changes.reserve(changes.changes.size());
    for (const Change& change : changes.changes) {
        Change& turned = inverse.changes.emplace_back(change);
        turned.kind = inverse_kind(change.kind);
        std::swap(turned.before, turned.after);
        for (AttributeChange& attribute : turned.attribute_changes) std::swap(attribute.before, attribute.after);
        turned.expanded_into.clear();
    }
    // A header flip (deleted + header_added) turns into added + header_deleted: re-sorted by kind.
    std::stable_sort(inverse.changes.begin(), inverse.changes.end(), [](const Change& a, const Change& b) {
        return a.code != b.code ? a.code < b.code : a.kind < b.kind;
    });
    detail::resolve_expansions(inverse.changes);
    inverse.summary = detail::summarize(inverse.changes);
    for (const DivisionChange& change : changes.division_changes) {
        DivisionChange& turned = inverse.division_changes.emplace_back(change);
        std::swap(turned.before, turned.after);
        turned.attribute_changes = detail::division_attribute_changes(turned.before, turned.after);
    }
    inverse.divisions = invert_titles(changes);
    inverse.without_companion = changes.without_companion;
    for (const IndexChange& change : changes.index_changes) {
        IndexChange& turned = inverse.index_changes.emplace_back(change);
        if (change.kind == IndexChangeKind::added) turned.kind = IndexChangeKind::removed;
        if (change.kind == IndexChangeKind::removed) turned.kind = IndexChangeKind::added;
        std::swap(turned.before, turned.after);
    }
    std::sort(inverse.index_changes.begin(), inverse.index_changes.end(), index_change_less);
    inverse.index_files = changes.index_files;
    for (IndexFileComparison& file : inverse.index_files)
        if (file.missing_in.empty()) file.counts = count_index_changes(inverse.index_changes, file.file);
    inverse.without_index = changes.without_index;
    return inverse;
}

ChangeSet compose(const ChangeSet& ab, const ChangeSet& bc) {
    if (ab.system != bc.system || ab.to != bc.from)
        throw Error(ErrorCode::usage, "cannot compose the changes " + ab.system + " " + ab.from + " -> " + ab.to +
                                          " with " + bc.system + " " + bc.from + " -> " + bc.to +
                                          ": the second must start where the first ends");
    const std::map<std::string, Sides> first = sides_by_code(ab);
    const std::map<std::string, Sides> second = sides_by_code(bc);

    std::vector<CodeRecord> before_only;
    std::vector<CodeRecord> after_only;
    const auto keep = [](std::vector<CodeRecord>& list, const std::optional<CodeRecord>& record) {
        if (record) list.push_back(*record);
    };
    auto i = first.begin();
    auto j = second.begin();
    while (i != first.end() || j != second.end()) {
        if (j == second.end() || (i != first.end() && i->first < j->first)) {  // unchanged from b to c
            keep(before_only, *i->second.before);
            keep(after_only, *i->second.after);
            ++i;
        } else if (i == first.end() || j->first < i->first) {  // unchanged from a to b
            keep(before_only, *j->second.before);
            keep(after_only, *j->second.after);
            ++j;
        } else {
            if (!same_record(*i->second.after, *j->second.before))
                throw Error(ErrorCode::usage, "cannot compose the changes " + ab.from + " -> " + ab.to + " and " +
                                                  bc.from + " -> " + bc.to + ": " + i->first + " differs in " + ab.to +
                                                  " between them");
            keep(before_only, *i->second.before);
            keep(after_only, *j->second.after);
            ++i;
            ++j;
        }
    }
    // Codes whose record is the same before and after leave no change: the diff classifies nothing.
    ChangeSet ac = compare_contents({ab.system, ab.from, bc.to}, std::move(before_only), std::move(after_only));
    ac.division_changes = compose_divisions(ab.division_changes, bc.division_changes);
    ac.divisions = bc.divisions;
    for (const Division& division : ab.divisions)
        if (std::none_of(ac.divisions.begin(), ac.divisions.end(), [&](const Division& d) {
                return d.attribute == division.attribute && d.value == division.value;
            }))
            ac.divisions.push_back(division);
    ac.without_companion = !ab.without_companion.empty() ? ab.without_companion : bc.without_companion;
    return ac;
}

std::optional<std::string> first_difference(const ChangeSet& actual, const ChangeSet& expected) {
    if (actual.system != expected.system || actual.from != expected.from || actual.to != expected.to)
        return fmt::format("{} {} -> {}, expected {} {} -> {}", actual.system, actual.from, actual.to,
                           expected.system, expected.from, expected.to);
    if (auto difference = summary_difference(actual.summary, expected.summary)) return difference;
    const std::size_t common = std::min(actual.changes.size(), expected.changes.size());
    for (std::size_t k = 0; k < common; ++k)
        if (auto difference = change_difference(actual.changes[k], expected.changes[k])) return difference;
    if (actual.changes.size() != expected.changes.size())
        return fmt::format("{} changes, expected {}", actual.changes.size(), expected.changes.size());
    if (actual.without_companion != expected.without_companion)
        return fmt::format("compared without the companion of '{}', expected '{}'", actual.without_companion,
                           expected.without_companion);
    const std::size_t divisions = std::min(actual.division_changes.size(), expected.division_changes.size());
    for (std::size_t k = 0; k < divisions; ++k) {
        const DivisionChange& a = actual.division_changes[k];
        const DivisionChange& b = expected.division_changes[k];
        if (a.attribute != b.attribute || a.value != b.value || a.before != b.before || a.after != b.after)
            return fmt::format("{} {} changed, expected {} {}", a.attribute, a.value, b.attribute, b.value);
    }
    if (actual.division_changes.size() != expected.division_changes.size())
        return fmt::format("{} chapter and section changes, expected {}", actual.division_changes.size(),
                           expected.division_changes.size());
    return std::nullopt;
}

}  // namespace codeset
