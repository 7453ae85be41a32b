#include "codeset/import/import.hpp"

#include "codeset/core/error.hpp"
#include "codeset/import/describe_release.hpp"
#include "import/import_plan.hpp"

#include <algorithm>

namespace codeset {

namespace {

// The importer a mapping file describes: among those that accept one, the one of --system when
// given, else the only one. What a mapping is for comes from the importers, not from a name here.
std::unique_ptr<Importer> importer_with_mapping(const std::filesystem::path& mapping,
                                                const std::optional<std::string>& system) {
    std::vector<const Importer*> accepting;
    std::string systems;
    for (const Importer* importer : builtin_importers()) {
        if (!importer->accepts_mapping()) continue;
        accepting.push_back(importer);
        systems += (systems.empty() ? "" : " or ") + std::string(importer->system());
    }
    if (accepting.empty()) throw Error(ErrorCode::usage, "--mapping: no importer reads a mapping file");
    if (system) {
        const auto fits = std::find_if(accepting.begin(), accepting.end(),
                                       [&](const Importer* importer) { return importer->system() == *system; });
        if (fits == accepting.end())
            throw Error(ErrorCode::usage,
                        "--mapping describes " + systems + " files; it cannot be used with --system " + *system);
        return (*fits)->with_mapping(mapping);
    }
    if (accepting.size() > 1)
        throw Error(ErrorCode::usage, "--mapping describes " + systems + " files: say which with --system");
    return accepting.front()->with_mapping(mapping);
}

}  // namespace

struct ImportJob::State {
    std::unique_ptr<Importer> mapped;  // owns the importer a mapping file describes
    std::vector<detail::PlannedSource> sources;
    bool replace = false;
};

ImportJob::ImportJob(const ImportRequest& request) : m_state(std::make_unique<State>()) {
    if (request.paths.size() > 1 && request.overrides.version)
        throw Error(ErrorCode::usage, "--version names one release: import one path at a time with it");
    if (request.mapping) m_state->mapped = importer_with_mapping(*request.mapping, request.overrides.system);
    m_state->replace = request.replace;
    for (const std::string& path : request.paths) {
        detail::PlannedSource planned;
        planned.path = path;
        planned.source = Source::open(path);
        planned.importer =
            m_state->mapped ? m_state->mapped.get() : &choose_importer(*planned.source, request.overrides.system);
        planned.info = describe_release(*planned.importer, *planned.source, request.overrides);
        m_state->sources.push_back(std::move(planned));
    }
}

ImportJob::~ImportJob() = default;
ImportJob::ImportJob(ImportJob&&) noexcept = default;
ImportJob& ImportJob::operator=(ImportJob&&) noexcept = default;

std::vector<ReleaseImport> ImportJob::run(Store& store, ImportObserver* observer) {
    ImportObserver quiet;
    ImportObserver& told = observer ? *observer : quiet;
    std::vector<ReleaseImport> imported;
    for (const detail::PlannedRelease& plan : detail::plan_import(std::move(m_state->sources), store)) {
        ReleaseImport release;
        if (plan.main.importer) release.path = plan.main.path;
        for (const detail::PlannedSource& companion : plan.companions)
            if (companion.path != plan.main.path) release.companions.push_back(companion.path);
        told.started(plan.main.importer ? plan.main.path : plan.companions.front().path);
        ReadOptions options;
        options.progress = [&told](std::uint64_t done, std::uint64_t total) { told.progress(done, total); };
        options.effective = plan.main.info.effective;
        release.result = detail::import_planned(store, plan, options, m_state->replace, release.alerts);
        told.finished(release);
        imported.push_back(std::move(release));
    }
    m_state->sources.clear();  // a job runs once: its sources went to the plan
    return imported;
}

std::vector<ReleaseImport> import_paths(Store& store, const ImportRequest& request, ImportObserver* observer) {
    return ImportJob(request).run(store, observer);
}

}  // namespace codeset
