// codeset export: a whole release, one row per code, for other systems.
#include "commands.hpp"
#include "content_options.hpp"
#include "output_file.hpp"

#include "codeset/core/error.hpp"
#include "codeset/export/writer.hpp"
#include "codeset/query/queries.hpp"

namespace codeset::cli {

namespace {

// export --from: a FHIR ConceptMap of where the codes of `from` went in `version`.
int run_export_replacements(const ExportArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    const Writer& writer = output_writer(args.format, args.output, ContentKind::replacements, "fhir-conceptmap");
    table_layout(args.table, writer);  // --table is for sql: refused here
    const Store store = context.open_store(StoreAccess::read);
    ReplacementsContent content = replacements_between(store, system, args.from, args.version);
    OutputFile output(args.output, *context.out);
    write_content(output.stream(), writer, std::move(content), {args.licensed_text}, context.err);
    output.commit();
    return exit_ok;
}

}  // namespace

int run_export(const ExportArguments& args, const Context& context) {
    if (!args.from.empty()) return run_export_replacements(args, context);
    if (args.format == "fhir-conceptmap")
        throw Error(ErrorCode::usage, "--format fhir-conceptmap maps the codes of another release: give --from VERSION");
    const CodeSystem& system = require_code_system(args.system);
    const Writer& writer = output_writer(args.format, args.output, ContentKind::snapshot, "csv");
    const TableLayout table = table_layout(args.table, writer);
    const Store store = context.open_store(StoreAccess::read);
    SnapshotContent content = snapshot_of(store, system, args.version);
    content.table = table;
    OutputFile output(args.output, *context.out);
    write_content(output.stream(), writer, std::move(content), {args.licensed_text}, context.err);
    output.commit();
    return exit_ok;
}

void add_export_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<ExportArguments>();
    CLI::App* command = app.add_subcommand(
        "export", "Write every code of a release as CSV, JSON Lines, a FHIR CodeSystem or an SQL script");
    command->add_option("system", args->system, "Code system")->required()->type_name("SYSTEM");
    command->add_option("version", args->version, "Release label, or a date (the release in force that day)")
        ->required()
        ->type_name("VERSION");
    add_format_option(*command, args->format, ContentKind::snapshot, "csv");
    command->add_option("-o,--output", args->output, "Write to FILE instead of standard output")->type_name("FILE");
    add_table_options(*command, args->table, false);
    command
        ->add_option("--from", args->from,
                     "Write where the codes of this release went in VERSION, as a FHIR ConceptMap (fhir-conceptmap)")
        ->type_name("VERSION");
    add_licence_flag(*command, args->licensed_text);
    command->footer(R"(Rows come in order-file order; codes are written both as stored (A0472) and as people
write them (A04.72).

Examples:
  codeset export icd10cm FY2026 -o icd10cm-2026.csv                 # CSV; .jsonl for JSON Lines
  codeset export icd10cm FY2026 -o icd10cm-2026.json                # a FHIR R4 CodeSystem
  codeset export icd10pcs FY2026 --format jsonl | jq -c 'select(.billable)'
  codeset export icd10cm FY2025 -o icd10cm.sql && psql -v ON_ERROR_STOP=1 -f icd10cm.sql
  codeset export icd10cm FY2026 --from FY2016 -o replaced.json     # a FHIR ConceptMap of the replacements)");
    command->callback([args, &context, &result] { result = run_export(*args, context); });
}

}  // namespace codeset::cli
