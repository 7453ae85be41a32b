// codeset show: one code as a release has it, with where it sits and the notes that apply.
#include "commands.hpp"
#include "content_options.hpp"

#include "codeset/export/writer.hpp"
#include "codeset/query/queries.hpp"

namespace codeset::cli {

int run_show(const ShowArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    const Writer& writer = require_writer(args.format, ContentKind::code);
    const Store store = context.open_store(StoreAccess::read);
    write_content(*context.out, writer, code_at(store, system, args.code, args.at), {args.licensed_text}, context.err);
    return exit_ok;
}

void add_show_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<ShowArguments>();
    CLI::App* command = app.add_subcommand("show", "Show one code as a release has it");
    command->add_option("system", args->system, "Code system")->required()->type_name("SYSTEM");
    command->add_option("code", args->code, "Code, with or without the dot")->required()->type_name("CODE");
    command->add_option("--at", args->at, "Release label, or a date (the release in force that day); "
                                          "default: the latest release")
        ->type_name("VERSION|DATE");
    add_format_option(*command, args->format, ContentKind::code);
    add_licence_flag(*command, args->licensed_text);
    command->footer(R"(Examples:
  codeset show icd10cm E11.9
  codeset show icd10cm e119 --at FY2024
  codeset show icd10cm Z28.3 --at 2024-06-30     # the release in force that day
  codeset show icd10pcs 0DTJ4ZZ --format json)");
    command->callback([args, &context, &result] { result = run_show(*args, context); });
}

}  // namespace codeset::cli
