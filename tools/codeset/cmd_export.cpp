// codeset export: a whole release, one row per code, for other systems.
#include "commands.hpp"
#include "output_file.hpp"

#include "codeset/core/code_system.hpp"
#include "codeset/export/snapshot.hpp"

namespace codeset::cli {

namespace {

struct ExportArguments {
    std::string system;
    std::string version;
    std::string format = "csv";
    std::string output;
    bool licensed_text = false;
};

int run_export(const ExportArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    const auto format = parse_snapshot_format(args.format);
    if (!format) throw Error(ErrorCode::usage, "--format " + args.format + ": expected csv or jsonl");
    const Store store = context.open_store();
    const ReleaseRecord release = store.resolve_release(system.name, args.version);
    if (system.licensed() && !args.licensed_text)
        *context.err << "note: " << system.title
                     << " descriptors are licensed: exporting codes only (--my-license-covers-descriptors to include them)\n";
    OutputFile output(args.output, *context.out);
    write_snapshot(output.stream(), store, release, *format, args.licensed_text);
    output.commit();
    return exit_ok;
}

}  // namespace

void add_export_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<ExportArguments>();
    CLI::App* command = app.add_subcommand("export", "Write every code of a release as CSV or JSON Lines");
    command->add_option("system", args->system, "Code system")->required()->type_name("SYSTEM");
    command->add_option("version", args->version, "Release label, or a date (the release in force that day)")
        ->required()
        ->type_name("VERSION");
    command->add_option("--format", args->format, "csv (default) or jsonl")->check(CLI::IsMember({"csv", "jsonl"}));
    command->add_option("-o,--output", args->output, "Write to FILE instead of standard output")->type_name("FILE");
    command->add_flag("--my-license-covers-descriptors", args->licensed_text,
                      "For licensed systems (CPT): include descriptors, stating your licence covers it");
    command->footer(R"(Rows come in order-file order; codes are written both as stored (A0472) and as people
write them (A04.72).

Examples:
  codeset export icd10cm FY2026 --format csv -o icd10cm-2026.csv
  codeset export icd10pcs FY2026 --format jsonl | jq -c 'select(.billable)')");
    command->callback([args, &context, &result] { result = run_export(*args, context); });
}

}  // namespace codeset::cli
