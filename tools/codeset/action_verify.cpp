#include "action_verify.hpp"

#include "codeset/diff/action_check.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <ostream>

namespace codeset::cli {

namespace {

// Codes the release's file discontinued (action D) are not in the release: the importer keeps
// them as its Delete lines.
std::vector<CodeRecord> discontinued_records(const Store& store, const ReleaseRecord& release) {
    std::vector<CodeRecord> records;
    for (const AddendumEntry& entry : store.addenda(release)) {
        if (entry.action != AddendumAction::remove) continue;
        CodeRecord record;
        record.code = entry.code;
        record.billable = true;
        record.short_title = entry.short_title;
        record.long_title = entry.long_title;
        record.attributes = {{"action_code", "D"}, {"entry_kind", entry.code.size() == 2 ? "modifier" : "procedure"}};
        records.push_back(std::move(record));
    }
    return records;
}

}  // namespace

bool verify_action_codes(std::ostream& out, const Store& store, const CodeSystem& system, const ReleaseRecord& release,
                         const ChangeSet& changes, bool json) {
    std::vector<CodeRecord> records;
    store.for_each_code(release, [&](const CodeRecord& record) { records.push_back(record); });
    const std::vector<CodeRecord> left_out = discontinued_records(store, release);
    std::vector<CodeRecord> whole_file = records;
    whole_file.insert(whole_file.end(), left_out.begin(), left_out.end());
    const std::vector<ActionCount> tally = tally_action_codes(whole_file);
    const std::vector<ActionDisagreement> disagreements = check_action_codes(changes, records, left_out);

    if (json) {
        nlohmann::json counts = nlohmann::json::object();
        for (const ActionCount& count : tally)
            counts[count.action_code] = {{"procedures", count.procedures}, {"modifiers", count.modifiers}};
        nlohmann::json list = nlohmann::json::array();
        for (const ActionDisagreement& d : disagreements)
            list.push_back({{"code", system.display(d.code)},
                            {"action_code", d.action_code},
                            {"computed", d.computed},
                            {"reason", d.reason}});
        out << nlohmann::json{{"system", changes.system},   {"release", changes.to},
                              {"against", changes.from},    {"action_codes", counts},
                              {"agrees", list.empty()},     {"disagreements", list}}
                   .dump(2)
            << '\n';
        return disagreements.empty();
    }
    out << fmt::format("{} {}: CMS action codes checked against the diff from {}\n", changes.system, changes.to,
                       changes.from);
    for (const ActionCount& count : tally)
        out << fmt::format("  action {:<2} {:>6} procedures {:>5} modifiers\n", count.action_code, count.procedures,
                           count.modifiers);
    for (const ActionDisagreement& d : disagreements)
        out << fmt::format("  {:<7} action {:<2} diff: {:<18} {}\n", system.display(d.code),
                           d.action_code.empty() ? "-" : d.action_code, d.computed, d.reason);
    out << (disagreements.empty() ? "the action codes agree with the diff\n"
                                  : fmt::format("{} codes where the action code and the diff disagree\n",
                                                disagreements.size()));
    return disagreements.empty();
}

}  // namespace codeset::cli
