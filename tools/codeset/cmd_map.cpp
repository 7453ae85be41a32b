// codeset map: where a code of one release went in another, hop by hop over the stored releases,
// with the evidence of each hop (conversion tables, expansions, cross-references, new titles).
#include "commands.hpp"
#include "content_options.hpp"
#include "output_file.hpp"

#include "codeset/export/writer.hpp"
#include "codeset/query/queries.hpp"

namespace codeset::cli {

int run_map(const MapArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    const Writer& writer = output_writer(args.format, args.output, ContentKind::code_map, "text");
    const Store store = context.open_store(StoreAccess::read);
    MapContent content = map_between(store, system, args.code, args.from, args.to);
    OutputFile output(args.output, *context.out);
    write_content(output.stream(), writer, std::move(content), {args.licensed_text}, context.err);
    output.commit();
    return exit_ok;
}

void add_map_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<MapArguments>();
    CLI::App* command = app.add_subcommand("map", "Where a code went between two releases, and by what evidence");
    command->add_option("system", args->system, "Code system")->required()->type_name("SYSTEM");
    command->add_option("code", args->code, "Code of the --from release, with or without the dot")
        ->required()
        ->type_name("CODE");
    command->add_option("--from", args->from, "The release the code is from: label or date")
        ->required()
        ->type_name("VERSION|DATE");
    command->add_option("--to", args->to, "The release to map it to (older or newer): label or date")
        ->required()
        ->type_name("VERSION|DATE");
    add_format_option(*command, args->format, ContentKind::code_map, "text");
    command->add_option("-o,--output", args->output, "Write the map to FILE instead of standard output")
        ->type_name("FILE");
    add_licence_flag(*command, args->licensed_text);
    command->footer(R"(Walks every stored release between the two, in either direction. Each hop is identity,
retitled, one_to_one, split, merge or deleted (without replacement), with its evidence: the
conversion tables attached to the releases (codeset import TABLE.xlsx), codes expanded into
subcodes, the cross-references of discontinued codes, and new titles. A chain that splits marks
its targets for review: a coder must choose. Gaps in the stored releases are said in the hop.

Examples:
  codeset map icd10cm I48.2 --from FY2019 --to FY2020
  codeset map icd10cm i482 --from FY2016 --to FY2026 --format json
  codeset map icd10cm I48.11 --from FY2026 --to FY2016         # backwards
  codeset map hcpcs G0202 --from 2017 --to 2018)");
    command->callback([args, &context, &result] { result = run_map(*args, context); });
}

}  // namespace codeset::cli
