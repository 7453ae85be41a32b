// codeset history: every release in which a code appeared, changed or went away.
#include "commands.hpp"
#include "replacements.hpp"

#include "codeset/core/code_system.hpp"
#include "codeset/diff/history.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include <ostream>

namespace codeset::cli {

namespace {

struct HistoryArguments {
    std::string system;
    std::string code;
    std::string format = "text";
};

std::string flag_name(bool billable) { return billable ? "billable" : "header"; }

// What changed between the previous state of the code and this one, one line each.
std::vector<std::string> describe_changes(const HistoryEntry& entry) {
    std::vector<std::string> lines;
    for (const Change& change : entry.changes) {
        if (!change.before || !change.after) continue;
        const CodeRecord& before = *change.before;
        const CodeRecord& after = *change.after;
        if (before.billable != after.billable)
            lines.push_back(flag_name(before.billable) + " -> " + flag_name(after.billable));
        if (before.long_title != after.long_title)
            lines.push_back("long title: \"" + before.long_title + "\" -> \"" + after.long_title + "\"" +
                            (change.kind == ChangeKind::whitespace ? " (white space only)" : ""));
        if (before.short_title != after.short_title)
            lines.push_back("short title: \"" + before.short_title + "\" -> \"" + after.short_title + "\"" +
                            (change.kind == ChangeKind::whitespace ? " (white space only)" : ""));
        for (const AttributeChange& attribute : change.attribute_changes)
            lines.push_back(attribute.name + ": " + attribute.before.value_or("(none)") + " -> " +
                            attribute.after.value_or("(none)"));
    }
    // A flip and a title change can each produce a Change with the same lines.
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    return lines;
}

std::string replaced_by(const CodeSystem& system, const std::vector<std::string>& codes) {
    std::string text;
    for (const std::string& code : codes) text += (text.empty() ? "" : ", ") + system.display(code);
    return text;
}

void write_text(std::ostream& out, const Store& store, const CodeSystem& system, const std::string& code,
                const std::vector<HistoryEntry>& history) {
    out << system.display(code) << " in " << system.title << '\n';
    for (const HistoryEntry& entry : history) {
        out << "  " << entry.release.info.version << " (" << entry.release.info.effective.to_string() << ")  "
            << to_string(entry.event);
        if (entry.record && entry.event != HistoryEvent::changed)
            out << " as " << flag_name(entry.record->billable) << ": " << entry.record->long_title;
        if (entry.event == HistoryEvent::removed)
            if (const auto codes = replacements_of(store, entry.release, code); !codes.empty())
                out << ", replaced by " << replaced_by(system, codes);
        out << '\n';
        if (entry.event == HistoryEvent::changed)
            for (const std::string& line : describe_changes(entry)) out << "      " << line << '\n';
    }
}

nlohmann::json record_json(const CodeRecord& record) {
    return {{"billable", record.billable}, {"short_title", record.short_title}, {"long_title", record.long_title}};
}

nlohmann::json to_json(const Store& store, const CodeSystem& system, const std::string& code,
                       const std::vector<HistoryEntry>& history) {
    nlohmann::json events = nlohmann::json::array();
    for (const HistoryEntry& entry : history) {
        nlohmann::json event = {{"version", entry.release.info.version},
                                {"effective", entry.release.info.effective.to_string()},
                                {"event", to_string(entry.event)},
                                {"record", entry.record ? record_json(*entry.record) : nlohmann::json(nullptr)}};
        if (entry.event == HistoryEvent::changed) {
            nlohmann::json kinds = nlohmann::json::array();
            for (const Change& change : entry.changes) kinds.push_back(to_string(change.kind));
            event["changes"] = kinds;
            event["details"] = describe_changes(entry);
        }
        if (entry.event == HistoryEvent::removed) {
            nlohmann::json codes = nlohmann::json::array();
            for (const std::string& replacement : replacements_of(store, entry.release, code))
                codes.push_back(system.display(replacement));
            if (!codes.empty()) event["replaced_by"] = codes;
        }
        events.push_back(event);
    }
    return {{"system", system.name}, {"code", system.display(code)}, {"history", events}};
}

int run_history(const HistoryArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    const std::string code = system.normalize(args.code);
    const Store store = context.open_store();
    if (store.releases(system.name).empty())
        throw Error(ErrorCode::not_found, "no " + std::string(system.name) + " release in " + store.path().string());
    const std::vector<HistoryEntry> history = code_history(store, system.name, code);
    if (history.empty())
        throw Error(ErrorCode::not_found, system.display(code) + " is in no " + std::string(system.name) +
                                              " release of " + store.path().string());
    if (args.format == "json")
        *context.out << to_json(store, system, code, history).dump(2) << '\n';
    else
        write_text(*context.out, store, system, code, history);
    return exit_ok;
}

}  // namespace

void add_history_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<HistoryArguments>();
    CLI::App* command = app.add_subcommand("history", "Every release in which a code appeared, changed or went away");
    command->add_option("system", args->system, "Code system")->required()->type_name("SYSTEM");
    command->add_option("code", args->code, "Code, with or without the dot")->required()->type_name("CODE");
    command->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text", "json"}));
    command->footer(R"(Releases in which the code did not change are left out.

Examples:
  codeset history icd10cm Z28.3
  codeset history icd10cm E1110 --format json)");
    command->callback([args, &context, &result] { result = run_history(*args, context); });
}

}  // namespace codeset::cli
