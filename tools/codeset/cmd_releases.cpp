// codeset releases: what the store holds, per system, in effective-date order.
#include "commands.hpp"
#include "content_options.hpp"

#include "codeset/export/writer.hpp"
#include "codeset/query/queries.hpp"

namespace codeset::cli {

int run_releases(const ReleasesArguments& args, const Context& context) {
    std::optional<std::string_view> system;
    if (!args.system.empty()) system = require_code_system(args.system).name;
    const Writer& writer = require_writer(args.format, ContentKind::releases);
    const Store store = context.open_store(StoreAccess::read);
    write_content(*context.out, writer, releases_in(store, system, args.files, args.warnings), {}, context.err);
    return exit_ok;
}

void add_releases_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<ReleasesArguments>();
    CLI::App* command = app.add_subcommand("releases", "List the releases in the store");
    command->add_option("system", args->system, "Only this code system")->type_name("SYSTEM");
    add_format_option(*command, args->format, ContentKind::releases);
    command->add_flag("--files", args->files, "Show every source file with its size and sha256");
    command->add_flag("--warnings", args->warnings, "Show the data warnings kept with each release");
    command->footer(R"(Examples:
  codeset releases
  codeset releases icd10cm --files
  codeset releases icd10pcs --format json)");
    command->callback([args, &context, &result] { result = run_releases(*args, context); });
}

}  // namespace codeset::cli
