#include "import/import_plan.hpp"

#include "codeset/core/conversion_table.hpp"
#include "codeset/core/error.hpp"
#include "companions/annotating_sink.hpp"
#include "import/shrink_check.hpp"

#include <algorithm>
#include <optional>
#include <set>

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
    // A zip or folder of companions (the ICD-10-CM XML zip: tabular list and the four index
    // files) is read by every companion importer of its system that knows one of its files.
    for (std::size_t i = 0, given = companions.size(); i < given; ++i)
        for (const Importer* importer : builtin_importers())
            if (importer != companions[i].importer && importer->is_companion() &&
                importer->system() == companions[i].importer->system() &&
                importer->identify(*companions[i].source) == Identification::yes) {
                PlannedSource also = companions[i];
                also.importer = importer;
                companions.push_back(std::move(also));
            }
    std::stable_sort(companions.begin(), companions.end(),
                     [](const PlannedSource& a, const PlannedSource& b) { return a.position < b.position; });
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
// (the zip around them is not part of it: the same XML zipped again is the same file). Members
// another companion read from the same zip before it (`before`) are that companion's.
CompanionRecord companion_record(const PlannedSource& companion, const std::vector<SourceFile>& before) {
    std::vector<SourceFile> files = companion.source->read_files();
    std::erase_if(files, [&](const SourceFile& f) {
        return !f.member.empty() && std::find(before.begin(), before.end(), f) != before.end();
    });
    return CompanionRecord{std::string(companion.importer->name()), companion_digest(files), companion.path};
}

std::vector<std::unique_ptr<Annotations>> read_companions(const PlannedRelease& plan, RecordSink& sink,
                                                           const ReadOptions& options,
                                                           std::vector<CompanionRecord>* records = nullptr) {
    std::vector<std::unique_ptr<Annotations>> annotations;
    for (const PlannedSource& companion : plan.companions) {
        const std::vector<SourceFile> before = companion.source->read_files();
        // A companion kept beside the codes (a conversion table) returns no annotations.
        if (auto read = companion.importer->read_annotations(*companion.source, sink, options))
            annotations.push_back(std::move(read));
        const CompanionRecord record = companion_record(companion, before);
        sink.add_companion(record);
        if (records) records->push_back(record);
    }
    return annotations;
}

std::string companion_paths(const PlannedRelease& plan) {
    std::string paths;
    std::set<std::string> listed;  // a zip read by several companion importers is named once
    for (const PlannedSource& companion : plan.companions)
        if (listed.insert(companion.path).second) paths += (paths.empty() ? "" : ", ") + companion.path;
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

// The stored release's index files, read before its writing starts (the store's connection
// serves one thread at a time, and the companions are read on the import's reading thread).
struct StoredIndex {
    std::vector<IndexHeading> headings;
    std::vector<IndexMainTerm> terms;
};

StoredIndex load_index(const Store& store, const ReleaseRecord& release) {
    StoredIndex index{store.index_headings(release), {}};
    if (!index.headings.empty())
        store.for_each_index_term(release, [&](const IndexMainTerm& term) { index.terms.push_back(term); });
    return index;
}

// What companions added to a stored release read: their index terms (most of what the index
// files hold) go straight on to the release being written; everything else waits in the
// collection until the companions are known to be new.
class HoldingSink final : public CollectingSink {
public:
    explicit HoldingSink(RecordSink& next) : m_next(next) {}
    void add_index_heading(const IndexHeading& heading) override {
        renewed.insert(heading.kind);
        m_next.add_index_heading(heading);
    }
    void add_index_term(const IndexMainTerm& term) override {
        renewed.insert(term.kind);
        m_next.add_index_term(term);
    }
    std::set<IndexKind> renewed;  // the index files read now

private:
    RecordSink& m_next;
};

// The stored release's index files that the companions read now do not replace stay with it.
void carry_index(const StoredIndex& stored, const std::set<IndexKind>& renewed, RecordSink& sink) {
    for (const IndexHeading& heading : stored.headings)
        if (!renewed.contains(heading.kind)) sink.add_index_heading(heading);
    for (const IndexMainTerm& term : stored.terms)
        if (!renewed.contains(term.kind)) sink.add_index_term(term);
}

// The stored companions that the ones read now (`records`) replace, or nothing when the release
// already has every one of them. One that differs from the stored one is a conflict without --replace.
std::optional<std::vector<const CompanionRecord*>> companions_replaced(const PlannedRelease& plan,
                                                                       const ReleaseRecord& release,
                                                                       const std::vector<CompanionRecord>& records,
                                                                       bool replace) {
    const CodeSystem& system = require_code_system(release.info.system);
    std::vector<const CompanionRecord*> replaced;
    bool all_known = true;
    for (const CompanionRecord& record : records) {
        const CompanionRecord* old = stored_companion(release, record);
        if (!old || old->digest != record.digest) all_known = false;
        if (!old || old->digest == record.digest) continue;
        if (!replace) {
            // A companion kept beside the codes is no `system.companion`: name it by its importer.
            const Importer& importer =
                *std::find_if(plan.companions.begin(), plan.companions.end(), [&](const PlannedSource& c) {
                     return c.path == record.path;
                 })->importer;
            const std::string what = importer.annotates_codes() ? "a " + std::string(system.companion)
                                                                : "the " + std::string(importer.name());
            throw Error(ErrorCode::conflict, release.info.system + " " + release.info.version + " already has " + what +
                                                 " (" + old->path + ") that differs from " + record.path +
                                                 "; use --replace to replace it");
        }
        replaced.push_back(old);
    }
    if (all_known) return std::nullopt;
    return replaced;
}

// Thrown by the reading of companions that the stored release already has: nothing is written,
// and the import's transaction rolls back.
struct AlreadyAnnotated {};

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
    StoredRelease stored = load(store, *store.find_release(plan.main.info.system, plan.main.info.version));
    const StoredIndex stored_index = load_index(store, stored.record);
    try {
        return store.import_release(
            stored.record.info,
            [&](RecordSink& sink) {
                std::vector<std::unique_ptr<Annotations>> annotations;
                importers::AnnotatingSink annotating(sink, annotations, system, /*reannotating=*/true);
                HoldingSink read(annotating);
                std::vector<CompanionRecord> records;
                annotations = read_companions(plan, read, options, &records);
                const auto replaced = companions_replaced(plan, stored.record, records, replace);
                if (!replaced) throw AlreadyAnnotated{};
                const ReplacedFiles from_replaced(stored.record, *replaced);
                for (const SourceFile& file : stored.record.files)
                    if (!from_replaced.lists(file)) annotating.add_source_file(file);
                for (const SourceFile& file : read.files) annotating.add_source_file(file);
                for (const CompanionRecord& kept : stored.record.companions)
                    if (std::none_of(records.begin(), records.end(),
                                     [&](const CompanionRecord& r) { return r.importer == kept.importer; }))
                        annotating.add_companion(kept);
                for (const CompanionRecord& record : records) annotating.add_companion(record);
                for (const AddendumEntry& entry : stored.addenda) annotating.add_addendum(entry);
                carry_index(stored_index, read.renewed, annotating);
                for (const CodeRecord& code : stored.codes) annotating.add_code(code);
                stored.codes = {};  // passed on: freed before the checks build their own tables
                // The release's earlier warnings stay, but a replaced companion's; the new check's are added.
                for (const ImportWarning& warning : stored.warnings)
                    if (!from_replaced.located(warning)) annotating.add_warning(warning);
                for (const ImportWarning& warning : read.warnings) annotating.add_warning(warning);
                for (const ConversionTable& table : read.conversion_tables) annotating.add_conversion_table(table);
                annotating.finish(companion_paths(plan));
            },
            ImportOptions{.reannotate = true});
    } catch (const AlreadyAnnotated&) {
        return ImportResult{ImportOutcome::unchanged, stored.record, 0};
    }
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
