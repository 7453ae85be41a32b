// The inside of codeset::Store, shared by the query side (store.cpp) and the release writer
// (release_import.cpp).
#pragma once

#include "codeset/core/error.hpp"
#include "codeset/store/store.hpp"
#include "sqlite/database.hpp"
#include "store/encoding.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace codeset {

// SELECT list of a content row, read by Store::Impl::read_content (table alias c).
inline constexpr std::string_view content_columns = "c.code, c.billable, c.short_title, c.long_title, c.attributes";
// The same places without the titles (read as empty): for walks that need only codes and attributes.
inline constexpr std::string_view outline_columns = "c.code, c.billable, NULL, '', c.attributes";
// Only the code and its flag: for walks over every code of several releases (validate, map).
inline constexpr std::string_view flag_columns = "c.code, c.billable, NULL, '', NULL";

struct Store::Impl {
    Impl(const std::filesystem::path& path, StoreAccess access);

    std::filesystem::path path;
    detail::Database db;
    int schema_version = 0;
    int schema_version_found = 0;
    // A read-only store whose search index is not what this codeset's profiles index (a store an
    // earlier codeset wrote): searching it asks for `codeset upgrade` instead of answering wrongly.
    bool search_index_stale = false;

    // The row id of a known system; nullopt when the system is known to codeset but has no row
    // (a store seeded before the system was added). Throws Error(not_found) for an unknown name.
    std::optional<std::int64_t> system_id(std::string_view system) const;
    // Inserts the row of a system known to codeset when missing (inside the import transaction),
    // with the attributes its profile marks searchable.
    std::int64_t ensure_system(std::string_view system);
    // Writes the searchable attributes of every stored system where they differ from its profile
    // (a store migrated from an older schema, or a profile changed by an upgrade), and indexes
    // every content again. Writes nothing when they agree. With `may_write` false, only tells
    // whether they differ.
    bool sync_search_attributes(bool may_write);

    std::optional<ReleaseRecord> find_release_by_id(std::int64_t id) const;
    // Runs a release query whose columns are release_columns() and collects the records.
    std::vector<ReleaseRecord> collect_releases(detail::Statement& statement) const;
    // The error for a release whose stored member list does not decode.
    Error damaged_members(std::int64_t release_id) const;
    std::vector<ContentId> decode_members(std::int64_t release_id, std::span<const std::byte> bytes) const;
    template <class Decode>
    auto read_members(std::int64_t release_id, Decode decode) const;
    std::vector<ContentId> members(std::int64_t release_id) const;
    std::vector<detail::IdRun> member_runs(std::int64_t release_id) const;
    // The 1-based position in the release of each of `ids`, 0 where it is not a member.
    std::vector<std::uint32_t> member_positions(std::int64_t release_id, std::span<const ContentId> ids) const;
    CodeRecord read_content(const detail::Statement& statement, int first_column) const;
    // Reads into `record`, reusing its strings' storage (for scans of a whole release).
    void read_content_into(const detail::Statement& statement, int first_column, CodeRecord& record) const;
    // Calls visit(index, row) for every id in `ids`, in that order, with the id of ids[index] in
    // column 0 of `row` and its content_columns from column 1. Runs of consecutive ids (most of
    // every release) are read with one range query each instead of one lookup per id.
    // An id without content throws Error(missing_code, missing_message + " <id>"). The scan stops
    // when `visit` returns false.
    void scan_contents(std::span<const ContentId> ids,
                       const std::function<bool(std::size_t, const detail::Statement&)>& visit, ErrorCode missing_code,
                       const std::string& missing_message, std::string_view columns = content_columns) const;
    // The same over runs of ids (member_runs): `index` counts the ids of every run in order.
    void scan_runs(std::span<const detail::IdRun> runs,
                   const std::function<bool(std::size_t, const detail::Statement&)>& visit, ErrorCode missing_code,
                   const std::string& missing_message, std::string_view columns = content_columns) const;

    // Deletes contents of a system that no release lists any more. Returns how many.
    std::uint64_t collect_garbage(std::int64_t system_id);

    std::string display_path() const { return path.string(); }
};

// SELECT list of a release row, read by Store::Impl::collect_releases (table alias r, system alias s).
inline constexpr std::string_view release_columns =
    "r.id, s.name, r.version, r.effective, r.kind, r.importer, r.imported_at, r.code_count, r.billable_count, "
    "(SELECT count(*) FROM import_warning w WHERE w.release_id = r.id)";

}  // namespace codeset
