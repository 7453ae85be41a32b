// codeset diff: what changed between two releases of one system, counted the way CMS counts.
#include "commands.hpp"
#include "content_options.hpp"
#include "output_file.hpp"

#include "codeset/export/writer.hpp"
#include "codeset/query/change_filter.hpp"
#include "codeset/query/queries.hpp"

namespace codeset::cli {

int run_diff(const DiffArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    const Writer& writer = output_writer(args.format, args.output, ContentKind::change_set, "text");
    const TableLayout table = table_layout(args.table, writer);
    const Store store = context.open_store(StoreAccess::read);
    ChangeSetContent content = changes_between(store, system, args.from, args.to);
    apply_change_filter(content, args.filter);
    content.table = table;
    const bool changed = !content.changes.empty();
    OutputFile output(args.output, *context.out);
    write_content(output.stream(), writer, std::move(content), {args.licensed_text}, context.err);
    output.commit();
    return args.exit_code && changed ? exit_changes : exit_ok;
}

void add_diff_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<DiffArguments>();
    CLI::App* command = app.add_subcommand("diff", "Codes added, deleted and revised between two releases");
    command->add_option("system", args->system, "Code system")->required()->type_name("SYSTEM");
    command->add_option("from", args->from, "Older release: label or date")->required()->type_name("FROM");
    command->add_option("to", args->to, "Newer release: label or date")->required()->type_name("TO");
    add_format_option(*command, args->format, ContentKind::change_set, "text");
    command->add_option("-o,--output", args->output, "Write the report to FILE instead of standard output")
        ->type_name("FILE");
    command->add_flag("--exit-code", args->exit_code, "Exit with 1 when there are changes, 0 when none");
    command->add_option("--range", args->filter.ranges, "Only codes in these ranges: A00-B99, E11, A00-B99,E08-E13")
        ->type_name("RANGES");
    command->add_option("--chapter", args->filter.chapter,
                        "Only this chapter: its number (ICD-10-CM), section character (PCS) or letter (HCPCS)")
        ->type_name("N");
    command->add_option("--section", args->filter.section,
                        "Only this section: E08-E13 (the tabular XML's, else that range), or a PCS section")
        ->type_name("SECTION");
    add_table_options(*command, args->table, true);
    add_licence_flag(*command, args->licensed_text);
    command->footer(R"(Added, deleted and revised count billable codes, as CMS does. A code that became a header
because it was expanded into subcodes counts as deleted and lists its new codes. Title changes
in white space only are listed apart; header rows are counted apart. Either direction works.

Examples:
  codeset diff icd10cm FY2025 FY2026
  codeset diff icd10cm FY2025 FY2026 -o changes-2026.json          # JSON, from the extension
  codeset diff icd10cm 2024-12-31 2025-12-31 --format markdown     # releases in force those days
  codeset diff icd10cm FY2025 FY2026 --range A00-B99 -o infections.xlsx   # one part, counted as CMS counts
  codeset diff icd10cm FY2025 FY2026 --chapter 9 --format markdown  # diseases of the circulatory system
  codeset diff icd10pcs FY2025 FY2026 --exit-code > /dev/null || echo "PCS changed"
  codeset diff icd10cm FY2025 FY2026 -o delta-2026.sql --deleted keep   # turns the FY2025 table into FY2026)");
    command->callback([args, &context, &result] { result = run_diff(*args, context); });
}

}  // namespace codeset::cli
