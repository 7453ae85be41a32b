// codeset publish fhir: one FHIR NPM package per stored release, for FHIR servers and tools.
#include "commands.hpp"
#include "content_options.hpp"

#include "codeset/publish/fhir_packages.hpp"

#include <fmt/format.h>

namespace codeset::cli {

int run_publish_fhir(const PublishFhirArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    const Store store = context.open_store(StoreAccess::read);
    publish_fhir_packages(store, system, args.dir, {args.licensed_text}, context.err, [&](const FhirPackage& package) {
        *context.out << fmt::format("wrote {} ({} {}, package version {}): {} concepts{}\n", package.path.string(),
                                    system.name, package.release, package.package_version, package.concepts,
                                    package.descriptors_withheld ? ", descriptors left out" : "");
    });
    return exit_ok;
}

void add_publish_fhir_command(CLI::App& publish, Context& context, int& result) {
    auto args = std::make_shared<PublishFhirArguments>();
    CLI::App* command =
        publish.add_subcommand("fhir", "Write one FHIR NPM package (.tgz) per stored release of a system");
    command->add_option("system", args->system, "Code system")->required()->type_name("SYSTEM");
    command->add_option("dir", args->dir, "Folder the packages are written to (created when missing)")
        ->required()
        ->type_name("DIR");
    add_licence_flag(*command, args->licensed_text);
    command->footer(R"(Each package is DIR/codeset.SYSTEM-VERSION.tgz: package/package.json, package/.index.json and
package/CodeSystem-SYSTEM-LABEL.json (what `codeset export SYSTEM LABEL --format fhir` writes).
The package version is the label's year.month.correction (FY2026 -> 2026.0.0, FY2026-04 -> 2026.4.0,
2018-01-c2 -> 2018.1.2). The same store writes the same bytes; re-running rewrites every package.

Example:
  codeset publish fhir icd10cm packages/)");
    command->callback([args, &context, &result] { result = run_publish_fhir(*args, context); });
}

}  // namespace codeset::cli
