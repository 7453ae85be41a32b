// codeset releases: what the store holds, per system, in effective-date order.
#include "commands.hpp"

#include "codeset/core/code_system.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <ostream>

namespace codeset::cli {

namespace {

struct ReleasesArguments {
    std::string system;
    std::string format = "text";
    bool files = false;
    bool warnings = false;
};

nlohmann::json to_json(const ReleaseRecord& release, const Store& store, bool with_warnings) {
    nlohmann::json files = nlohmann::json::array();
    for (const SourceFile& file : release.files)
        files.push_back({{"path", file.path}, {"member", file.member}, {"size", file.size},
                         {"sha256", file.sha256}, {"role", file.role}});
    nlohmann::json json = {{"system", release.info.system},
                           {"version", release.info.version},
                           {"effective", release.info.effective.to_string()},
                           {"kind", to_string(release.info.kind)},
                           {"importer", release.info.importer},
                           {"imported_at", release.imported_at},
                           {"codes", release.code_count},
                           {"billable", release.billable_count},
                           {"headers", release.code_count - release.billable_count},
                           {"warnings", release.warning_count},
                           {"files", files}};
    if (with_warnings) {
        nlohmann::json list = nlohmann::json::array();
        for (const ImportWarning& warning : store.warnings(release))
            list.push_back({{"where", warning.where}, {"message", warning.message}});
        json["warning_list"] = list;
    }
    return json;
}

void write_text(std::ostream& out, const std::vector<ReleaseRecord>& releases, const Store& store,
                const ReleasesArguments& args) {
    out << fmt::format("{:<9} {:<10} {:<10} {:<8} {:>7} {:>8} {:>7} {:>8}  {}\n", "SYSTEM", "VERSION", "EFFECTIVE",
                       "KIND", "CODES", "BILLABLE", "HEADERS", "WARNINGS", "IMPORTED");
    for (const ReleaseRecord& release : releases) {
        out << fmt::format("{:<9} {:<10} {:<10} {:<8} {:>7} {:>8} {:>7} {:>8}  {}\n", release.info.system,
                           release.info.version, release.info.effective.to_string(), to_string(release.info.kind),
                           release.code_count, release.billable_count, release.code_count - release.billable_count,
                           release.warning_count, release.imported_at);
        if (args.files)
            for (const SourceFile& file : release.files)
                out << fmt::format("    {:<8} {}{}{}  {} bytes  sha256 {}\n", file.role, file.path,
                                   file.member.empty() ? "" : " : ", file.member, file.size, file.sha256);
        if (args.warnings)
            for (const ImportWarning& warning : store.warnings(release))
                out << "    warning: " << warning.where << ": " << warning.message << '\n';
    }
}

int run_releases(const ReleasesArguments& args, const Context& context) {
    std::optional<std::string_view> system;
    if (!args.system.empty()) system = require_code_system(args.system).name;
    const Store store = context.open_store();
    const std::vector<ReleaseRecord> releases = store.releases(system);
    if (args.format == "json") {
        nlohmann::json list = nlohmann::json::array();
        for (const ReleaseRecord& release : releases) list.push_back(to_json(release, store, args.warnings));
        *context.out << list.dump(2) << '\n';
    } else if (releases.empty()) {
        *context.out << "no releases in " << store.path().string() << " (add one with: codeset import PATH)\n";
    } else {
        write_text(*context.out, releases, store, args);
    }
    return exit_ok;
}

}  // namespace

void add_releases_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<ReleasesArguments>();
    CLI::App* command = app.add_subcommand("releases", "List the releases in the store");
    command->add_option("system", args->system, "Only this code system")->type_name("SYSTEM");
    command->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text", "json"}));
    command->add_flag("--files", args->files, "Show every source file with its size and sha256");
    command->add_flag("--warnings", args->warnings, "Show the data warnings kept with each release");
    command->footer(R"(Examples:
  codeset releases
  codeset releases icd10cm --files
  codeset releases icd10pcs --format json)");
    command->callback([args, &context, &result] { result = run_releases(*args, context); });
}

}  // namespace codeset::cli
