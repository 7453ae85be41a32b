// codeset history: every release in which a code appeared, changed or went away.
#include "commands.hpp"
#include "content_options.hpp"

#include "codeset/export/writer.hpp"
#include "codeset/query/queries.hpp"

namespace codeset::cli {

int run_history(const HistoryArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    const Writer& writer = require_writer(args.format, ContentKind::history);
    const Store store = context.open_store(StoreAccess::read);
    write_content(*context.out, writer, history_of(store, system, args.code), {args.licensed_text}, context.err);
    return exit_ok;
}

void add_history_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<HistoryArguments>();
    CLI::App* command = app.add_subcommand("history", "Every release in which a code appeared, changed or went away");
    command->add_option("system", args->system, "Code system")->required()->type_name("SYSTEM");
    command->add_option("code", args->code, "Code, with or without the dot")->required()->type_name("CODE");
    add_format_option(*command, args->format, ContentKind::history);
    add_licence_flag(*command, args->licensed_text);
    command->footer(R"(Releases in which the code did not change are left out.

Examples:
  codeset history icd10cm Z28.3
  codeset history icd10cm E1110 --format json)");
    command->callback([args, &context, &result] { result = run_history(*args, context); });
}

}  // namespace codeset::cli
