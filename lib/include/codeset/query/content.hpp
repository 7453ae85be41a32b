// What codeset hands to a writer: one type per kind of content, each the result of one library
// query (codeset/query/queries.hpp) and complete enough that a writer needs neither the store nor
// any other lookup. `descriptors_withheld` is set by the licence policy (codeset/export/writer.hpp)
// when it has taken the descriptors out; writers only leave the empty places out of their layout.
#pragma once

#include "codeset/core/code_system.hpp"
#include "codeset/diff/change_set.hpp"
#include "codeset/diff/history.hpp"
#include "codeset/query/code_context.hpp"
#include "codeset/query/release_codes.hpp"
#include "codeset/query/code_map.hpp"
#include "codeset/store/store.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeset {

enum class ContentKind {
    change_set,  // codeset diff
    snapshot,    // codeset export: every code of a release
    history,     // codeset history: one code across releases
    code,        // codeset show: one code with its context
    search,      // codeset search: ranked hits
    releases,    // codeset releases: what the store holds
    code_map,    // codeset map: where a code went between two releases
    lookup,      // codeset lookup: entries of the Alphabetic Index and where they lead
    replacements,  // codeset export --from: where the codes one release loses went in another
    summary,     // codeset summary: the counts of every step between consecutive stored releases
};
std::string_view to_string(ContentKind kind) noexcept;

// How a table-writing format (sql) lays out its table, as the user asked (--table, --deleted).
struct TableLayout {
    enum class Deleted { remove, keep };  // a delta deletes a gone code's row, or keeps it end-dated
    std::string name;                     // "schema.table" or "table"; empty: the system's name
    Deleted deleted = Deleted::remove;
};

struct ChangeSetContent {
    const CodeSystem* system = nullptr;
    ChangeSet changes;
    // Discontinued codes (stored form) -> the codes that replace them, as the releases that
    // discontinued them name them (HCPCS cross-references); empty for systems that name none.
    std::map<std::string, std::vector<std::string>> replaced_by;
    bool descriptors_withheld = false;
    Date from_effective = {};  // when `from` came into force
    Date to_effective = {};  // when `to` comes into force
    // The part of the code set kept ("codes A00-B99, chapter 4"; query/change_filter.hpp), empty
    // for the whole: reports say it beside the counts, which are the part's.
    std::string scope = {};
    TableLayout table = {};
    static constexpr ContentKind kind = ContentKind::change_set;
};

struct SnapshotContent {
    const CodeSystem* system = nullptr;
    ReleaseRecord release;
    ReleaseCodes codes;  // in order-file order, walked from the store
    bool descriptors_withheld = false;
    TableLayout table = {};
    static constexpr ContentKind kind = ContentKind::snapshot;
};

// Where the store is blind in a system's calendar: the releases missing between two stored ones.
struct StoreGap {
    std::string after;   // the stored release before the gap: "FY2018"
    std::string before;  // the stored release after it: "FY2021-01"
    Date resumes;        // the effective date of `before`
    std::vector<MissingRelease> missing;
};

// Where a code went in a release that stopped it being billable (it was removed, or became a
// header): the replacement graph's hop from the stored release before (codeset/query/code_map.hpp).
struct HistoryReplacement {
    std::vector<MapTarget> targets;     // codes of the entry's release; none: deleted without replacement
    std::vector<std::string> evidence;  // each with its source
};

// One step between two consecutive stored releases of a system: the counts the diff engine gives
// for it (the summary of `codeset diff SYSTEM FROM TO`), and the releases the calendar schedules
// between them that the store lacks (empty: no gap, as for a mid-year update).
struct SummaryStep {
    std::string from;  // version labels
    std::string to;
    Date from_effective;
    Date to_effective;
    DiffSummary counts;
    std::vector<MissingRelease> missing;
};

struct SummaryContent {
    const CodeSystem* system = nullptr;
    std::vector<SummaryStep> steps;  // in effective-date order
    // Counts are no descriptors: the licence policy sees this content and leaves it as it is.
    bool descriptors_withheld = false;
    static constexpr ContentKind kind = ContentKind::summary;
};

struct HistoryContent {
    const CodeSystem* system = nullptr;
    std::string code;  // stored form
    std::vector<HistoryEntry> entries;
    std::vector<std::optional<HistoryReplacement>> replacements;  // per entry
    bool descriptors_withheld = false;
    std::vector<StoreGap> gaps = {};  // every gap in the system's stored releases, in calendar order
    static constexpr ContentKind kind = ContentKind::history;
};

struct CodeContent {
    const CodeSystem* system = nullptr;
    ReleaseRecord release;
    CodeRecord record;
    std::vector<CodeRecord> subcodes;  // of a header: the billable codes under it, in order-file order
    CodeContext context;
    bool descriptors_withheld = false;
    static constexpr ContentKind kind = ContentKind::code;
};

struct SearchContent {
    const CodeSystem* system = nullptr;
    ReleaseRecord release;
    std::string text;  // as the user typed it
    SearchResult result;
    bool descriptors_withheld = false;
    static constexpr ContentKind kind = ContentKind::search;
};

struct ReleasesContent {
    std::string store_path;
    std::vector<ReleaseRecord> releases;            // per system, in effective-date order
    std::vector<ReleaseWindow> windows;             // per release: when it is in force, what is missing after it
    std::vector<std::vector<ImportWarning>> warnings;  // per release, when asked for
    bool with_files = false;
    bool with_warnings = false;
    static constexpr ContentKind kind = ContentKind::releases;
};

struct MapContent {
    const CodeSystem* system = nullptr;
    CodeMap map;
    bool descriptors_withheld = false;  // the titles of retitled hops taken out
    static constexpr ContentKind kind = ContentKind::code_map;
};

// A code of one release that another no longer has as a billable code (gone, or made a header),
// with where the replacement graph takes it.
struct Replacement {
    CodeRecord source;               // as in `from`
    CodeMap map;                     // from `from` to `to`, hop by hop
    std::vector<CodeRecord> targets;  // map.targets as in `to`, in the same order
};

struct ReplacementsContent {
    const CodeSystem* system = nullptr;
    ReleaseRecord from, to;  // `from` may be the newer: the graph runs backwards too
    std::vector<Replacement> replacements;  // in `from`'s order-file order
    bool descriptors_withheld = false;
    static constexpr ContentKind kind = ContentKind::replacements;
};

// One code an index entry gives, as the release has it.
struct LookupCode {
    enum class Status { billable, needs_more, absent };
    std::string written;   // as the index writes it: "I21.9", "C79.8-"
    std::string role;      // "code", "manifestation", "see category", "subcategory", or a table column heading
    Status status = Status::absent;
    std::string title;     // the code's long title in the release (empty when absent)
    std::vector<CodeRecord> completions;  // needs_more: the billable codes under it, in code order
};

// One level of a path through the index: a main term or a subterm.
struct LookupLevel {
    std::string title;
    std::string nonessential;
};

// An entry of the index: the path to it from its main term, and what it gives.
struct LookupEntry {
    IndexKind index = IndexKind::diseases;
    std::vector<LookupLevel> path;  // main term first
    std::vector<LookupCode> codes;
    std::string see;       // the entry sends the coder elsewhere
    std::string see_also;  // and also elsewhere ("condition": look up the condition itself)
};

// Where a reference led: each entry it reached in turn (a `see` there is followed again), and
// what stopped it when it did not end on a code.
struct LookupReference {
    enum class Problem { none, instruction, dead_end, loop, too_long };
    std::string kind;  // "see" or "see also"
    std::string text;  // as written: "Infarct, myocardium"
    std::vector<LookupEntry> chain;
    Problem problem = Problem::none;
    std::string detail;  // dead_end: the part of the reference the index has no term for
};

struct LookupHit {
    LookupEntry entry;
    std::vector<LookupReference> references;
};

struct LookupContent {
    const CodeSystem* system = nullptr;
    ReleaseRecord release;
    std::string text;  // as the user typed it
    std::vector<IndexHeading> indexes;  // of the release, for the table column headings
    std::uint64_t total = 0;            // entries that match
    std::vector<LookupHit> hits;        // best first, at most the limit
    bool descriptors_withheld = false;
    static constexpr ContentKind kind = ContentKind::lookup;
};

}  // namespace codeset
