// codeset show: one code as a release has it.
#include "code_context.hpp"
#include "commands.hpp"
#include "release_lookup.hpp"
#include "replacements.hpp"

#include "codeset/core/code_system.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace codeset::cli {

namespace {

constexpr std::size_t listed_subcodes = 25;

struct ShowArguments {
    std::string system;
    std::string code;
    std::string at;
    std::string format = "text";
};

// Billable codes under a header, in order-file order.
std::vector<CodeRecord> billable_under(const Store& store, const ReleaseRecord& release, const std::string& header) {
    std::vector<CodeRecord> found;
    store.for_each_code(release, [&](const CodeRecord& record) {
        if (record.billable && record.code.size() > header.size() && record.code.compare(0, header.size(), header) == 0)
            found.push_back(record);
    });
    return found;
}

[[noreturn]] void not_in_release(const Store& store, const CodeSystem& system, const ReleaseRecord& release,
                                 const std::string& code) {
    std::string message = system.display(code) + " is not in " + std::string(system.name) + " " +
                          release.info.version;
    if (const auto codes = replacements_of(store, release, code); !codes.empty()) {
        message += ": discontinued, replaced by";
        for (const std::string& replacement : codes) message += " " + system.display(replacement);
    } else if (!store.contents_of_code(system.name, code).empty()) {
        message += " (it is in other releases: codeset history " + std::string(system.name) + " " +
                   system.display(code) + ")";
    } else {
        message += " nor in any other release in the store";
    }
    throw Error(ErrorCode::not_found, message);
}

void write_text(std::ostream& out, const CodeSystem& system, const ReleaseRecord& release, const CodeRecord& record,
                const std::vector<CodeRecord>& subcodes, const CodeContext& context) {
    out << system.display(record.code) << "  " << record.long_title << '\n';
    out << "  " << (record.billable ? "billable code" : "header (not billable)") << ", order " << record.order
        << " in " << release.info.system << ' ' << release.info.version << " (effective "
        << release.info.effective.to_string() << ")\n";
    out << "  short title: " << record.short_title << '\n';
    write_context_text(out, system, record, context);
    for (const Attribute& attribute : record.attributes)
        if (!shown_by_context(attribute.name) && attribute.name.rfind("seventh_character", 0) != 0)
            out << "  " << attribute.name << ": " << attribute.value << '\n';
    if (record.billable) return;
    out << "  " << subcodes.size() << " billable code" << (subcodes.size() == 1 ? "" : "s") << " under it";
    out << (subcodes.empty() ? "\n" : ":\n");
    for (std::size_t i = 0; i < subcodes.size() && i < listed_subcodes; ++i)
        out << "    " << system.display(subcodes[i].code) << "  " << subcodes[i].long_title << '\n';
    if (subcodes.size() > listed_subcodes)
        out << "    ... and " << subcodes.size() - listed_subcodes << " more (--format json lists all)\n";
}

nlohmann::json to_json(const CodeSystem& system, const ReleaseRecord& release, const CodeRecord& record,
                       const std::vector<CodeRecord>& subcodes, const CodeContext& context) {
    nlohmann::json json = {{"system", release.info.system},
                           {"version", release.info.version},
                           {"effective", release.info.effective.to_string()},
                           {"code", system.display(record.code)},
                           {"billable", record.billable},
                           {"order", record.order},
                           {"short_title", record.short_title},
                           {"long_title", record.long_title}};
    nlohmann::json attributes = nlohmann::json::object();
    for (const Attribute& attribute : record.attributes) attributes[attribute.name] = attribute.value;
    json["attributes"] = attributes;
    json.update(context_json(system, context));
    if (!record.billable) {
        nlohmann::json list = nlohmann::json::array();
        for (const CodeRecord& subcode : subcodes)
            list.push_back({{"code", system.display(subcode.code)}, {"long_title", subcode.long_title}});
        json["billable_codes_under"] = list;
    }
    return json;
}

int run_show(const ShowArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    const std::string code = system.normalize(args.code);
    const Store store = context.open_store();
    const ReleaseRecord release = lookup_release(store, system.name, args.at);
    const std::optional<CodeRecord> record = store.find_code(release, code);
    if (!record) not_in_release(store, system, release, code);
    if (system.licensed())
        *context.err << "note: " << system.title << " content is licensed; do not share this output beyond your licence\n";
    const std::vector<CodeRecord> subcodes = record->billable ? std::vector<CodeRecord>{}
                                                              : billable_under(store, release, code);
    const CodeContext tabular = code_context(store, release, *record);
    if (args.format == "json")
        *context.out << to_json(system, release, *record, subcodes, tabular).dump(2) << '\n';
    else
        write_text(*context.out, system, release, *record, subcodes, tabular);
    return exit_ok;
}

}  // namespace

void add_show_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<ShowArguments>();
    CLI::App* command = app.add_subcommand("show", "Show one code as a release has it");
    command->add_option("system", args->system, "Code system")->required()->type_name("SYSTEM");
    command->add_option("code", args->code, "Code, with or without the dot")->required()->type_name("CODE");
    command->add_option("--at", args->at, "Release label, or a date (the release in force that day); "
                                          "default: the latest release")
        ->type_name("VERSION|DATE");
    command->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text", "json"}));
    command->footer(R"(Examples:
  codeset show icd10cm E11.9
  codeset show icd10cm e119 --at FY2024
  codeset show icd10cm Z28.3 --at 2024-06-30     # the release in force that day
  codeset show icd10pcs 0DTJ4ZZ --format json)");
    command->callback([args, &context, &result] { result = run_show(*args, context); });
}

}  // namespace codeset::cli
