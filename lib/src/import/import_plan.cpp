#include "import/import_plan.hpp"

#include "codeset/core/conversion_table.hpp"
#include "codeset/core/error.hpp"
#include "companions/annotating_sink.hpp"
#include "import/shrink_check.hpp"

#include <algorithm>

namespace codeset::detail {

namespace {

bool same_release(const ReleaseInfo& a, const ReleaseInfo& b) { return a.system == b.system && a.version == b.version; }

// A release in the store, read back whole so it can be imported again with its annotations.
struct StoredRelease {
    ReleaseRecord record;
    std::vector<CodeRecord> codes;
    std::vector<AddendumEntry> addenda;
    std::vector<ImportWarning> warnings;
};

StoredRelease load(const Store& store, const ReleaseRecord& record) {
    return StoredRelease{record, store.codes(record), store.addenda(record), store.warnings(record)};
}

}  // namespace

ImportPlan plan_import(std::vector<PlannedSource> sources, const Store& store) {
    ImportPlan plan_of_all;
    std::vector<PlannedRelease>& plans = plan_of_all.releases;
    std::vector<PlannedSource> companions;
    for (PlannedSource& source : sources) {
        if (source.importer->is_companion()) {
            companions.push_back(std::move(source));
            continue;
        }
        PlannedRelease plan;
        // A zip may hold its own companion (the ICD-10-PCS errata zip has order file and tables).
        for (const Importer* importer : builtin_importers())
            if (importer->is_companion() && importer->system() == source.importer->system() &&
                importer->identify(*source.source) == Identification::yes)
                plan.companions.push_back(
                    PlannedSource{source.position, source.path, source.source, importer, source.info});
        plan.main = std::move(source);
        plans.push_back(std::move(plan));
    }
    for (PlannedSource& companion : companions) {
        auto release = std::find_if(plans.begin(), plans.end(),
                                    [&](const PlannedRelease& plan) { return same_release(plan.main.info, companion.info); });
        if (release == plans.end()) {
            const auto stored = store.find_release(companion.info.system, companion.info.version);
            if (!stored) {
                Error why(ErrorCode::not_found,
                          companion.path + " annotates " + companion.info.system + " " + companion.info.version +
                              ", which is not in the store: import the release's order file first, or give both "
                              "in one command");
                plan_of_all.unplanned.push_back({std::move(companion), std::move(why)});
                continue;
            }
            PlannedRelease plan;
            plan.main.position = companion.position;
            plan.main.info = stored->info;
            plans.push_back(std::move(plan));
            release = std::prev(plans.end());
        }
        release->companions.push_back(std::move(companion));
    }
    return plan_of_all;
}

namespace {

// What identifies a companion once read: its importer and the SHA-256 of the members it read
// (the zip around them is not part of it: the same XML zipped again is the same file).
CompanionRecord companion_record(const PlannedSource& companion) {
    return CompanionRecord{std::string(companion.importer->name()), companion_digest(companion.source->read_files()),
                           companion.path};
}

std::vector<std::unique_ptr<Annotations>> read_companions(const PlannedRelease& plan, RecordSink& sink,
                                                           const ReadOptions& options,
                                                           std::vector<CompanionRecord>* records = nullptr) {
    std::vector<std::unique_ptr<Annotations>> annotations;
    for (const PlannedSource& companion : plan.companions) {
        auto read = companion.importer->read_annotations(*companion.source, sink, options);
        if (companion.importer->annotates_codes()) annotations.push_back(std::move(read));
        const CompanionRecord record = companion_record(companion);
        sink.add_companion(record);
        if (records) records->push_back(record);
    }
    return annotations;
}

std::string companion_paths(const PlannedRelease& plan) {
    std::string paths;
    for (const PlannedSource& companion : plan.companions) paths += (paths.empty() ? "" : ", ") + companion.path;
    return paths;
}

// The stored release's companion that `record` would replace: one read by the same importer.
const CompanionRecord* stored_companion(const ReleaseRecord& release, const CompanionRecord& record) {
    for (const CompanionRecord& stored : release.companions)
        if (stored.importer == record.importer) return &stored;
    return nullptr;
}

// The files of the stored companions being replaced (their members, by the SHA-256 in their
// digest), and whether a stored file or warning is theirs. A zip holding the order file too keeps
// the zip's own row and the order file's.
class ReplacedFiles {
public:
    ReplacedFiles(const ReleaseRecord& release, const std::vector<const CompanionRecord*>& replaced) {
        for (const CompanionRecord* old : replaced)
            for (const SourceFile& file : release.files)
                if (file.path == old->path && old->digest.find(file.sha256) != std::string::npos &&
                    (!file.member.empty() || old->digest == file.sha256))
                    m_files.push_back(file);
        for (const SourceFile& file : release.files)
            if (file.member.empty() && lists_member_of(file.path) && !keeps_member_of(release, file.path))
                m_files.push_back(file);
    }
    bool lists(const SourceFile& file) const { return std::find(m_files.begin(), m_files.end(), file) != m_files.end(); }
    // A warning's location names the member and its file ("Tabular.xml in x.zip, line 3"), or the file.
    bool located(const ImportWarning& warning) const {
        return std::any_of(m_files.begin(), m_files.end(), [&](const SourceFile& file) {
            const std::string at = file.member.empty() ? file.path : file.member + " in " + file.path;
            return warning.where == at || warning.where.starts_with(at + ",");
        });
    }

private:
    bool lists_member_of(const std::string& path) const {
        return std::any_of(m_files.begin(), m_files.end(),
                           [&](const SourceFile& f) { return f.path == path && !f.member.empty(); });
    }
    bool keeps_member_of(const ReleaseRecord& release, const std::string& path) const {
        return std::any_of(release.files.begin(), release.files.end(), [&](const SourceFile& f) {
            return f.path == path && !f.member.empty() && !lists(f);
        });
    }
    std::vector<SourceFile> m_files;
};

ImportResult import_read(Store& store, const PlannedRelease& plan, const ReadOptions& options, bool replace,
                         std::vector<std::string>& alerts) {
    const CodeSystem& system = require_code_system(plan.main.info.system);
    if (plan.main.importer && plan.companions.empty()) {
        ShrinkCheck checked(store, plan.main.info, plan.main.path, alerts);
        return store.import_release(
            plan.main.info,
            [&](RecordSink& sink) {
                plan.main.importer->read(*plan.main.source, checked.wrap(sink), options);
                checked.finish();
            },
            ImportOptions{.replace = replace});
    }
    if (plan.main.importer) {
        ShrinkCheck checked(store, plan.main.info, plan.main.path, alerts);
        return store.import_release(
            plan.main.info,
            [&](RecordSink& sink) {
                std::vector<std::unique_ptr<Annotations>> annotations;
                importers::AnnotatingSink annotating(sink, annotations, system);
                annotations = read_companions(plan, annotating, options);
                plan.main.importer->read(*plan.main.source, checked.wrap(annotating), options);
                checked.finish();
                annotating.finish(companion_paths(plan));
            },
            ImportOptions{.replace = replace});
    }
    // Companions added to a release already in the store: the same codes, annotated again. The
    // same companion file again changes nothing; a different one replaces the stored one only
    // with --replace, and leaves none of its attributes, warnings or files behind.
    const StoredRelease stored = load(store, *store.find_release(plan.main.info.system, plan.main.info.version));
    const std::string label = stored.record.info.system + " " + stored.record.info.version;
    CollectingSink read;  // the companions' files and warnings, passed on once decided
    std::vector<CompanionRecord> records;
    const std::vector<std::unique_ptr<Annotations>> annotations = read_companions(plan, read, options, &records);
    std::vector<const CompanionRecord*> replaced;
    bool all_known = true;
    for (const CompanionRecord& record : records) {
        const CompanionRecord* old = stored_companion(stored.record, record);
        if (!old || old->digest != record.digest) all_known = false;
        if (!old || old->digest == record.digest) continue;
        if (!replace) {
            // A companion kept beside the codes is no `system.companion`: name it by its importer.
            const Importer& importer = *std::find_if(plan.companions.begin(), plan.companions.end(),
                                                     [&](const PlannedSource& c) { return c.path == record.path; })
                                            ->importer;
            const std::string what = importer.annotates_codes() ? "a " + std::string(system.companion)
                                                                : "the " + std::string(importer.name());
            throw Error(ErrorCode::conflict, label + " already has " + what + " (" + old->path +
                                                 ") that differs from " + record.path + "; use --replace to replace it");
        }
        replaced.push_back(old);
    }
    if (all_known) return ImportResult{ImportOutcome::unchanged, stored.record, 0};
    const ReplacedFiles from_replaced(stored.record, replaced);
    return store.import_release(
        stored.record.info,
        [&](RecordSink& sink) {
            importers::AnnotatingSink annotating(sink, annotations, system, /*reannotating=*/true);
            for (const SourceFile& file : stored.record.files)
                if (!from_replaced.lists(file)) annotating.add_source_file(file);
            for (const SourceFile& file : read.files) annotating.add_source_file(file);
            for (const CompanionRecord& kept : stored.record.companions)
                if (std::none_of(records.begin(), records.end(),
                                 [&](const CompanionRecord& r) { return r.importer == kept.importer; }))
                    annotating.add_companion(kept);
            for (const CompanionRecord& record : records) annotating.add_companion(record);
            for (const AddendumEntry& entry : stored.addenda) annotating.add_addendum(entry);
            for (const CodeRecord& code : stored.codes) annotating.add_code(code);
            // The release's earlier warnings stay, but a replaced companion's; the new check's are added.
            for (const ImportWarning& warning : stored.warnings)
                if (!from_replaced.located(warning)) annotating.add_warning(warning);
            for (const ImportWarning& warning : read.warnings) annotating.add_warning(warning);
            for (const ConversionTable& table : read.conversion_tables) annotating.add_conversion_table(table);
            annotating.finish(companion_paths(plan));
        },
        ImportOptions{.reannotate = true});
}

}  // namespace

ImportResult import_planned(Store& store, const PlannedRelease& plan, const ReadOptions& options, bool replace,
                            std::vector<std::string>& alerts) {
    try {
        return import_read(store, plan, options, replace, alerts);
    } catch (const Error& error) {
        // Garbage from a damaged zip fails to parse long before the member's CRC is checked at its
        // end: a parse error is the format's fault only once the bytes read are known to be intact.
        if (error.code() != ErrorCode::parse) throw;
        if (plan.main.source) plan.main.source->check_opened_members();
        for (const PlannedSource& companion : plan.companions) companion.source->check_opened_members();
        throw;
    }
}

}  // namespace codeset::detail
