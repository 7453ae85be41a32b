// codeset summary: how a code set moved release by release, one line of counts per pair of
// consecutive stored releases, steps across a gap in the store marked.
#include "commands.hpp"
#include "content_options.hpp"
#include "output_file.hpp"

#include "codeset/export/writer.hpp"
#include "codeset/query/queries.hpp"

namespace codeset::cli {

int run_summary(const SummaryArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    const Writer& writer = output_writer(args.format, args.output, ContentKind::summary, "text");
    const Store store = context.open_store(StoreAccess::read);
    SummaryContent content = summary_of(store, system);
    OutputFile output(args.output, *context.out);
    write_content(output.stream(), writer, std::move(content), {}, context.err);
    output.commit();
    return exit_ok;
}

void add_summary_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<SummaryArguments>();
    CLI::App* command =
        app.add_subcommand("summary", "Counts of the changes between each pair of consecutive stored releases");
    command->add_option("system", args->system, "Code system")->required()->type_name("SYSTEM");
    add_format_option(*command, args->format, ContentKind::summary, "text");
    command->add_option("-o,--output", args->output, "Write the summary to FILE instead of standard output")
        ->type_name("FILE");
    command->footer(R"(Each step is counted as `codeset diff SYSTEM FROM TO` counts it (added, deleted and revised
billable codes, codes expanded into subcodes, header rows). Mid-year updates are steps like any
other. A step across a gap in the store (releases the calendar expects that were not imported)
names the missing releases; its counts hold their changes too.

Examples:
  codeset summary icd10cm
  codeset summary icd10cm -o icd10cm-since-2016.html      # chart and table, from the extension
  codeset summary icd10pcs --format json)");
    command->callback([args, &context, &result] { result = run_summary(*args, context); });
}

}  // namespace codeset::cli
