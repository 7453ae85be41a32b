#include "codeset/import/import.hpp"

#include "codeset/core/error.hpp"
#include "codeset/import/describe_release.hpp"
#include "import/import_plan.hpp"

#include <algorithm>
#include <functional>
#include <string_view>
#include <utility>

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

// The message of a failure, naming the path when the error does not already.
Error naming(const std::string& path, const Error& error) {
    if (std::string_view(error.what()).find(path) != std::string_view::npos) return error;
    return Error(error.code(), path + ": " + error.what());
}

ReleaseImport failed(const std::string& path, const Error& error) {
    ReleaseImport release;
    release.path = path;
    release.failure = naming(path, error);
    return release;
}

// What the user gave for a release: its path, or its first companion's.
const std::string& first_path(const detail::PlannedRelease& plan) {
    return plan.main.importer ? plan.main.path : plan.companions.front().path;
}

}  // namespace

struct ImportJob::State {
    std::unique_ptr<Importer> mapped;  // owns the importer a mapping file describes
    std::vector<detail::PlannedSource> sources;
    // Paths that could not be opened or described, with their position in the request.
    std::vector<std::pair<std::size_t, ReleaseImport>> unreadable;
    bool replace = false;
};

ImportJob::ImportJob(const ImportRequest& request) : m_state(std::make_unique<State>()) {
    if (request.mapping) m_state->mapped = importer_with_mapping(*request.mapping, request.overrides.system);
    m_state->replace = request.replace;
    for (std::size_t position = 0; position < request.paths.size(); ++position) {
        const std::string& path = request.paths[position];
        try {
            detail::PlannedSource planned;
            planned.position = position;
            planned.path = path;
            planned.source = Source::open(path);
            planned.importer =
                m_state->mapped ? m_state->mapped.get() : &choose_importer(*planned.source, request.overrides.system);
            planned.info = describe_release(*planned.importer, *planned.source, request.overrides);
            m_state->sources.push_back(std::move(planned));
        } catch (const Error& error) {
            // An override that fits no file is the command's mistake, not the path's.
            if (error.code() == ErrorCode::usage) throw;
            m_state->unreadable.emplace_back(position, failed(path, error));
        }
    }
    if (request.overrides.version) {
        // --version names one release: its file and companions, which the label then fits all.
        std::vector<std::string> releases;
        for (const detail::PlannedSource& source : m_state->sources)
            if (!source.importer->is_companion()) releases.push_back(source.path);
        if (releases.size() > 1)
            throw Error(ErrorCode::usage, "--version names one release, and " + std::to_string(releases.size()) +
                                              " release files were given (" + releases.front() + ", " +
                                              releases[1] + (releases.size() > 2 ? ", ..." : "") +
                                              "): import them one at a time");
    }
}

ImportJob::~ImportJob() = default;
ImportJob::ImportJob(ImportJob&&) noexcept = default;
ImportJob& ImportJob::operator=(ImportJob&&) noexcept = default;

bool ImportJob::has_releases() const { return !m_state->sources.empty(); }

std::vector<ReleaseImport> ImportJob::unreadable() const {
    std::vector<ReleaseImport> releases;
    for (const auto& [position, release] : m_state->unreadable) releases.push_back(release);
    return releases;
}

std::vector<ReleaseImport> ImportJob::run(Store& store, ImportObserver* observer) {
    ImportObserver quiet;
    ImportObserver& told = observer ? *observer : quiet;
    detail::ImportPlan plan = detail::plan_import(std::move(m_state->sources), store);
    m_state->sources.clear();  // a job runs once: its sources went to the plan

    // Every outcome in the order of the paths the user gave.
    std::vector<std::pair<std::size_t, std::function<ReleaseImport()>>> steps;
    for (auto& unreadable : m_state->unreadable)
        steps.emplace_back(unreadable.first, [&release = unreadable.second] { return release; });
    for (const detail::UnplannedSource& companion : plan.unplanned)
        steps.emplace_back(companion.source.position,
                           [&companion] { return failed(companion.source.path, companion.why); });
    for (const detail::PlannedRelease& release_plan : plan.releases) {
        steps.emplace_back(release_plan.main.importer ? release_plan.main.position
                                                      : release_plan.companions.front().position,
                           [&, this] {
                               ReleaseImport release;
                               if (release_plan.main.importer) release.path = release_plan.main.path;
                               for (const detail::PlannedSource& companion : release_plan.companions)
                                   if (companion.path != release_plan.main.path &&
                                       std::find(release.companions.begin(), release.companions.end(),
                                                 companion.path) == release.companions.end())
                                       release.companions.push_back(companion.path);  // a zip of several, once
                               told.started(first_path(release_plan));
                               ReadOptions options;
                               options.progress = [&told](std::uint64_t done, std::uint64_t total) {
                                   told.progress(done, total);
                               };
                               options.effective = release_plan.main.info.effective;
                               try {
                                   release.result = detail::import_planned(store, release_plan, options,
                                                                           m_state->replace, release.alerts);
                               } catch (const Error& error) {
                                   std::string paths = release.path;
                                   for (const std::string& companion : release.companions)
                                       paths += (paths.empty() ? "" : " + ") + companion;
                                   release.failure = naming(paths.empty() ? first_path(release_plan) : paths, error);
                               }
                               return release;
                           });
    }
    std::stable_sort(steps.begin(), steps.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<ReleaseImport> outcomes;
    for (auto& [position, step] : steps) {
        outcomes.push_back(step());
        told.finished(outcomes.back());
    }
    return outcomes;
}

}  // namespace codeset
