// The HCPCS action-code check: what CMS says it changed (action_code on each record of the newer file)
// against what the diff found. See hcpcs/action_check.hpp.
#include "hcpcs/action_check.hpp"

#include "hcpcs/hcpcs_layout.hpp"
#include "hcpcs/profile.hpp"

#include "codeset/diff/diff.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

namespace codeset::importers::hcpcs {

namespace {

constexpr std::string_view action_attribute = "action_code";

std::string action_of(const CodeRecord& record) {
    const std::string* value = record.attribute(action_attribute);
    return value ? *value : std::string();
}

// The fields that describe the action itself: they change with every action and are not a change.
bool is_bookkeeping(std::string_view name) {
    return hcpcs_profile().attribute_has_role(name, AttributeRole::bookkeeping);
}

// What CMS's P (payment change) covers: pricing indicators, ASC and MOG groups, anesthesia base units.
bool is_payment(std::string_view name) {
    return name.starts_with("pricing_indicator_") || name == "multiple_pricing_indicator" || name.starts_with("asc_") ||
           name.starts_with("mog_") || name == "anesthesia_base_units";
}

// What the diff found for one code.
struct Computed {
    bool added = false;
    bool deleted = false;
    bool long_differs = false;
    bool long_whitespace_only = false;
    bool short_differs = false;
    bool short_whitespace_only = false;
    std::set<std::string> fields;  // changed attributes, bookkeeping left out

    bool any_change() const { return added || deleted || long_differs || short_differs || !fields.empty(); }
    bool any_payment() const {
        return std::any_of(fields.begin(), fields.end(), [](const std::string& f) { return is_payment(f); });
    }
    std::string field_list() const {
        std::string text;
        for (const std::string& f : fields) text += (text.empty() ? "" : ", ") + f;
        return text;
    }
    std::string describe() const {
        if (added) return "added";
        if (deleted) return "deleted";
        std::string text;
        auto part = [&](const std::string& p) { text += (text.empty() ? "" : "; ") + p; };
        if (long_differs) part(long_whitespace_only ? "long description (white space only)" : "long description");
        if (short_differs) part(short_whitespace_only ? "short description (white space only)" : "short description");
        if (!fields.empty()) part("fields: " + field_list());
        return text.empty() ? "unchanged" : text;
    }
};

void note_titles(Computed& computed, const CodeRecord& before, const CodeRecord& after) {
    if (before.long_title != after.long_title) {
        computed.long_differs = true;
        computed.long_whitespace_only = same_but_whitespace(before.long_title, after.long_title);
    }
    if (before.short_title != after.short_title) {
        computed.short_differs = true;
        computed.short_whitespace_only = same_but_whitespace(before.short_title, after.short_title);
    }
}

std::map<std::string, Computed> computed_changes(const ChangeSet& changes) {
    std::map<std::string, Computed> computed;
    for (const Change& change : changes.changes) {
        Computed& c = computed[change.code];
        switch (change.kind) {
            case ChangeKind::added:
                c.added = true;
                break;
            case ChangeKind::deleted:
                c.deleted = true;
                break;
            case ChangeKind::revised:
            case ChangeKind::whitespace:
            case ChangeKind::header_revised:
                if (change.before && change.after) note_titles(c, *change.before, *change.after);
                break;
            case ChangeKind::attributes:
            case ChangeKind::header_added:
            case ChangeKind::header_deleted:
                break;
        }
        for (const AttributeChange& a : change.attribute_changes)
            if (!is_bookkeeping(a.name)) c.fields.insert(a.name);
    }
    return computed;
}

std::string action_name(const std::string& action) {
    static const std::map<std::string, std::string, std::less<>> names = {
        {"A", "add"},
        {"B", "change in both administrative data and long description"},
        {"C", "change in long description"},
        {"D", "discontinue"},
        {"F", "change in an administrative data field"},
        {"N", "no maintenance"},
        {"P", "payment change"},
        {"R", "re-activate"},
        {"S", "change in short description"},
        {"T", "miscellaneous change"},
    };
    const auto it = names.find(action);
    return it == names.end() ? std::string() : it->second;
}

std::string action_text(const std::string& action) {
    const std::string name = action_name(action);
    return "action " + action + (name.empty() ? "" : " (" + name + ")");
}

// Why the action CMS wrote on a record of the newer release disagrees with the diff; empty when it agrees.
std::vector<std::string> record_reasons(const std::string& action, const Computed& c, const CodeRecord& record,
                                        const ChangeSet& changes) {
    std::vector<std::string> reasons;
    const std::string& from = changes.from;
    if (action.empty()) return {"the record has no action code"};
    if (action_name(action).empty()) reasons.push_back("unknown action code '" + action + "'");

    if (c.added) {
        if (action != "A" && action != "R")
            reasons.push_back("added by the diff (not in " + from + "), but the action code is not A or R");
        return reasons;
    }
    // The code is in both releases.
    const bool long_ok = action == "C" || action == "B";
    if (action == "A") reasons.push_back(action_text(action) + ", but the code was already in " + from);
    if (action == "R") reasons.push_back(action_text(action) + ", but the code was already valid in " + from);
    if (action == "D" && !record.attribute("termination_date"))
        reasons.push_back(action_text(action) + ", but the code is valid in " + changes.to +
                          " and has no termination date");
    if (long_ok && !c.long_differs)
        reasons.push_back(action_text(action) + ", but the long description did not change");
    if (action == "S" && !c.short_differs)
        reasons.push_back(action_text(action) + ", but the short description did not change");
    if ((action == "B" || action == "F" || action == "T") && c.fields.empty())
        reasons.push_back(action_text(action) + ", but no administrative field changed");
    if (action == "P" && !c.any_payment())
        reasons.push_back(action_text(action) + ", but no payment field changed" +
                          (c.fields.empty() ? std::string() : " (changed: " + c.field_list() + ")"));

    if (c.long_differs && !long_ok)
        reasons.push_back(std::string("the long description changed") +
                          (c.long_whitespace_only ? " (white space only)" : "") +
                          ", but the action code is not C or B");
    if (c.short_differs && action != "S" && !long_ok)
        reasons.push_back(std::string("the short description changed") +
                          (c.short_whitespace_only ? " (white space only)" : "") +
                          ", but the action code is not S, C or B");
    if (action == "N" && !c.fields.empty())
        reasons.push_back("fields changed (" + c.field_list() + "), but the action code is N");
    return reasons;
}

std::string joined(const std::vector<std::string>& reasons) {
    std::string text;
    for (const std::string& r : reasons) text += (text.empty() ? "" : "; ") + r;
    return text;
}

std::vector<ActionDisagreement> check(const ChangeSet& changes, const std::vector<CodeRecord>& to_records,
                                      const std::vector<CodeRecord>* left_out) {
    std::map<std::string, Computed> computed = computed_changes(changes);
    std::map<std::string, ActionDisagreement> found;
    std::set<std::string> seen;

    for (const CodeRecord& record : to_records) {
        seen.insert(record.code);
        const auto it = computed.find(record.code);
        const Computed c = it == computed.end() ? Computed{} : it->second;
        const std::string action = action_of(record);
        const std::vector<std::string> reasons = record_reasons(action, c, record, changes);
        if (!reasons.empty()) found[record.code] = {record.code, action, c.describe(), joined(reasons)};
    }

    if (left_out) {
        for (const CodeRecord& record : *left_out) {
            if (!seen.insert(record.code).second) continue;  // listed twice: the valid record counts
            const auto it = computed.find(record.code);
            const bool deleted = it != computed.end() && it->second.deleted;
            const std::string action = action_of(record);
            const std::string* terminated = record.attribute("termination_date");
            const std::string when = terminated ? " (terminated " + *terminated + ")" : std::string();
            if (deleted && action != "D")
                found[record.code] = {record.code, action, "deleted",
                                      "deleted by the diff" + when + ", but the action code is not D"};
            else if (!deleted && action == "D")
                found[record.code] = {record.code, action, it == computed.end() ? "absent" : it->second.describe(),
                                      "action D (discontinue" +
                                          (terminated ? ", terminated " + *terminated : std::string()) +
                                          "), but the code was not in " + changes.from};
        }
    }

    // Deleted codes of which the newer file says nothing (or nothing was given).
    for (const auto& [code, c] : computed) {
        if (!c.deleted || seen.count(code)) continue;
        found[code] = {code, "", "deleted",
                       left_out ? "deleted by the diff, but the newer file has no record of it (CMS keeps a "
                                  "discontinued code for four years, with action D)"
                                : "deleted by the diff; not confirmed: the records the importer left out of " +
                                      changes.to + " were not given"};
    }

    std::vector<ActionDisagreement> result;
    result.reserve(found.size());
    for (auto& [code, disagreement] : found) result.push_back(std::move(disagreement));
    return result;
}

}  // namespace

std::vector<ActionDisagreement> check_action_codes(const ChangeSet& changes,
                                                   const std::vector<CodeRecord>& to_release_records) {
    return check(changes, to_release_records, nullptr);
}

std::vector<ActionDisagreement> check_action_codes(const ChangeSet& changes,
                                                   const std::vector<CodeRecord>& to_release_records,
                                                   const std::vector<CodeRecord>& left_out_records) {
    return check(changes, to_release_records, &left_out_records);
}

std::vector<ActionCount> tally_action_codes(const std::vector<CodeRecord>& records) {
    std::map<std::string, ActionCount> counts;
    for (const CodeRecord& record : records) {
        const std::string action = action_of(record);
        ActionCount& count = counts[action];
        count.action_code = action;
        const std::string* kind = record.attribute(entry_kind_attribute);
        ++(kind && *kind == "modifier" ? count.modifiers : count.procedures);
    }
    std::vector<ActionCount> result;
    for (auto& [action, count] : counts) result.push_back(count);
    return result;
}

std::vector<CodeRecord> discontinued_records(const std::vector<AddendumEntry>& addenda) {
    std::vector<CodeRecord> records;
    for (const AddendumEntry& entry : addenda) {
        if (entry.action != AddendumAction::remove) continue;
        CodeRecord record;
        record.code = entry.code;
        record.billable = true;
        record.short_title = entry.short_title;
        record.long_title = entry.long_title;
        // Modifiers have 2 characters, procedures 5.
        record.attributes = {{std::string(action_attribute), "D"},
                             {std::string(entry_kind_attribute), entry.code.size() == 2 ? "modifier" : "procedure"}};
        records.push_back(std::move(record));
    }
    return records;
}

namespace {

class ActionCodeCheck final : public ReleaseCheck {
public:
    ReleaseCheckReport check(const ReleaseCheckInput& input) const override {
        const std::vector<CodeRecord> left_out = discontinued_records(input.addenda);
        std::vector<CodeRecord> whole_file = input.records;
        whole_file.insert(whole_file.end(), left_out.begin(), left_out.end());

        ReleaseCheckReport report;
        report.subject = "CMS action codes";
        report.value_name = "action code";
        report.value_label = "action";
        report.columns = {{"procedures", 6}, {"modifiers", 5}};
        for (const ActionCount& count : tally_action_codes(whole_file))
            report.tallies.push_back({count.action_code, {count.procedures, count.modifiers}});
        for (ActionDisagreement& d : check_action_codes(input.changes, input.records, left_out))
            report.disagreements.push_back(
                {std::move(d.code), std::move(d.action_code), std::move(d.computed), std::move(d.reason)});
        return report;
    }
};

}  // namespace

const ReleaseCheck& action_code_check() {
    static const ActionCodeCheck check;
    return check;
}

}  // namespace codeset::importers::hcpcs
