// codeset import: reads releases as downloaded into the store, one transaction each.
#include "commands.hpp"
#include "import_plan.hpp"
#include "progress.hpp"
#include "release_overrides.hpp"

#include "codeset/core/code_system.hpp"
#include "codeset/core/importer.hpp"
#include "codeset/core/source.hpp"
#include "cpt/cpt_importer.hpp"

#include <fmt/format.h>

#include <ostream>

namespace codeset::cli {

namespace {

struct ImportArguments {
    std::vector<std::string> paths;
    std::string system;
    std::string version;
    std::string effective;
    std::string mapping;
    bool replace = false;
};

ReleaseOverrides overrides_from(const ImportArguments& args) {
    ReleaseOverrides overrides;
    if (!args.system.empty()) overrides.system = require_code_system(args.system).name;
    if (!args.version.empty()) overrides.version = args.version;
    if (!args.effective.empty()) {
        overrides.effective = Date::parse(args.effective);
        if (!overrides.effective)
            throw Error(ErrorCode::usage, "--effective " + args.effective + ": expected a date YYYY-MM-DD");
    }
    return overrides;
}

std::string summary_line(const ImportResult& result) {
    const ReleaseInfo& info = result.release.info;
    const std::string what = fmt::format("{} {} (effective {}, {})", info.system, info.version,
                                         info.effective.to_string(), to_string(info.kind));
    if (result.outcome == ImportOutcome::unchanged)
        return what + ": already in the store with identical content, nothing to do";
    std::string line = fmt::format("{} {}: {} codes ({} billable, {} headers), {} new contents stored",
                                   result.outcome == ImportOutcome::replaced ? "replaced" : "imported", what,
                                   result.release.code_count, result.release.billable_count,
                                   result.release.code_count - result.release.billable_count, result.new_contents);
    if (result.release.warning_count > 0)
        line += fmt::format(", {} warnings (codeset releases {} --warnings)", result.release.warning_count,
                            info.system);
    return line;
}

int run_import(const ImportArguments& args, const Context& context) {
    const ReleaseOverrides overrides = overrides_from(args);
    if (args.paths.size() > 1 && !args.version.empty())
        throw Error(ErrorCode::usage, "--version names one release: import one path at a time with it");
    // A mapping describes a licensee's CPT files: it names the importer.
    std::unique_ptr<Importer> mapped;
    if (!args.mapping.empty()) {
        if (overrides.system && *overrides.system != "cpt")
            throw Error(ErrorCode::usage, "--mapping describes CPT files; it cannot be used with --system " +
                                              *overrides.system);
        mapped = importers::cpt_importer_with(importers::parse_cpt_mapping(args.mapping));
    }
    Store store = context.open_store();
    std::vector<PlannedSource> sources;
    for (const std::string& path : args.paths) {
        PlannedSource planned;
        planned.path = path;
        planned.source = Source::open(path);
        planned.importer = mapped ? mapped.get() : &choose_importer(*planned.source, overrides.system);
        planned.info = describe_release(*planned.importer, *planned.source, overrides);
        sources.push_back(std::move(planned));
    }
    for (const PlannedRelease& plan : plan_import(std::move(sources), store)) {
        const std::string label = plan.main.importer ? plan.main.path : plan.companions.front().path;
        Progress progress(*context.err, context.err_is_terminal, "importing " + label);
        ReadOptions options;
        options.progress = progress.callback();
        options.effective = plan.main.info.effective;
        const ImportResult result = import_planned(store, plan, options, args.replace);
        progress.finish();
        if (!plan.main.importer && result.outcome != ImportOutcome::unchanged) {
            std::string added;
            for (const PlannedSource& companion : plan.companions) added += (added.empty() ? "" : ", ") + companion.path;
            *context.out << "added " << added << " to " << result.release.info.system << ' '
                         << result.release.info.version << ": " << result.release.warning_count
                         << " warnings (codeset releases " << result.release.info.system << " --warnings)\n";
            continue;
        }
        *context.out << summary_line(result) << '\n';
    }
    return exit_ok;
}

}  // namespace

void add_import_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<ImportArguments>();
    CLI::App* command = app.add_subcommand("import", "Import releases as downloaded (zip, folder or order file)");
    command->add_option("path", args->paths, "Release zip, extracted folder, order file, or XML companion")
        ->required()
        ->type_name("PATH...");
    command->add_option("--system", args->system, "Code system, when it cannot be told from the files")
        ->type_name("icd10cm|icd10pcs|hcpcs|cpt");
    command->add_option("--version", args->version, "Version label, e.g. FY2023-04 for an April update")
        ->type_name("LABEL");
    command->add_option("--effective", args->effective, "First day the release is in force")->type_name("YYYY-MM-DD");
    command->add_option("--mapping", args->mapping, "CPT only: which file and column holds what (docs/cpt.md)")
        ->type_name("FILE");
    command->add_flag("--replace", args->replace, "Replace a release of the same version with different content");
    command->footer(R"(Each release is imported in one transaction: on any error the store is left exactly as it
was. Importing the same files again does nothing and says so. The ICD-10-CM tabular XML and the
ICD-10-PCS tables XML annotate the release of the same version: give them with its order file, or
later to add them to the release in the store.

Examples:
  codeset import "icd10cm-Code Descriptions-2026.zip"
  codeset import cms_2023_dx.zip --version FY2023-04      # an April update
  codeset import ~/Downloads/icd10cm-order-2025.txt
  codeset import cms_2017_dx.zip ICD10CM_FY2017_Full_XML.zip  # codes with notes and hierarchy
  codeset --db codes.db import icd10pcs/cms_2026_pr.zip
  codeset import ~/ama/cpt-2026/ --mapping ama-2026.ini   # your licensed CPT files)");
    command->callback([args, &context, &result] { result = run_import(*args, context); });
}

}  // namespace codeset::cli
