// The diff engine: primary-key first. Codes whose content differs are classified one by one
// (added, deleted, revised, ...), counted the way CMS counts in its addenda.
#include "codeset/diff/diff.hpp"

#include "codeset/core/code_system.hpp"
#include "codeset/core/error.hpp"
#include "diff/change_rules.hpp"
#include "diff/content_difference.hpp"
#include "diff/division_changes.hpp"
#include "diff/index_changes.hpp"
#include "diff/like_with_like.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <utility>

namespace codeset {

namespace {

bool by_code(const CodeRecord& a, const CodeRecord& b) { return a.code < b.code; }

// Attributes are kept sorted by name; sort a copy anyway so unsorted input cannot
// produce spurious changes.
std::vector<Attribute> sorted_attributes(const std::vector<Attribute>& attributes) {
    std::vector<Attribute> sorted = attributes;
    if (!std::is_sorted(sorted.begin(), sorted.end(), attribute_name_less)) sort_attributes(sorted);
    return sorted;
}

std::vector<AttributeChange> attribute_changes(const CodeRecord& before, const CodeRecord& after) {
    std::vector<AttributeChange> changes;
    if (before.attributes == after.attributes) return changes;
    const std::vector<Attribute> a = sorted_attributes(before.attributes);
    const std::vector<Attribute> b = sorted_attributes(after.attributes);
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i].name < b[j].name)) {
            changes.push_back({a[i].name, a[i].value, std::nullopt});
            ++i;
        } else if (i == a.size() || b[j].name < a[i].name) {
            changes.push_back({b[j].name, std::nullopt, b[j].value});
            ++j;
        } else {
            if (a[i].value != b[j].value) changes.push_back({a[i].name, a[i].value, b[j].value});
            ++i;
            ++j;
        }
    }
    return changes;
}

class Classifier {
public:
    explicit Classifier(ChangeSet& result) : m_result(result) {}

    // One code: `before` and/or `after` is set.
    void classify(const CodeRecord* before, const CodeRecord* after) {
        if (before && after) {
            if (before->billable == after->billable)
                same_flag(*before, *after);
            else if (after->billable) {  // header -> billable
                push(ChangeKind::added, before, after);
                push(ChangeKind::header_deleted, before, after);
            } else {  // billable -> header
                push(ChangeKind::deleted, before, after);
                push(ChangeKind::header_added, before, after);
            }
        } else if (before) {
            push(before->billable ? ChangeKind::deleted : ChangeKind::header_deleted, before, nullptr);
        } else if (after) {
            push(after->billable ? ChangeKind::added : ChangeKind::header_added, nullptr, after);
        }
    }

private:
    // Same flag in both releases: titles, then attributes.
    void same_flag(const CodeRecord& before, const CodeRecord& after) {
        const bool long_differs = before.long_title != after.long_title;
        const bool short_differs = before.short_title != after.short_title;
        const bool long_changed = long_differs && !same_but_whitespace(before.long_title, after.long_title);
        const bool short_changed = short_differs && !same_but_whitespace(before.short_title, after.short_title);
        std::vector<AttributeChange> attributes = attribute_changes(before, after);

        if (long_changed || short_changed) {
            Change& change = push(after.billable ? ChangeKind::revised : ChangeKind::header_revised, &before, &after);
            change.long_changed = long_changed;
            change.short_changed = short_changed;
            change.attribute_changes = std::move(attributes);
            return;
        }
        if (long_differs || short_differs) {
            Change& change = push(ChangeKind::whitespace, &before, &after);
            change.long_changed = long_differs;
            change.short_changed = short_differs;
        }
        if (!attributes.empty())
            push(ChangeKind::attributes, &before, &after).attribute_changes = std::move(attributes);
    }

    Change& push(ChangeKind kind, const CodeRecord* before, const CodeRecord* after) {
        Change change;
        change.code = before ? before->code : after->code;
        change.kind = kind;
        if (before) change.before = *before;
        if (after) change.after = *after;
        m_result.changes.push_back(std::move(change));
        return m_result.changes.back();
    }

    ChangeSet& m_result;
};

}  // namespace

namespace detail {

// Content ids are SQLite row ids: dense. Mark them in a table over their range when it is
// small against the lists (one pass each, no sorting); otherwise sort and take differences.
std::pair<std::vector<ContentId>, std::vector<ContentId>> content_difference(std::span<const ContentId> a,
                                                                             std::span<const ContentId> b) {
    std::vector<ContentId> only_a;
    std::vector<ContentId> only_b;
    if (a.empty() || b.empty()) return {{a.begin(), a.end()}, {b.begin(), b.end()}};

    const auto [min_a, max_a] = std::minmax_element(a.begin(), a.end());
    const auto [min_b, max_b] = std::minmax_element(b.begin(), b.end());
    const ContentId low = std::min(*min_a, *min_b);
    const ContentId high = std::max(*max_a, *max_b);
    const auto range = static_cast<std::uint64_t>(high) - static_cast<std::uint64_t>(low) + 1;
    if (range <= 16 * (a.size() + b.size()) + 4096) {
        // Bit 1: in a; bit 2: in b. (A release lists each content once: its codes are unique.)
        std::vector<std::uint8_t> seen(range, 0);
        for (const ContentId id : a) seen[static_cast<std::uint64_t>(id - low)] |= 1;
        for (const ContentId id : b) seen[static_cast<std::uint64_t>(id - low)] |= 2;
        for (const ContentId id : a)
            if (seen[static_cast<std::uint64_t>(id - low)] == 1) only_a.push_back(id);
        for (const ContentId id : b)
            if (seen[static_cast<std::uint64_t>(id - low)] == 2) only_b.push_back(id);
        return {std::move(only_a), std::move(only_b)};
    }

    std::vector<ContentId> sorted_a(a.begin(), a.end());
    std::vector<ContentId> sorted_b(b.begin(), b.end());
    std::sort(sorted_a.begin(), sorted_a.end());
    std::sort(sorted_b.begin(), sorted_b.end());
    std::set_difference(sorted_a.begin(), sorted_a.end(), sorted_b.begin(), sorted_b.end(), std::back_inserter(only_a));
    std::set_difference(sorted_b.begin(), sorted_b.end(), sorted_a.begin(), sorted_a.end(), std::back_inserter(only_b));
    return {std::move(only_a), std::move(only_b)};
}

}  // namespace detail

ChangeSet compare_contents(const ReleaseLabel& label, std::vector<CodeRecord> before_only,
                           std::vector<CodeRecord> after_only) {
    ChangeSet result;
    result.system = label.system;
    result.from = label.from;
    result.to = label.to;

    std::sort(before_only.begin(), before_only.end(), by_code);
    std::sort(after_only.begin(), after_only.end(), by_code);

    Classifier classifier(result);
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < before_only.size() || j < after_only.size()) {
        if (j == after_only.size() || (i < before_only.size() && before_only[i].code < after_only[j].code)) {
            classifier.classify(&before_only[i++], nullptr);
        } else if (i == before_only.size() || after_only[j].code < before_only[i].code) {
            classifier.classify(nullptr, &after_only[j++]);
        } else {
            classifier.classify(&before_only[i++], &after_only[j++]);
        }
    }
    // Walking in code order and pushing each code's changes in kind order keeps `changes`
    // sorted by code, then kind, as resolve_expansions needs.
    detail::resolve_expansions(result.changes);
    result.summary = detail::summarize(result.changes);
    return result;
}

ChangeSet diff_snapshots(const ReleaseLabel& label, const std::vector<CodeRecord>& from,
                         const std::vector<CodeRecord>& to) {
    std::vector<const CodeRecord*> a;
    std::vector<const CodeRecord*> b;
    a.reserve(from.size());
    b.reserve(to.size());
    for (const CodeRecord& record : from) a.push_back(&record);
    for (const CodeRecord& record : to) b.push_back(&record);
    const auto less = [](const CodeRecord* x, const CodeRecord* y) { return x->code < y->code; };
    std::sort(a.begin(), a.end(), less);
    std::sort(b.begin(), b.end(), less);

    std::vector<CodeRecord> before_only;
    std::vector<CodeRecord> after_only;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i]->code < b[j]->code)) {
            before_only.push_back(*a[i++]);
        } else if (i == a.size() || b[j]->code < a[i]->code) {
            after_only.push_back(*b[j++]);
        } else {
            if (!a[i]->same_content(*b[j])) {
                before_only.push_back(*a[i]);
                after_only.push_back(*b[j]);
            }
            ++i;
            ++j;
        }
    }
    return compare_contents(label, std::move(before_only), std::move(after_only));
}

ChangeSet diff_releases(const Store& store, const ReleaseRecord& from, const ReleaseRecord& to,
                        IndexComparison index) {
    if (from.info.system != to.info.system)
        throw Error(ErrorCode::usage, "cannot compare releases of different systems: " + from.info.system + " " +
                                          from.info.version + " and " + to.info.system + " " + to.info.version);

    const std::vector<ContentId> a = store.members(from);
    const std::vector<ContentId> b = store.members(to);
    auto [only_a, only_b] = detail::content_difference(a, b);

    const ReleaseLabel label{from.info.system, from.info.version, to.info.version};
    std::vector<CodeRecord> before = store.load_contents(only_a);
    std::vector<CodeRecord> after = store.load_contents(only_b);
    // Like with like: what a companion file writes is compared only when both releases were read
    // with one; otherwise every code would differ by its notes.
    const std::string without = !detail::companion_differs(from, to) ? std::string()
                                : from.annotated()                      ? to.info.version
                                                                        : from.info.version;
    if (!without.empty()) {
        const CodeSystem& system = require_code_system(from.info.system);
        for (std::vector<CodeRecord>* side : {&before, &after})
            for (CodeRecord& record : *side) detail::drop_companion_attributes(record, system);
    }
    ChangeSet result = compare_contents(label, std::move(before), std::move(after));
    result.without_companion = without;
    const std::vector<Division> from_divisions = store.divisions(from);
    const std::vector<Division> to_divisions = store.divisions(to);
    if (without.empty()) result.division_changes = detail::compare_divisions(from_divisions, to_divisions);
    result.divisions = detail::division_titles(from_divisions, to_divisions);
    if (index == IndexComparison::include) detail::compare_indexes(store, from, to, result);
    return result;
}

}  // namespace codeset
