#include "codeset/diff/addenda_check.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace codeset {

namespace {

using CodeSets = std::map<ChangeKind, std::set<std::string>>;

bool entry_is_billable(const AddendaRules& rules, const AddendumEntry& entry) {
    if (entry.billable) return *entry.billable;
    return rules.unflagged_header_length == 0 || entry.code.size() != rules.unflagged_header_length;
}

CodeSets listed_codes(const AddendaRules& rules, const std::vector<AddendumEntry>& addenda) {
    CodeSets listed;
    for (const AddendumEntry& entry : addenda) {
        const bool billable = entry_is_billable(rules, entry);
        ChangeKind kind = ChangeKind::added;
        switch (entry.action) {
            case AddendumAction::add: kind = billable ? ChangeKind::added : ChangeKind::header_added; break;
            case AddendumAction::remove: kind = billable ? ChangeKind::deleted : ChangeKind::header_deleted; break;
            case AddendumAction::revise_from:
            case AddendumAction::revise_to: kind = billable ? ChangeKind::revised : ChangeKind::header_revised; break;
        }
        listed[kind].insert(entry.code);
    }
    return listed;
}

CodeSets found_codes(const ChangeSet& changes) {
    CodeSets found;
    for (const Change& change : changes.changes) found[change.kind].insert(change.code);
    return found;
}

std::vector<std::string> difference(const std::set<std::string>& a, const std::set<std::string>& b) {
    std::vector<std::string> result;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(result));
    return result;
}

}  // namespace

bool AddendaCheck::agrees() const {
    return std::all_of(comparisons.begin(), comparisons.end(),
                       [](const AddendaComparison& c) { return !c.required || c.agrees(); });
}

AddendaCheck check_addenda(const CodeSystem& system, const ChangeSet& changes,
                           const std::vector<AddendumEntry>& addenda) {
    CodeSets listed = listed_codes(system.addenda, addenda);
    CodeSets found = found_codes(changes);
    AddendaCheck check;
    check.entries = addenda.size();
    struct Rule {
        ChangeKind kind;
        bool required;
        bool exact;
    };
    using enum ChangeKind;
    for (const Rule rule : {Rule{added, true, true}, Rule{deleted, true, true}, Rule{revised, true, false},
                            Rule{header_added, false, true}, Rule{header_deleted, false, true},
                            Rule{header_revised, false, false}}) {
        const std::set<std::string>& in_addenda = listed[rule.kind];
        const std::set<std::string>& in_diff = found[rule.kind];
        AddendaComparison comparison;
        comparison.kind = rule.kind;
        comparison.required = rule.required;
        comparison.exact = rule.exact;
        comparison.listed = in_addenda.size();
        comparison.found = in_diff.size();
        comparison.listed_not_found = difference(in_addenda, in_diff);
        if (rule.kind == revised || rule.kind == header_revised) {
            const std::vector<std::string> missing = std::move(comparison.listed_not_found);
            comparison.listed_not_found.clear();
            for (const std::string& code : missing)
                (found[whitespace].count(code) ? comparison.listed_whitespace_only : comparison.listed_not_found)
                    .push_back(code);
        }
        comparison.found_not_listed = difference(in_diff, in_addenda);
        check.comparisons.push_back(std::move(comparison));
    }
    return check;
}

}  // namespace codeset
