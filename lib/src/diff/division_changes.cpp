#include "diff/division_changes.hpp"

#include <map>
#include <utility>

namespace codeset::detail {

namespace {

using Key = std::pair<std::string, std::string>;  // attribute, value

std::map<Key, const Division*> by_key(const std::vector<Division>& divisions) {
    std::map<Key, const Division*> keyed;
    for (const Division& division : divisions) keyed.emplace(Key{division.attribute, division.value}, &division);
    return keyed;
}

// A division's comparable fields as attributes: its title first, then its notes by name.
std::map<std::string, std::string> fields(const std::optional<Division>& division) {
    std::map<std::string, std::string> result;
    if (!division) return result;
    for (const Attribute& note : division->notes) result.emplace(note.name, note.value);
    return result;
}

}  // namespace

std::vector<AttributeChange> division_attribute_changes(const std::optional<Division>& before,
                                                        const std::optional<Division>& after) {
    std::vector<AttributeChange> changes;
    if (before && after && before->title != after->title) changes.push_back({"title", before->title, after->title});
    if (!before && after) changes.push_back({"title", std::nullopt, after->title});
    if (before && !after) changes.push_back({"title", before->title, std::nullopt});
    const auto a = fields(before);
    const auto b = fields(after);
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() || j != b.end()) {
        if (j == b.end() || (i != a.end() && i->first < j->first)) {
            changes.push_back({i->first, i->second, std::nullopt});
            ++i;
        } else if (i == a.end() || j->first < i->first) {
            changes.push_back({j->first, std::nullopt, j->second});
            ++j;
        } else {
            if (i->second != j->second) changes.push_back({i->first, i->second, j->second});
            ++i;
            ++j;
        }
    }
    return changes;
}

std::vector<DivisionChange> compare_divisions(const std::vector<Division>& from, const std::vector<Division>& to) {
    const auto a = by_key(from);
    const auto b = by_key(to);
    std::map<Key, DivisionChange> changes;
    const auto note = [&](const Key& key, const Division* before, const Division* after) {
        if (before && after && *before == *after) return;
        DivisionChange change{key.first, key.second, {}, {}, {}};
        if (before) change.before = *before;
        if (after) change.after = *after;
        change.attribute_changes = division_attribute_changes(change.before, change.after);
        changes.emplace(key, std::move(change));
    };
    for (const auto& [key, division] : a) {
        const auto other = b.find(key);
        note(key, division, other == b.end() ? nullptr : other->second);
    }
    for (const auto& [key, division] : b)
        if (!a.contains(key)) note(key, nullptr, division);
    std::vector<DivisionChange> result;
    for (auto& [key, change] : changes) result.push_back(std::move(change));
    return result;
}

std::vector<Division> division_titles(const std::vector<Division>& from, const std::vector<Division>& to) {
    std::vector<Division> titles;
    const auto in_to = by_key(to);
    for (const Division& division : to) titles.push_back({division.attribute, division.value, division.title, {}});
    for (const Division& division : from)
        if (!in_to.contains(Key{division.attribute, division.value}))
            titles.push_back({division.attribute, division.value, division.title, {}});
    return titles;
}

}  // namespace codeset::detail
