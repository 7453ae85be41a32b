#include "import/import_plan.hpp"

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
    StoredRelease stored{record, {}, store.addenda(record), store.warnings(record)};
    store.for_each_code(record, [&](const CodeRecord& code) { stored.codes.push_back(code); });
    return stored;
}

}  // namespace

std::vector<PlannedRelease> plan_import(std::vector<PlannedSource> sources, const Store& store) {
    std::vector<PlannedRelease> plans;
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
                plan.companions.push_back(PlannedSource{source.path, source.source, importer, source.info});
        plan.main = std::move(source);
        plans.push_back(std::move(plan));
    }
    for (PlannedSource& companion : companions) {
        auto release = std::find_if(plans.begin(), plans.end(),
                                    [&](const PlannedRelease& plan) { return same_release(plan.main.info, companion.info); });
        if (release == plans.end()) {
            const auto stored = store.find_release(companion.info.system, companion.info.version);
            if (!stored)
                throw Error(ErrorCode::not_found,
                            companion.path + " annotates " + companion.info.system + " " + companion.info.version +
                                ", which is not in the store: import the release's order file first, or give both "
                                "in one command");
            PlannedRelease plan;
            plan.main.info = stored->info;
            plans.push_back(std::move(plan));
            release = std::prev(plans.end());
        }
        release->companions.push_back(std::move(companion));
    }
    return plans;
}

namespace {

ImportResult import_read(Store& store, const PlannedRelease& plan, const ReadOptions& options, bool replace,
                         std::vector<std::string>& alerts) {
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
                importers::AnnotatingSink annotating(sink, annotations);
                for (const PlannedSource& companion : plan.companions)
                    annotations.push_back(companion.importer->read_annotations(*companion.source, annotating, options));
                plan.main.importer->read(*plan.main.source, checked.wrap(annotating), options);
                checked.finish();
                annotating.finish();
            },
            ImportOptions{.replace = replace});
    }
    // Companions added to a release already in the store: the same codes, annotated again.
    const StoredRelease stored = load(store, *store.find_release(plan.main.info.system, plan.main.info.version));
    return store.import_release(
        stored.record.info,
        [&](RecordSink& sink) {
            std::vector<std::unique_ptr<Annotations>> annotations;
            importers::AnnotatingSink annotating(sink, annotations, /*reannotating=*/true);
            for (const SourceFile& file : stored.record.files) annotating.add_source_file(file);
            for (const AddendumEntry& entry : stored.addenda) annotating.add_addendum(entry);
            for (const PlannedSource& companion : plan.companions)
                annotations.push_back(companion.importer->read_annotations(*companion.source, annotating, options));
            for (const CodeRecord& code : stored.codes) annotating.add_code(code);
            // The release's earlier warnings stay; this check's are added.
            for (const ImportWarning& warning : stored.warnings) annotating.add_warning(warning);
            annotating.finish();
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
