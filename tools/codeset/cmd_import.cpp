// codeset import: reads releases as downloaded into the store, one transaction each. What it
// does lives in the library (codeset/import/import.hpp); this file parses and prints.
#include "commands.hpp"
#include "progress.hpp"

#include "codeset/core/code_system.hpp"
#include "codeset/core/importer.hpp"
#include "codeset/import/import.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <optional>
#include <ostream>

namespace codeset::cli {

namespace {

ImportRequest request_from(const ImportArguments& args) {
    ImportRequest request;
    request.paths = args.paths;
    if (!args.system.empty()) request.overrides.system = std::string(require_code_system(args.system).name);
    if (!args.version.empty()) request.overrides.version = args.version;
    if (!args.effective.empty()) {
        request.overrides.effective = Date::parse(args.effective);
        if (!request.overrides.effective)
            throw Error(ErrorCode::usage, "--effective " + args.effective + ": expected a date YYYY-MM-DD");
    }
    if (!args.mapping.empty()) request.mapping = args.mapping;
    request.replace = args.replace;
    return request;
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

// Companions added to a release already in the store.
std::string annotated_line(const ReleaseImport& release) {
    const ReleaseRecord& record = release.result.release;
    return fmt::format("added {} to {} {}: {} warnings (codeset releases {} --warnings)",
                       fmt::join(release.companions, ", "), record.info.system, record.info.version,
                       record.warning_count, record.info.system);
}

// Shows progress while a release is read and prints its line once it is in the store, or the
// error of a path that failed (the others go on).
class PrintingObserver final : public ImportObserver {
public:
    // With several paths, each line starts with the paths it is about.
    PrintingObserver(const Context& context, bool name_paths) : m_context(context), m_name_paths(name_paths) {}
    void started(const std::string& label) override {
        m_progress.emplace(*m_context.err, m_context.err_is_terminal, "importing " + label);
        m_callback = m_progress->callback();
    }
    void progress(std::uint64_t done, std::uint64_t total) override {
        if (m_callback) m_callback(done, total);  // empty when progress is not shown
    }
    void finished(const ReleaseImport& release) override {
        if (m_progress) m_progress->finish();
        m_progress.reset();
        if (release.failed()) {
            *m_context.err << "codeset: error: " << release.failure->what() << '\n';
            if (!m_first_failure) m_first_failure = release.failure->code();
            m_failed_paths += (release.path.empty() ? 0 : 1) + release.companions.size();
            return;
        }
        const bool annotated = release.from_store() && release.result.outcome != ImportOutcome::unchanged;
        if (m_name_paths && !annotated) {
            std::vector<std::string> paths = release.companions;
            if (!release.from_store()) paths.insert(paths.begin(), release.path);
            *m_context.out << fmt::format("{}: ", fmt::join(paths, " + "));
        }
        *m_context.out << (annotated ? annotated_line(release) : summary_line(release.result)) << '\n';
        for (const std::string& alert : release.alerts) *m_context.err << "codeset: warning: " << alert << '\n';
    }

    // 0 when every path was imported, else the exit code of the first failure; with several
    // paths, says how many failed.
    int exit_code(std::size_t paths) const {
        if (!m_first_failure) return exit_ok;
        if (paths > 1)
            *m_context.err << fmt::format("codeset: {} of {} paths not imported (the errors above say why)\n",
                                          m_failed_paths, paths);
        return exit_code_for(*m_first_failure);
    }

private:
    const Context& m_context;
    bool m_name_paths;
    std::optional<ErrorCode> m_first_failure;
    std::size_t m_failed_paths = 0;
    std::optional<Progress> m_progress;
    std::function<void(std::uint64_t, std::uint64_t)> m_callback;
};

// "icd10cm|icd10pcs|hcpcs|cpt", from the registered profiles.
std::string system_names() {
    std::vector<std::string_view> names;
    for (const CodeSystem* system : code_systems()) names.push_back(system->name);
    return fmt::format("{}", fmt::join(names, "|"));
}

// Which importers a mapping file describes, from the importers themselves.
std::string mapping_help() {
    std::vector<std::string_view> systems;
    for (const Importer* importer : builtin_importers())
        if (importer->accepts_mapping()) systems.push_back(importer->system());
    return fmt::format("{} only: which file and column holds what (docs/cpt.md)", fmt::join(systems, ", "));
}

}  // namespace

int run_import(const ImportArguments& args, const Context& context) {
    // Every path is opened and described before the store is: input of which nothing can be
    // imported never creates a store.
    ImportJob job(request_from(args));
    PrintingObserver observer(context, args.paths.size() > 1);
    if (job.has_releases()) {
        Store store = context.open_store(StoreAccess::write);
        job.run(store, &observer);
    } else {
        for (const ReleaseImport& failure : job.unreadable()) observer.finished(failure);
    }
    return observer.exit_code(args.paths.size());
}

void add_import_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<ImportArguments>();
    CLI::App* command = app.add_subcommand("import", "Import releases as downloaded (zip, folder or order file)");
    command->add_option("path", args->paths, "Release zip, extracted folder, order file, or XML companion")
        ->required()
        ->type_name("PATH...");
    command->add_option("--system", args->system, "Code system, when it cannot be told from the files")
        ->type_name(system_names());
    command->add_option("--version", args->version, "Version label, e.g. FY2023-04 for an April update")
        ->type_name("LABEL");
    command->add_option("--effective", args->effective, "First day the release is in force")->type_name("YYYY-MM-DD");
    command->add_option("--mapping", args->mapping, mapping_help())
        ->type_name("FILE");
    command->add_flag("--replace", args->replace, "Replace a release of the same version with different content");
    command->footer(R"(Each release is imported in one transaction: on any error the store is left exactly as it
was. Of several paths, each that fails is reported and the others are imported; the exit code is
then that of the first failure. Importing the same files again does nothing and says so. The ICD-10-CM tabular XML and the
ICD-10-PCS tables XML annotate the release of the same version: give them with its order file, or
later to add them to the release in the store.

Examples:
  codeset import "icd10cm-Code Descriptions-2026.zip"
  codeset import cms_2023_dx.zip --version FY2023-04      # an April update
  codeset import ~/Downloads/icd10cm-order-2025.txt
  codeset import cms_2017_dx.zip ICD10CM_FY2017_Full_XML.zip  # codes with notes and hierarchy
  codeset --db codes.db import icd10pcs/cms_2026_pr.zip
  codeset import ~/Downloads/cms/*.zip                     # every path; one line each
  codeset import ~/ama/cpt-2026/ --mapping ama-2026.ini   # your licensed CPT files)");
    command->callback([args, &context, &result] { result = run_import(*args, context); });
}

}  // namespace codeset::cli
