// codeset diff: what changed between two releases of one system, counted the way CMS counts.
#include "commands.hpp"
#include "output_file.hpp"

#include "codeset/core/code_system.hpp"
#include "codeset/diff/diff.hpp"
#include "codeset/export/report.hpp"

namespace codeset::cli {

namespace {

struct DiffArguments {
    std::string system;
    std::string from;
    std::string to;
    std::string format = "text";
    std::string output;
    bool exit_code = false;
    bool licensed_text = false;
};

int run_diff(const DiffArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    const auto format = parse_report_format(args.format);
    if (!format) throw Error(ErrorCode::usage, "--format " + args.format + ": expected text, json, csv or markdown");
    const Store store = context.open_store();
    const ReleaseRecord from = store.resolve_release(system.name, args.from);
    const ReleaseRecord to = store.resolve_release(system.name, args.to);
    const ChangeSet changes = diff_releases(store, from, to);
    if (system.licensed() && !args.licensed_text)
        *context.err << "note: " << system.title
                     << " descriptors are licensed: reporting codes only (--my-license-covers-descriptors to include them)\n";
    OutputFile output(args.output, *context.out);
    write_change_report(output.stream(), changes, system, *format, args.licensed_text);
    output.commit();
    return args.exit_code && !changes.empty() ? exit_changes : exit_ok;
}

}  // namespace

void add_diff_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<DiffArguments>();
    CLI::App* command = app.add_subcommand("diff", "Codes added, deleted and revised between two releases");
    command->add_option("system", args->system, "Code system")->required()->type_name("SYSTEM");
    command->add_option("from", args->from, "Older release: label or date")->required()->type_name("FROM");
    command->add_option("to", args->to, "Newer release: label or date")->required()->type_name("TO");
    command->add_option("--format", args->format, "text (default), json, csv or markdown")
        ->check(CLI::IsMember({"text", "json", "csv", "markdown", "md"}));
    command->add_option("-o,--output", args->output, "Write the report to FILE instead of standard output")
        ->type_name("FILE");
    command->add_flag("--exit-code", args->exit_code, "Exit with 1 when there are changes, 0 when none");
    command->add_flag("--my-license-covers-descriptors", args->licensed_text,
                      "For licensed systems (CPT): include descriptors, stating your licence covers it");
    command->footer(R"(Added, deleted and revised count billable codes, as CMS does. A code that became a header
because it was expanded into subcodes counts as deleted and lists its new codes. Title changes
in white space only are listed apart; header rows are counted apart. Either direction works.

Examples:
  codeset diff icd10cm FY2025 FY2026
  codeset diff icd10cm FY2025 FY2026 --format json -o changes-2026.json
  codeset diff icd10cm 2024-12-31 2025-12-31 --format markdown     # releases in force those days
  codeset diff icd10pcs FY2025 FY2026 --exit-code > /dev/null || echo "PCS changed")");
    command->callback([args, &context, &result] { result = run_diff(*args, context); });
}

}  // namespace codeset::cli
