// codeset::Store: opening and the read side. The write side is in release_import.cpp.
#include "codeset/store/store.hpp"

#include "codeset/core/code_system.hpp"
#include "codeset/core/error.hpp"
#include "codeset/core/importer.hpp"
#include "store/conversion_tables.hpp"
#include "store/encoding.hpp"
#include "store/schema.hpp"
#include "store/search_index.hpp"
#include "store/search_terms.hpp"
#include "store/store_impl.hpp"

#include <algorithm>
#include <chrono>
#include <unordered_set>

namespace codeset {

using detail::Statement;

namespace {

std::string sql(std::string_view head, std::string_view columns, std::string_view tail) {
    std::string text(head);
    text += columns;
    text += tail;
    return text;
}

AddendumAction parse_action(std::string_view text, const std::string& file) {
    for (auto action :
         {AddendumAction::add, AddendumAction::remove, AddendumAction::revise_from, AddendumAction::revise_to})
        if (to_string(action) == text) return action;
    throw Error(ErrorCode::schema, file + ": damaged store: unknown addendum action '" + std::string(text) + "'");
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Impl

namespace {

detail::Database open_database(const std::filesystem::path& file, StoreAccess access) {
    if (access == StoreAccess::write) return detail::Database(file);
    std::error_code error;
    if (!std::filesystem::exists(file, error))
        throw Error(ErrorCode::store, file.string() +
                                          ": no codeset store here (check --db or CODESET_DB; `codeset import` creates one)");
    // An import killed mid-way leaves a hot rollback journal, which a read-only connection cannot
    // roll back (SQLITE_READONLY_ROLLBACK): opened for writing once, SQLite rolls it back and the
    // file is again the store as last committed. A journal of a running import is not hot and is
    // left alone; where the file cannot be written, the read-only open below says so.
    if (std::filesystem::exists(file.string() + "-journal", error)) {
        try {
            detail::Database recover(file, detail::Database::Mode::read_write);
            recover.busy_timeout(std::chrono::milliseconds(10000));
            (void)recover.pragma_int("user_version");
        } catch (const Error&) {
        }
    }
    return detail::Database(file, detail::Database::Mode::read_only);
}

}  // namespace

Store::Impl::Impl(const std::filesystem::path& file, StoreAccess access) : path(file), db(open_database(file, access)) {
    if (access == StoreAccess::read) {
        detail::configure_read_connection(db);
        schema_version = schema_version_found = detail::check_current(db, detail::embedded_migrations());
        search_index_stale = sync_search_attributes(false) || detail::search_index_behind(db);
        return;
    }
    db.busy_timeout(std::chrono::milliseconds(10000));
    detail::prepare_new_file(db);
    schema_version_found = static_cast<int>(db.pragma_int("user_version"));
    schema_version = detail::migrate(db, detail::embedded_migrations());
    detail::configure_connection(db);
    sync_search_attributes(true);
    if (detail::search_index_behind(db)) {
        // Contents an earlier codeset left for its first search to index.
        detail::Transaction transaction(db);
        detail::index_pending_contents(db);
        transaction.commit();
    }
}

namespace {

void write_search_attributes(detail::Database& db, std::int64_t system_id, const std::vector<std::string>& names) {
    Statement remove = db.prepare("DELETE FROM search_attribute WHERE system_id = ?");
    remove.bind(1, system_id);
    remove.run();
    Statement insert = db.prepare("INSERT INTO search_attribute (system_id, name) VALUES (?, ?)");
    for (const std::string& name : names) {
        insert.bind(1, system_id).bind(2, name);
        insert.run();
    }
}

}  // namespace

bool Store::Impl::sync_search_attributes(bool may_write) {
    // Compared first, so that opening an up-to-date store writes nothing.
    std::vector<std::pair<std::int64_t, std::vector<std::string>>> stale;
    Statement systems = db.prepare("SELECT id, name FROM code_system ORDER BY id");
    Statement kept = db.prepare("SELECT name FROM search_attribute WHERE system_id = ? ORDER BY name");
    while (systems.step()) {
        const CodeSystem* profile = find_code_system(systems.text(1));
        const std::vector<std::string> wanted = profile ? detail::searchable_attributes(*profile) : std::vector<std::string>{};
        std::vector<std::string> stored;
        kept.bind(1, systems.int64(0));
        while (kept.step()) stored.emplace_back(kept.text(0));
        kept.reset();
        if (stored != wanted) stale.emplace_back(systems.int64(0), wanted);
    }
    if (stale.empty()) return false;
    if (!may_write) return true;
    // What the index holds of a content depends on these rows: index every content again.
    detail::Transaction transaction(db);
    db.exec("INSERT INTO code_search (code_search) VALUES ('delete-all')");
    for (const auto& [system_id, names] : stale) write_search_attributes(db, system_id, names);
    db.exec("DELETE FROM search_pending");
    db.exec("INSERT INTO search_pending (id) SELECT id FROM content");
    detail::index_pending_contents(db);
    transaction.commit();
    return true;
}

std::optional<std::int64_t> Store::Impl::system_id(std::string_view system) const {
    require_code_system(system);  // throws Error(not_found) naming the known systems
    Statement statement = db.prepare("SELECT id FROM code_system WHERE name = ?");
    statement.bind(1, system);
    if (!statement.step()) return std::nullopt;
    return statement.int64(0);
}

std::int64_t Store::Impl::ensure_system(std::string_view system) {
    if (auto id = system_id(system)) return *id;
    const CodeSystem& known = require_code_system(system);
    Statement insert = db.prepare("INSERT INTO code_system (name, title, licensed) VALUES (?, ?, ?)");
    insert.bind(1, known.name).bind(2, known.title).bind(3, std::int64_t{known.licensed() ? 1 : 0});
    insert.run();
    const std::int64_t id = db.last_insert_rowid();
    write_search_attributes(db, id, detail::searchable_attributes(known));
    return id;
}

std::vector<ReleaseRecord> Store::Impl::collect_releases(Statement& statement) const {
    std::vector<ReleaseRecord> records;
    Statement files =
        db.prepare("SELECT path, member, size, sha256, role FROM source_file WHERE release_id = ? ORDER BY seq");
    Statement companions =
        db.prepare("SELECT importer, digest, path FROM release_companion WHERE release_id = ? ORDER BY seq");
    while (statement.step()) {
        ReleaseRecord record;
        record.id = statement.int64(0);
        record.info.system = statement.text(1);
        record.info.version = statement.text(2);
        const auto effective = Date::parse(statement.text(3));
        const auto kind = parse_release_kind(statement.text(4));
        if (!effective || !kind)
            throw Error(ErrorCode::schema, display_path() + ": damaged store: release " + record.info.version +
                                               " has effective date '" + std::string(statement.text(3)) +
                                               "' and kind '" + std::string(statement.text(4)) + "'");
        record.info.effective = *effective;
        record.info.kind = *kind;
        record.info.importer = statement.text(5);
        record.imported_at = statement.text(6);
        record.code_count = static_cast<std::uint64_t>(statement.int64(7));
        record.billable_count = static_cast<std::uint64_t>(statement.int64(8));
        record.warning_count = static_cast<std::uint64_t>(statement.int64(9));
        files.bind(1, record.id);
        while (files.step()) {
            SourceFile file;
            file.path = files.text(0);
            file.member = files.text(1);
            file.size = static_cast<std::uint64_t>(files.int64(2));
            file.sha256 = files.text(3);
            file.role = files.text(4);
            record.files.push_back(std::move(file));
        }
        files.reset();
        companions.bind(1, record.id);
        while (companions.step())
            record.companions.push_back({std::string(companions.text(0)), std::string(companions.text(1)),
                                         std::string(companions.text(2))});
        companions.reset();
        records.push_back(std::move(record));
    }
    return records;
}

std::optional<ReleaseRecord> Store::Impl::find_release_by_id(std::int64_t id) const {
    Statement statement = db.prepare(
        sql("SELECT ", release_columns, " FROM release r JOIN code_system s ON s.id = r.system_id WHERE r.id = ?"));
    statement.bind(1, id);
    auto records = collect_releases(statement);
    if (records.empty()) return std::nullopt;
    return std::move(records.front());
}

Error Store::Impl::damaged_members(std::int64_t release_id) const {
    return Error(ErrorCode::schema,
                 display_path() + ": damaged store: member list of release " + std::to_string(release_id));
}

std::vector<ContentId> Store::Impl::decode_members(std::int64_t release_id, std::span<const std::byte> bytes) const {
    auto ids = detail::decode_members(bytes);
    if (!ids) throw damaged_members(release_id);
    return std::move(*ids);
}

// The one reader of a release's stored member list: `decode` turns its bytes into what the
// caller needs (ids, runs, positions) and returns nullopt when they are damaged.
template <class Decode>
auto Store::Impl::read_members(std::int64_t release_id, Decode decode) const {
    Statement statement = db.prepare("SELECT members FROM release WHERE id = ?");
    statement.bind(1, release_id);
    if (!statement.step())
        throw Error(ErrorCode::not_found,
                    display_path() + ": no release with id " + std::to_string(release_id) + " in the store");
    auto decoded = decode(statement.blob(0));
    if (!decoded) throw damaged_members(release_id);
    return std::move(*decoded);
}

std::vector<ContentId> Store::Impl::members(std::int64_t release_id) const {
    return read_members(release_id, [](std::span<const std::byte> bytes) { return detail::decode_members(bytes); });
}

std::vector<detail::IdRun> Store::Impl::member_runs(std::int64_t release_id) const {
    return read_members(release_id,
                        [](std::span<const std::byte> bytes) { return detail::decode_member_runs(bytes); });
}

std::vector<std::uint32_t> Store::Impl::member_positions(std::int64_t release_id, std::span<const ContentId> ids) const {
    return read_members(release_id,
                        [ids](std::span<const std::byte> bytes) { return detail::member_positions(bytes, ids); });
}

CodeRecord Store::Impl::read_content(const Statement& statement, int first) const {
    CodeRecord record;
    read_content_into(statement, first, record);
    return record;
}

void Store::Impl::read_content_into(const Statement& statement, int first, CodeRecord& record) const {
    record.code.assign(statement.text(first));
    record.billable = statement.int64(first + 1) != 0;
    record.long_title.assign(statement.text(first + 3));
    // NULL short title: the same as the long title (stored once).
    if (statement.is_null(first + 2))
        record.short_title.assign(record.long_title);
    else
        record.short_title.assign(statement.text(first + 2));
    record.attributes.clear();
    if (!statement.is_null(first + 4)) record.attributes = detail::attributes_from_json(statement.text(first + 4));
    record.order = 0;
}

void Store::Impl::scan_contents(std::span<const ContentId> ids,
                                const std::function<bool(std::size_t, const Statement&)>& visit, ErrorCode missing_code,
                                const std::string& missing_message, std::string_view columns) const {
    std::vector<detail::IdRun> runs;
    for (const ContentId id : ids) {
        if (!runs.empty() && runs.back().extended_by(id))
            ++runs.back().count;
        else
            runs.push_back({id, 1});
    }
    scan_runs(runs, visit, missing_code, missing_message, columns);
}

void Store::Impl::scan_runs(std::span<const detail::IdRun> runs,
                            const std::function<bool(std::size_t, const Statement&)>& visit, ErrorCode missing_code,
                            const std::string& missing_message, std::string_view columns) const {
    Statement one = db.prepare(sql("SELECT c.id, ", columns, " FROM content c WHERE c.id = ?"));
    Statement range;  // prepared on the first run of consecutive ids
    auto missing = [&](ContentId id) { return Error(missing_code, missing_message + " " + std::to_string(id)); };
    std::size_t index = 0;
    for (const detail::IdRun& run : runs) {
        if (run.count == 1) {
            one.bind(1, run.first);
            if (!one.step()) throw missing(run.first);
            const bool more = visit(index++, one);
            one.reset();
            if (!more) return;
            continue;
        }
        if (!range)
            range = db.prepare(sql("SELECT c.id, ", columns, " FROM content c WHERE c.id BETWEEN ? AND ? ORDER BY c.id"));
        const ContentId last = run.first + static_cast<ContentId>(run.count - 1);
        range.bind(1, run.first).bind(2, last);
        // Consecutive ids: every row of the range is listed, in id order.
        for (ContentId id = run.first; id <= last; ++id) {
            if (!range.step() || range.int64(0) != id) throw missing(id);
            if (!visit(index++, range)) {
                range.reset();
                return;
            }
        }
        range.reset();
    }
}

std::uint64_t Store::Impl::collect_garbage(std::int64_t system) {
    std::unordered_set<ContentId> referenced;
    Statement lists = db.prepare("SELECT id, members FROM release WHERE system_id = ?");
    lists.bind(1, system);
    while (lists.step())
        for (ContentId id : decode_members(lists.int64(0), lists.blob(1))) referenced.insert(id);

    std::vector<ContentId> unreferenced;
    Statement contents = db.prepare("SELECT id FROM content WHERE system_id = ?");
    contents.bind(1, system);
    while (contents.step())
        if (!referenced.contains(contents.int64(0))) unreferenced.push_back(contents.int64(0));

    Statement erase = db.prepare("DELETE FROM content WHERE id = ?");
    for (ContentId id : unreferenced) {
        erase.bind(1, id);
        erase.run();
    }
    Statement divisions = db.prepare("DELETE FROM division WHERE system_id = ? AND id NOT IN "
                                     "(SELECT division_id FROM release_division)");
    divisions.bind(1, system);
    divisions.run();
    return unreferenced.size();
}

// ---------------------------------------------------------------------------------------------
// Store

Store::Store(const std::filesystem::path& path, StoreAccess access) : m_impl(std::make_unique<Impl>(path, access)) {}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

const std::filesystem::path& Store::path() const { return m_impl->path; }

int Store::schema_version() const { return m_impl->schema_version; }
int Store::schema_version_found() const { return m_impl->schema_version_found; }

std::vector<ReleaseRecord> Store::releases(std::optional<std::string_view> system) const {
    detail::ReadTransaction read(m_impl->db);
    if (system) {
        const auto id = m_impl->system_id(*system);
        if (!id) return {};
        Statement statement =
            m_impl->db.prepare(sql("SELECT ", release_columns,
                                   " FROM release r JOIN code_system s ON s.id = r.system_id WHERE r.system_id = ?"
                                   " ORDER BY r.effective, r.version"));
        statement.bind(1, *id);
        return m_impl->collect_releases(statement);
    }
    Statement statement = m_impl->db.prepare(sql("SELECT ", release_columns,
                                                 " FROM release r JOIN code_system s ON s.id = r.system_id"
                                                 " ORDER BY s.id, r.effective, r.version"));
    return m_impl->collect_releases(statement);
}

std::optional<ReleaseRecord> Store::find_release(std::string_view system, std::string_view version) const {
    detail::ReadTransaction read(m_impl->db);
    const auto id = m_impl->system_id(system);
    if (!id) return std::nullopt;
    // A label as people write it is looked up as stored, canonical: HCPCS "2018" and "CY2018" find
    // 2018-01. release.version is declared COLLATE NOCASE as well: "fy2026" finds FY2026.
    std::string label(version);
    if (const CodeSystem* profile = find_code_system(system))
        if (const auto parsed = profile->parse_label(version)) label = parsed->to_string();
    Statement statement = m_impl->db.prepare(
        sql("SELECT ", release_columns,
            " FROM release r JOIN code_system s ON s.id = r.system_id WHERE r.system_id = ? AND r.version = ?"));
    statement.bind(1, *id).bind(2, label);
    auto records = m_impl->collect_releases(statement);
    if (records.empty()) return std::nullopt;
    return std::move(records.front());
}

namespace {

std::vector<ReleaseInfo> infos_of(const std::vector<ReleaseRecord>& releases) {
    std::vector<ReleaseInfo> infos;
    infos.reserve(releases.size());
    for (const ReleaseRecord& release : releases) infos.push_back(release.info);
    return infos;
}

// The release of `releases` (one system's, in store order) whose window holds `day`.
WindowLookup lookup_day(std::string_view system, const std::vector<ReleaseRecord>& releases, Date day) {
    const LabelScheme scheme = require_code_system(system).labels;
    const std::vector<ReleaseInfo> infos = infos_of(releases);
    return release_on(scheme, infos, release_windows(scheme, infos), day);
}

}  // namespace

std::vector<ReleaseWindow> Store::windows(std::string_view system) const {
    const auto releases = this->releases(system);
    return release_windows(require_code_system(system).labels, infos_of(releases));
}

std::optional<ReleaseRecord> Store::release_in_force(std::string_view system, Date day) const {
    detail::ReadTransaction read(m_impl->db);
    auto releases = this->releases(system);
    const WindowLookup found = lookup_day(system, releases, day);
    if (!found.index) return std::nullopt;
    return std::move(releases[*found.index]);
}

ReleaseRecord Store::resolve_release(std::string_view system, std::string_view version_or_date) const {
    if (Date::looks_like(version_or_date) && !Date::parse(version_or_date))
        throw Error(ErrorCode::usage, "'" + std::string(version_or_date) + "' is not a date: expected YYYY-MM-DD");
    detail::ReadTransaction read(m_impl->db);
    if (auto release = find_release(system, version_or_date)) return std::move(*release);

    auto known = releases(system);
    std::string known_list;
    for (const auto& release : known) known_list += (known_list.empty() ? "" : ", ") + release.info.version;
    const std::string where = m_impl->display_path() + "; " +
                              (known.empty() ? "the store holds no " + std::string(system) + " release"
                                             : "known: " + known_list);

    if (const auto day = Date::parse(version_or_date)) {
        const WindowLookup found = lookup_day(system, known, *day);
        if (found.index) return std::move(known[*found.index]);
        const std::string asked = "no " + std::string(system) + " release in force on " + day->to_string() + ": ";
        // The scheduled release is stored, but under an effective date the user set later than the calendar's.
        if (const auto stored = find_release(system, found.missing.version))
            throw Error(ErrorCode::not_found, asked + stored->info.version + " takes effect on " +
                                                  stored->info.effective.to_string() + " in " + where);
        throw Error(ErrorCode::not_found, asked + found.missing.describe() + ", is not in the store (" + where + ")");
    }
    throw Error(ErrorCode::not_found,
                "no " + std::string(system) + " release " + std::string(version_or_date) + " in " + where);
}

std::vector<ContentId> Store::members(const ReleaseRecord& release) const {
    detail::ReadTransaction read(m_impl->db);
    return m_impl->members(release.id);
}

std::vector<CodeRecord> Store::load_contents(std::span<const ContentId> ids) const {
    detail::ReadTransaction read(m_impl->db);
    std::vector<CodeRecord> records(ids.size());
    m_impl->scan_contents(
        ids,
        [&](std::size_t index, const Statement& row) {
            m_impl->read_content_into(row, 1, records[index]);
            return true;
        },
        ErrorCode::not_found, m_impl->display_path() + ": no content in the store with id");
    return records;
}

void Store::for_each_code(const ReleaseRecord& release, const std::function<void(const CodeRecord&)>& visit) const {
    for_each_code_while(release, [&](const CodeRecord& record) {
        visit(record);
        return true;
    });
}

void Store::for_each_code_while(const ReleaseRecord& release, const std::function<bool(const CodeRecord&)>& visit,
                                CodeFields fields) const {
    detail::ReadTransaction read(m_impl->db);
    const auto runs = m_impl->member_runs(release.id);
    CodeRecord record;  // reused: its strings keep their storage from row to row
    m_impl->scan_runs(
        runs,
        [&](std::size_t index, const Statement& row) {
            m_impl->read_content_into(row, 1, record);
            record.order = static_cast<std::uint32_t>(index + 1);
            return visit(record);
        },
        ErrorCode::schema,
        m_impl->display_path() + ": damaged store: release " + release.info.version + " lists missing content",
        fields == CodeFields::all ? content_columns : fields == CodeFields::outline ? outline_columns : flag_columns);
}

std::vector<CodeRecord> Store::codes(const ReleaseRecord& release) const {
    detail::ReadTransaction read(m_impl->db);
    const auto runs = m_impl->member_runs(release.id);
    std::size_t count = 0;
    for (const detail::IdRun& run : runs) count += run.count;
    std::vector<CodeRecord> records(count);
    m_impl->scan_runs(
        runs,
        [&](std::size_t index, const Statement& row) {
            m_impl->read_content_into(row, 1, records[index]);
            records[index].order = static_cast<std::uint32_t>(index + 1);
            return true;
        },
        ErrorCode::schema,
        m_impl->display_path() + ": damaged store: release " + release.info.version + " lists missing content");
    return records;
}

std::optional<CodeRecord> Store::find_code(const ReleaseRecord& release, std::string_view code) const {
    detail::ReadTransaction read(m_impl->db);
    const auto system = m_impl->system_id(release.info.system);
    if (!system) return std::nullopt;
    Statement statement = m_impl->db.prepare(
        sql("SELECT c.id, ", content_columns, " FROM content c WHERE c.system_id = ? AND c.code = ?"));
    statement.bind(1, *system).bind(2, code);
    std::vector<ContentId> ids;
    std::vector<CodeRecord> candidates;
    while (statement.step()) {
        ids.push_back(statement.int64(0));
        candidates.push_back(m_impl->read_content(statement, 1));
    }
    if (candidates.empty()) return std::nullopt;
    // The release lists one content of a code; its place there is the code's order.
    const std::vector<std::uint32_t> positions = m_impl->member_positions(release.id, ids);
    std::optional<CodeRecord> found;
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (positions[i] != 0 && (!found || positions[i] < found->order)) {
            found = std::move(candidates[i]);
            found->order = positions[i];
        }
    return found;
}

std::vector<std::pair<ContentId, CodeRecord>> Store::contents_of_code(std::string_view system,
                                                                      std::string_view code) const {
    detail::ReadTransaction read(m_impl->db);
    std::vector<std::pair<ContentId, CodeRecord>> contents;
    const auto id = m_impl->system_id(system);
    if (!id) return contents;
    Statement statement = m_impl->db.prepare(
        sql("SELECT c.id, ", content_columns, " FROM content c WHERE c.system_id = ? AND c.code = ? ORDER BY c.id"));
    statement.bind(1, *id).bind(2, code);
    while (statement.step()) contents.emplace_back(statement.int64(0), m_impl->read_content(statement, 1));
    return contents;
}

std::vector<AddendumEntry> Store::addenda(const ReleaseRecord& release) const {
    detail::ReadTransaction read(m_impl->db);
    std::vector<AddendumEntry> entries;
    Statement statement = m_impl->db.prepare(
        "SELECT action, billable, code, short_title, long_title, member, line, attributes FROM addendum"
        " WHERE release_id = ?"
        " ORDER BY seq");
    statement.bind(1, release.id);
    while (statement.step()) {
        AddendumEntry entry;
        entry.action = parse_action(statement.text(0), m_impl->display_path());
        if (!statement.is_null(1)) entry.billable = statement.int64(1) != 0;
        entry.code = statement.text(2);
        entry.short_title = statement.text(3);
        entry.long_title = statement.text(4);
        entry.member = statement.text(5);
        entry.line = static_cast<std::uint64_t>(statement.int64(6));
        if (!statement.is_null(7)) entry.attributes = detail::attributes_from_json(statement.text(7));
        entries.push_back(std::move(entry));
    }
    return entries;
}

std::vector<ImportWarning> Store::warnings(const ReleaseRecord& release) const {
    detail::ReadTransaction read(m_impl->db);
    std::vector<ImportWarning> warnings;
    Statement statement =
        m_impl->db.prepare("SELECT location, message FROM import_warning WHERE release_id = ? ORDER BY seq");
    statement.bind(1, release.id);
    while (statement.step()) warnings.push_back({std::string(statement.text(0)), std::string(statement.text(1))});
    return warnings;
}

std::vector<Division> Store::divisions(const ReleaseRecord& release) const {
    detail::ReadTransaction read(m_impl->db);
    std::vector<Division> divisions;
    Statement statement = m_impl->db.prepare(
        "SELECT d.attribute, d.value, d.title, d.notes FROM release_division r JOIN division d ON d.id = r.division_id"
        " WHERE r.release_id = ? ORDER BY r.seq");
    statement.bind(1, release.id);
    while (statement.step()) {
        Division division{std::string(statement.text(0)), std::string(statement.text(1)),
                          std::string(statement.text(2)), {}};
        if (!statement.is_null(3)) division.notes = detail::attributes_from_json(statement.text(3));
        divisions.push_back(std::move(division));
    }
    return divisions;
}

bool ReleaseRecord::annotated() const {
    return std::any_of(companions.begin(), companions.end(), [](const CompanionRecord& companion) {
        for (const Importer* importer : builtin_importers())
            if (importer->name() == companion.importer) return importer->annotates_codes();
        return true;  // a companion this codeset does not know: as the store recorded it, annotating
    });
}

std::vector<ConversionTable> Store::conversion_tables(const ReleaseRecord& release) const {
    detail::ReadTransaction read(m_impl->db);
    return detail::read_conversion_tables(m_impl->db, release.id);
}

std::uint64_t Store::file_size() const {
    const auto pages = m_impl->db.pragma_int("page_count");
    const auto page_size = m_impl->db.pragma_int("page_size");
    return static_cast<std::uint64_t>(pages * page_size);
}

}  // namespace codeset
