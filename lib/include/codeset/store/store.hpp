// The versioned release store: one SQLite file holding many releases of many code systems.
// Each distinct content of a code is stored once; a release is an ordered list of content ids.
#pragma once

#include "codeset/core/alphabetic_index.hpp"
#include "codeset/core/code_record.hpp"
#include "codeset/core/conversion_table.hpp"
#include "codeset/core/date.hpp"
#include "codeset/core/division.hpp"
#include "codeset/core/record_sink.hpp"
#include "codeset/core/release_info.hpp"
#include "codeset/core/release_windows.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace codeset {

using ContentId = std::int64_t;

// A release as kept in the store.
struct ReleaseRecord {
    std::int64_t id = 0;
    ReleaseInfo info;
    std::string imported_at;  // UTC, "2026-11-22T10:15:00Z"
    std::uint64_t code_count = 0;      // all rows, headers included
    std::uint64_t billable_count = 0;  // billable rows only
    std::uint64_t warning_count = 0;
    std::vector<SourceFile> files;
    std::vector<CompanionRecord> companions;  // the companion files it was read with (tabular, tables XML)
    // Whether it was read with a companion file: what the companion writes (attributes with role
    // companion, divisions) is only compared between releases that both have one.
    // Companions kept beside the codes (a conversion table) do not count.
    bool annotated() const;
};

enum class ImportOutcome {
    imported,   // a new release
    unchanged,  // the same content under the same label: nothing written
    replaced,   // different content under an existing label, as the user asked (ImportOptions::replace)
    annotated,  // the stored release read again with companions (ImportOptions::reannotate)
};

struct ImportResult {
    ImportOutcome outcome = ImportOutcome::imported;
    ReleaseRecord release;
    std::uint64_t new_contents = 0;  // contents not already in the store
};

struct ImportOptions {
    bool replace = false;  // allow different content under an existing version label
    // The release in the store, read back and annotated by companion files (tabular or tables
    // XML): its label, effective date and kind stay, its codes gain attributes. Not a replace
    // the user asked for: the release must be in the store with the same dates.
    bool reannotate = false;
};

// Full-text search (Store::search): the fields of a content that are indexed. `terms`: the
// attributes the system's profile marks searchable (ICD-10-CM: its inclusion terms).
enum class SearchField { long_title, short_title, terms };
std::string_view to_string(SearchField field);  // "long_title", "short_title", "terms"

struct SearchOptions {
    std::size_t limit = 20;   // most hits returned, best first; 0: every match
    std::string open = "[";   // written before each matched word in highlights and snippets
    std::string close = "]";  // and after it
};

struct SearchHit {
    CodeRecord record;    // the code's content; order: its order number in the release
    double score = 0;     // relevance: bm25, higher is better (comparable within one search only)
    std::string highlight;  // the long title, every matched word between open and close
    std::string snippet;    // a fragment (at most 16 words) of the best field that matched, marked likewise
    SearchField snippet_field = SearchField::long_title;  // the field `snippet` comes from
    std::vector<SearchField> matched;                       // every field in which a word matched
    // codeset search only (search_release): the index entry the code was reached through, with the
    // reference followed to it ("Attack, attacks > heart → see Infarct, infarction > myocardium,
    // myocardial"); empty when found by its fields only. `matched` empty: found through the index only.
    std::string index_path;
};

struct SearchResult {
    std::string expression;       // the FTS5 query the text became (search_expression)
    std::uint64_t total = 0;      // codes of the release that match
    std::vector<SearchHit> hits;  // best first (then in order-file order), at most options.limit
};

// The FTS5 query for user text, which is never taken as query syntax: every run of letters and
// digits is a word (all else separates words, so quotes, dots, hyphens, parentheses and words
// such as AND or NEAR are plain text), a `*` right after a word makes it a prefix, and the words
// are AND-ed: `type 2 diabet*` -> `"type" "2" "diabet"*`. Throws Error(usage) when the text
// has no word.
std::string search_expression(std::string_view text);

// How a command uses the store. `read` opens an existing store read-only: it never creates,
// migrates or writes the file, so it works on a store the user can only read. `write` creates the
// store when missing and brings it up to date (schema migrations, the search index).
enum class StoreAccess { read, write };

// What a walk over a release reads of each code: everything; the code, its flag and attributes
// (titles left empty); or only the code and its flag.
enum class CodeFields { all, outline, flags };

class Store {
public:
    // Throws Error(store) for a missing file (read), a file that is not a codeset store or that
    // cannot be opened, or (read) a store an earlier codeset wrote, naming `codeset upgrade`;
    // Error(schema) for a store written by a newer codeset.
    explicit Store(const std::filesystem::path& path, StoreAccess access = StoreAccess::write);
    ~Store();
    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;

    const std::filesystem::path& path() const;
    int schema_version() const;  // of the open file
    // The schema the file had before this Store opened it: 0 for a new store; less than
    // schema_version() when opening for writing migrated it.
    int schema_version_found() const;

    // Releases ordered by system, then effective date, then version.
    std::vector<ReleaseRecord> releases(std::optional<std::string_view> system = {}) const;
    std::optional<ReleaseRecord> find_release(std::string_view system, std::string_view version) const;
    // When each release of a system is in force and where the store misses a scheduled release
    // (codeset/core/release_windows.hpp), in the order of releases(system).
    std::vector<ReleaseWindow> windows(std::string_view system) const;
    // The release whose window holds `day`; empty when `day` falls in a gap, before the first
    // release or after the last one's nominal end.
    std::optional<ReleaseRecord> release_in_force(std::string_view system, Date day) const;
    // A version label, or a date (YYYY-MM-DD) resolved with release_in_force. Throws
    // Error(not_found) naming the system's known versions, or for a date outside every window the
    // release that would be in force then: "FY2020, in force from 2019-10-01, is not in the store".
    ReleaseRecord resolve_release(std::string_view system, std::string_view version_or_date) const;

    // Imports one release in one transaction: `read` pushes the records into the sink.
    // Identical content under the same label is a no-op (outcome unchanged). Different
    // content under an existing label throws Error(conflict) unless options.replace, or
    // options.reannotate for the stored release annotated again (Error(not_found) when absent).
    // Any exception leaves the store exactly as it was.
    ImportResult import_release(const ReleaseInfo& info, const std::function<void(RecordSink&)>& read,
                                const ImportOptions& options = {});

    // Content ids of a release in order-file order (position + 1 is the order number).
    std::vector<ContentId> members(const ReleaseRecord& release) const;
    // Contents by id, in the order of `ids` (CodeRecord::order is 0).
    std::vector<CodeRecord> load_contents(std::span<const ContentId> ids) const;
    // Every code of a release in order-file order, with CodeRecord::order set.
    void for_each_code(const ReleaseRecord& release, const std::function<void(const CodeRecord&)>& visit) const;
    // The same, stopping at the first code for which `visit` returns false; with
    // CodeFields::outline the titles are left empty (not read), with CodeFields::flags the
    // attributes too, for walks that need less than the whole record.
    void for_each_code_while(const ReleaseRecord& release, const std::function<bool(const CodeRecord&)>& visit,
                             CodeFields fields = CodeFields::all) const;
    // The same codes as one vector, each read in place (no copy per record): for callers that
    // need the whole release at once.
    std::vector<CodeRecord> codes(const ReleaseRecord& release) const;
    // One code in one release (stored form), with its order number.
    std::optional<CodeRecord> find_code(const ReleaseRecord& release, std::string_view code) const;
    // Every content the store has ever held for a code of a system.
    std::vector<std::pair<ContentId, CodeRecord>> contents_of_code(std::string_view system,
                                                                    std::string_view code) const;

    // Full-text search of the codes of one release: long and short titles and inclusion terms
    // (the attributes with role `searchable` in the system's profile), ranked by bm25. `text` is user
    // text (see search_expression). Throws Error(usage) for a text without a word.
    SearchResult search(const ReleaseRecord& release, std::string_view text, const SearchOptions& options = {}) const;

    std::vector<AddendumEntry> addenda(const ReleaseRecord& release) const;
    std::vector<ImportWarning> warnings(const ReleaseRecord& release) const;
    // The chapters and sections of a release with their notes, in document order; empty for a
    // release read without its companion.
    std::vector<Division> divisions(const ReleaseRecord& release) const;
    // The conversion tables attached to a release as companions (with digest and path), rows in
    // table order; empty when it has none.
    std::vector<ConversionTable> conversion_tables(const ReleaseRecord& release) const;

    // The Alphabetic Index of a release (lib/src/store/index_store.cpp): the headings of its
    // index files in the order they were read; empty for a release read without them.
    std::vector<IndexHeading> index_headings(const ReleaseRecord& release) const;
    // Every main term of the release's index files, file by file, in file order.
    void for_each_index_term(const ReleaseRecord& release, const std::function<void(const IndexMainTerm&)>& visit) const;
    // The index files of a release with the ids of their main terms in file order: a main term
    // is stored once per content (by digest), so two releases share an id exactly where a main
    // term did not change, and the index diff decodes only the others.
    struct IndexFile {
        IndexHeading heading;
        std::vector<ContentId> members;
    };
    std::vector<IndexFile> index_files(const ReleaseRecord& release) const;
    // Main terms by id (as index_files gives them), in the order of `ids`.
    std::vector<IndexMainTerm> index_terms(const std::vector<ContentId>& ids) const;
    // The main terms of a release whose subtree holds every word (as index_words gives them; a
    // word ending in '*' matches as a prefix), in file order.
    std::vector<IndexMainTerm> index_terms_with_words(const ReleaseRecord& release,
                                                      const std::vector<std::string>& words) const;
    // The main terms of one index file of a release whose title's first part is `key` (index_key).
    std::vector<IndexMainTerm> index_terms_by_key(const ReleaseRecord& release, IndexKind kind,
                                                  std::string_view key) const;
    // The codes of a release that start with `prefix` (stored form), in code order.
    std::vector<CodeRecord> codes_starting_with(const ReleaseRecord& release, std::string_view prefix) const;

    // File size and page statistics, for `codeset releases --stats` and the space benchmark.
    std::uint64_t file_size() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace codeset
