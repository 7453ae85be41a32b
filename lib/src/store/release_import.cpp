// Store::import_release: the release writer. One transaction per release; the records the
// importer pushes are deduplicated against the contents the system already has, so a release
// that shares most of its content with others adds little more than its member list.
#include "codeset/core/code_system.hpp"
#include "codeset/core/error.hpp"
#include "codeset/store/store.hpp"
#include "store/conversion_tables.hpp"
#include "store/encoding.hpp"
#include "store/flat_tables.hpp"
#include "store/index_writer.hpp"
#include "store/pipelined_read.hpp"
#include "store/prepared_records.hpp"
#include "store/search_index.hpp"
#include "store/search_terms.hpp"
#include "store/store_impl.hpp"

#include <algorithm>
#include <ctime>
#include <set>
#include <string>

namespace codeset {

using detail::Statement;

namespace {

std::string utc_now() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    gmtime_r(&now, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

class ReleaseWriter final : public detail::PreparedSink {
public:
    ReleaseWriter(detail::Database& db, const CodeSystem& system, std::int64_t system_id, std::string label)
        : m_db(db),
          m_system(system),
          m_searchable(detail::searchable_attributes(system)),
          m_system_id(system_id),
          m_label(std::move(label)),
          m_index(db, system_id),
          m_search(db),
          m_insert(db.prepare("INSERT INTO content (system_id, code, digest, billable, short_title, long_title, "
                              "attributes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        // Every content the system has, from the covering index content_by_code (no table rows read).
        Statement existing = db.prepare("SELECT id, code, digest FROM content WHERE system_id = ?");
        existing.bind(1, system_id);
        while (existing.step())
            m_known.insert(detail::digest_from_sql(existing.int64(2)), detail::code_hash(existing.text(1)),
                           existing.int64(0));
    }

    void add_code(const CodeRecord& record) override {
        add_prepared_code(detail::prepare_code(record, m_system, m_searchable));
    }

    void add_prepared_code(detail::PreparedCode&& prepared) override {
        const CodeRecord& record = prepared.record;
        for (std::size_t i = 1; i < record.attributes.size(); ++i)
            if (record.attributes[i].name == record.attributes[i - 1].name)
                throw Error(ErrorCode::parse, m_label + ": code " + record.code + " has attribute '" +
                                                  record.attributes[i].name + "' twice");
        if (record.code.empty())
            throw Error(ErrorCode::parse, m_label + ": empty code in row " + std::to_string(m_members.size() + 1));

        m_codes.add(record.code, prepared.code_hash);

        // Only contents that were in the store before this import can match: within one release
        // every code is listed once, so two of its records never share a content.
        ContentId id = m_known.size() > 0 ? m_known.find(prepared.digest, prepared.code_hash) : 0;
        if (id == 0) {
            id = insert_content(prepared);
            if (prepared.terms) m_search.add_terms(id, *prepared.terms);
            ++m_new_contents;
        }
        m_members.push_back(id);
        m_fingerprint.add_content(prepared.digest);
        if (record.billable) ++m_billable;
    }

    void add_addendum(const AddendumEntry& entry) override {
        m_fingerprint.add_addendum(entry);
        m_addenda.push_back(entry);
    }
    void add_warning(const ImportWarning& warning) override { m_warnings.push_back(warning); }
    void add_source_file(const SourceFile& file) override { m_files.push_back(file); }
    void add_division(const Division& division) override {
        m_divisions.emplace_back(division, detail::division_digest(division));
    }
    void add_companion(const CompanionRecord& companion) override { m_companions.push_back(companion); }
    void add_conversion_table(const ConversionTable& table) override { m_conversion_tables.push_back(table); }
    void add_index_heading(const IndexHeading& heading) override { m_index.add_heading(heading); }
    void add_index_term(const IndexMainTerm& term) override { m_index.add_term(detail::prepare_index_term(term)); }
    void add_prepared_index_term(detail::PreparedIndexTerm&& term) override { m_index.add_term(term); }
    detail::IndexWriter& index() { return m_index; }
    detail::ContentIndexer& search() { return m_search; }

    // Called once every record is in: a code listed twice is a parse error.
    void check_codes() const {
        if (const auto duplicate = m_codes.find_duplicate())
            throw Error(ErrorCode::parse, m_label + ": code " + duplicate->code + " is listed twice (rows " +
                                              std::to_string(duplicate->first_row) + " and " +
                                              std::to_string(duplicate->second_row) + ")");
    }

    const std::vector<ContentId>& members() const { return m_members; }
    const std::vector<AddendumEntry>& addenda() const { return m_addenda; }
    const std::vector<ImportWarning>& warnings() const { return m_warnings; }
    const std::vector<SourceFile>& files() const { return m_files; }
    const std::vector<std::pair<Division, std::uint64_t>>& divisions() const { return m_divisions; }
    const std::vector<CompanionRecord>& companions() const { return m_companions; }
    const std::vector<ConversionTable>& conversion_tables() const { return m_conversion_tables; }
    std::uint64_t billable_count() const { return m_billable; }
    std::uint64_t new_contents() const { return m_new_contents; }
    std::string fingerprint() const { return m_fingerprint.hex(); }

private:
    ContentId insert_content(const detail::PreparedCode& prepared) {
        const CodeRecord& record = prepared.record;
        // The prepared record outlives run(): bind without copying.
        m_insert.bind(1, m_system_id);
        m_insert.bind_unowned(2, record.code);
        m_insert.bind(3, detail::digest_to_sql(prepared.digest));
        m_insert.bind(4, std::int64_t{record.billable ? 1 : 0});
        if (record.short_title == record.long_title)
            m_insert.bind_null(5);  // stored once
        else
            m_insert.bind_unowned(5, record.short_title);
        m_insert.bind_unowned(6, record.long_title);
        if (prepared.attributes.empty())
            m_insert.bind_null(7);
        else
            m_insert.bind_unowned(7, prepared.attributes);
        m_insert.run();
        return m_db.last_insert_rowid();
    }

    detail::Database& m_db;
    const CodeSystem& m_system;
    const std::vector<std::string> m_searchable;
    std::int64_t m_system_id;
    std::string m_label;
    detail::IndexWriter m_index;
    detail::ContentIndexer m_search;
    Statement m_insert;
    detail::ContentIndex m_known;
    detail::CodeList m_codes;
    std::vector<ContentId> m_members;
    std::vector<AddendumEntry> m_addenda;
    std::vector<ImportWarning> m_warnings;
    std::vector<SourceFile> m_files;
    std::vector<std::pair<Division, std::uint64_t>> m_divisions;  // with their digests
    std::vector<CompanionRecord> m_companions;
    std::vector<ConversionTable> m_conversion_tables;
    detail::ReleaseFingerprint m_fingerprint;
    std::uint64_t m_billable = 0;
    std::uint64_t m_new_contents = 0;
};

// The first import into an empty store writes ~100k contents: building the content indexes once
// at the end (a sort) is cheaper than updating them row by row. The DDL is part of the import
// transaction, so a failed import rolls the indexes back with everything else.
class DeferredIndexes {
public:
    explicit DeferredIndexes(detail::Database& db) : m_db(db) {
        Statement any = db.prepare("SELECT 1 FROM content LIMIT 1");
        if (any.step()) return;
        Statement indexes = db.prepare(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'content' AND sql IS NOT NULL");
        while (indexes.step()) m_indexes.emplace_back(indexes.text(0), indexes.text(1));
        for (const auto& [name, sql] : m_indexes) db.exec("DROP INDEX \"" + name + "\"");
    }
    void restore() {
        for (const auto& [name, sql] : m_indexes) m_db.exec(sql);
        m_indexes.clear();
    }

private:
    detail::Database& m_db;
    std::vector<std::pair<std::string, std::string>> m_indexes;
};

// A release's divisions, each content stored once per system as codes are: a chapter whose title
// and notes did not change is shared by every release that has it.
void write_divisions(detail::Database& db, std::int64_t system_id, std::int64_t release_id,
                     const std::vector<std::pair<Division, std::uint64_t>>& divisions, const CodeSystem& system) {
    if (divisions.empty()) return;
    Statement find = db.prepare("SELECT id FROM division WHERE system_id = ? AND attribute = ? AND value = ? AND "
                                "digest = ?");
    Statement insert = db.prepare(
        "INSERT INTO division (system_id, attribute, value, digest, title, notes) VALUES (?, ?, ?, ?, ?, ?)");
    Statement member = db.prepare("INSERT INTO release_division (release_id, seq, division_id) VALUES (?, ?, ?)");
    std::int64_t seq = 0;
    for (const auto& [division, digest] : divisions) {
        find.bind(1, system_id)
            .bind(2, std::string_view(division.attribute))
            .bind(3, std::string_view(division.value))
            .bind(4, detail::digest_to_sql(digest));
        std::int64_t id = 0;
        if (find.step()) id = find.int64(0);
        find.reset();
        if (id == 0) {
            const std::string notes = detail::attributes_to_json(division.notes, &system);
            insert.bind(1, system_id)
                .bind(2, std::string_view(division.attribute))
                .bind(3, std::string_view(division.value))
                .bind(4, detail::digest_to_sql(digest))
                .bind(5, std::string_view(division.title));
            if (notes.empty())
                insert.bind_null(6);
            else
                insert.bind(6, notes);
            insert.run();
            id = db.last_insert_rowid();
        }
        member.bind(1, release_id).bind(2, ++seq).bind(3, id);
        member.run();
    }
}

void write_companions(detail::Database& db, std::int64_t release_id, const std::vector<CompanionRecord>& companions) {
    Statement insert =
        db.prepare("INSERT INTO release_companion (release_id, seq, importer, digest, path) VALUES (?, ?, ?, ?, ?)");
    std::int64_t seq = 0;
    for (const CompanionRecord& companion : companions) {
        insert.bind(1, release_id)
            .bind(2, ++seq)
            .bind(3, std::string_view(companion.importer))
            .bind(4, std::string_view(companion.digest))
            .bind(5, std::string_view(companion.path));
        insert.run();
    }
}

std::set<std::pair<std::string, std::string>> companion_keys(const std::vector<CompanionRecord>& companions) {
    std::set<std::pair<std::string, std::string>> keys;
    for (const CompanionRecord& companion : companions) keys.emplace(companion.importer, companion.digest);
    return keys;
}

std::set<std::pair<std::string, std::string>> stored_companions(detail::Database& db, std::int64_t release_id) {
    std::set<std::pair<std::string, std::string>> keys;
    Statement select = db.prepare("SELECT importer, digest FROM release_companion WHERE release_id = ?");
    select.bind(1, release_id);
    while (select.step()) keys.emplace(select.text(0), select.text(1));
    return keys;
}

void delete_release(detail::Database& db, std::int64_t release_id) {
    for (const char* sql :
         {"DELETE FROM addendum WHERE release_id = ?", "DELETE FROM import_warning WHERE release_id = ?",
          "DELETE FROM release_division WHERE release_id = ?", "DELETE FROM release_companion WHERE release_id = ?",
          "DELETE FROM release_index WHERE release_id = ?",
          "DELETE FROM source_file WHERE release_id = ?", "DELETE FROM release WHERE id = ?"}) {
        Statement statement = db.prepare(sql);
        statement.bind(1, release_id);
        statement.run();
    }
}

void validate(const ReleaseInfo& info) {
    require_code_system(info.system);
    if (info.version.empty())
        throw Error(ErrorCode::usage, "cannot import a " + info.system + " release without a version label");
    if (!Date::valid(info.effective.year, info.effective.month, info.effective.day))
        throw Error(ErrorCode::usage, "cannot import " + info.system + " " + info.version +
                                          ": invalid effective date " + info.effective.to_string());
}

}  // namespace

ImportResult Store::import_release(const ReleaseInfo& info, const std::function<void(RecordSink&)>& read,
                                   const ImportOptions& options) {
    validate(info);
    const std::string label = info.system + " " + info.version;
    auto& db = m_impl->db;

    detail::Transaction transaction(db);
    const std::int64_t system_id = m_impl->ensure_system(info.system);

    const ContentId indexed_up_to = detail::last_content_id(db);  // contents above it are new: search index
    DeferredIndexes deferred(db);
    const CodeSystem& profile = require_code_system(info.system);
    ReleaseWriter writer(db, profile, system_id, label);
    detail::read_pipelined(read, profile, writer);
    writer.check_codes();
    const std::string fingerprint = writer.fingerprint();

    ImportResult result;
    result.outcome = ImportOutcome::imported;

    Statement existing =
        db.prepare("SELECT id, fingerprint, effective, kind FROM release WHERE system_id = ? AND version = ?");
    existing.bind(1, system_id).bind(2, std::string_view(info.version));
    if (existing.step()) {
        const std::int64_t old_id = existing.int64(0);
        const bool same_content = existing.text(1) == fingerprint;
        const bool same_dates =
            existing.text(2) == info.effective.to_string() && existing.text(3) == to_string(info.kind);
        existing.reset();
        // The companions read with it are part of what it is, not of its fingerprint: a release
        // annotated before the store kept them (schema 5) is the same content, and gains them.
        const bool same_companions = stored_companions(db, old_id) == companion_keys(writer.companions());
        if (same_content && same_dates && same_companions) {
            transaction.rollback();  // nothing written
            result.outcome = ImportOutcome::unchanged;
            result.release = *m_impl->find_release_by_id(old_id);
            return result;
        }
        // Annotating keeps the release's dates: only its codes' attributes may change.
        const bool annotating = (options.reannotate || same_content) && same_dates;
        if (!options.replace && !annotating) {
            const std::string what = same_content ? "a different effective date or kind" : "different content";
            // Different content under the label of a period is most often a later publication of
            // that period (a mid-year update, an errata): propose its label before overwriting.
            std::string proposal;
            if (const auto parsed = profile.parse_label(info.version); parsed && !same_content)
                for (const VersionLabel& update : parsed->updates())
                    proposal += (proposal.empty() ? "if it is a later update of " + info.version + ", import it with --version "
                                                  : " or --version ") + update.to_string();
            throw Error(ErrorCode::conflict, label + " is already in the store with " + what + "; " +
                                                 (proposal.empty() ? "" : proposal + "; ") +
                                                 "use --replace to overwrite it");
        }
        delete_release(db, old_id);
        result.outcome = options.replace && !annotating ? ImportOutcome::replaced : ImportOutcome::annotated;
    } else if (options.reannotate) {
        throw Error(ErrorCode::not_found, label + " is not in the store: there is no release to annotate");
    }

    const auto& members = writer.members();
    const auto blob = detail::encode_members(members);
    Statement insert = db.prepare(
        "INSERT INTO release (system_id, version, effective, kind, importer, imported_at, code_count, billable_count,"
        " fingerprint, members) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, system_id)
        .bind(2, std::string_view(info.version))
        .bind(3, info.effective.to_string())
        .bind(4, to_string(info.kind))
        .bind(5, std::string_view(info.importer))
        .bind(6, utc_now())
        .bind(7, static_cast<std::int64_t>(members.size()))
        .bind(8, static_cast<std::int64_t>(writer.billable_count()))
        .bind(9, std::string_view(fingerprint))
        .bind_blob(10, blob);
    insert.run();
    const std::int64_t release_id = db.last_insert_rowid();

    Statement file = db.prepare(
        "INSERT INTO source_file (release_id, seq, path, member, size, sha256, role) VALUES (?, ?, ?, ?, ?, ?, ?)");
    std::int64_t seq = 0;
    for (const auto& source : writer.files()) {
        file.bind(1, release_id)
            .bind(2, ++seq)
            .bind(3, std::string_view(source.path))
            .bind(4, std::string_view(source.member))
            .bind(5, static_cast<std::int64_t>(source.size))
            .bind(6, std::string_view(source.sha256))
            .bind(7, std::string_view(source.role));
        file.run();
    }

    Statement addendum = db.prepare(
        "INSERT INTO addendum (release_id, seq, action, billable, code, short_title, long_title, member, line,"
        " attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    seq = 0;
    for (const auto& entry : writer.addenda()) {
        addendum.bind(1, release_id).bind(2, ++seq).bind(3, to_string(entry.action));
        if (entry.billable)
            addendum.bind(4, std::int64_t{*entry.billable ? 1 : 0});
        else
            addendum.bind_null(4);
        addendum.bind(5, std::string_view(entry.code))
            .bind(6, std::string_view(entry.short_title))
            .bind(7, std::string_view(entry.long_title))
            .bind(8, std::string_view(entry.member))
            .bind(9, static_cast<std::int64_t>(entry.line));
        if (entry.attributes.empty())
            addendum.bind_null(10);
        else
            addendum.bind(10, detail::attributes_to_json(entry.attributes));
        addendum.run();
    }

    Statement warning =
        db.prepare("INSERT INTO import_warning (release_id, seq, location, message) VALUES (?, ?, ?, ?)");
    seq = 0;
    for (const auto& entry : writer.warnings()) {
        warning.bind(1, release_id)
            .bind(2, ++seq)
            .bind(3, std::string_view(entry.where))
            .bind(4, std::string_view(entry.message));
        warning.run();
    }

    write_divisions(db, system_id, release_id, writer.divisions(), require_code_system(info.system));
    write_companions(db, release_id, writer.companions());
    detail::write_conversion_tables(db, system_id, writer.conversion_tables());
    detail::drop_unattached_conversion_tables(db, system_id);
    writer.index().write(release_id);

    writer.search().index_after(indexed_up_to);  // before garbage collection, which unindexes
    // A replaced release may leave contents that no release lists any more.
    if (result.outcome == ImportOutcome::replaced) m_impl->collect_garbage(system_id);
    deferred.restore();

    result.new_contents = writer.new_contents();
    result.release = *m_impl->find_release_by_id(release_id);
    transaction.commit();
    return result;
}

}  // namespace codeset
