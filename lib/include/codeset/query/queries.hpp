// One library function per command that prints content: each reads the store and returns the
// content a writer receives (codeset/query/content.hpp). The command line only parses arguments,
// calls one of these and hands the result to the writer registry.
#pragma once

#include "codeset/query/content.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace codeset {

// A version label, a date (the release in force that day) or, when empty, the latest release.
// Throws Error(not_found) when the store holds no such release.
ReleaseRecord release_at(const Store& store, std::string_view system, const std::string& version_or_date);

// codeset diff: the change set between two releases named by label or date.
ChangeSetContent changes_between(const Store& store, const CodeSystem& system, const std::string& from,
                                 const std::string& to);

// codeset export: every code of a release.
SnapshotContent snapshot_of(const Store& store, const CodeSystem& system, const std::string& version_or_date);

// codeset show: one code as a release has it (`typed_code` as the user wrote it). Throws
// Error(not_found) saying whether the code was discontinued (and by what replaced), is in other
// releases, or in none.
CodeContent code_at(const Store& store, const CodeSystem& system, std::string_view typed_code,
                    const std::string& version_or_date);

// codeset history: every release in which the code appeared, changed or went away.
HistoryContent history_of(const Store& store, const CodeSystem& system, std::string_view typed_code);

// codeset map: where a code of `from` went in `to` (labels or dates), hop by hop (code_map.hpp).
MapContent map_between(const Store& store, const CodeSystem& system, std::string_view typed_code,
                       const std::string& from, const std::string& to);

// codeset export --from: every code of `from` that `to` does not have as a billable code (gone,
// or made a header), each with where the replacement graph takes it, for a FHIR ConceptMap.
ReplacementsContent replacements_between(const Store& store, const CodeSystem& system, const std::string& from,
                                         const std::string& to);

// codeset search: full-text search of one release; when it has the Alphabetic Index, the codes
// its entries give for the same words come first (lookup order), then the title matches by bm25
// (lib/src/query/index_search.hpp).
SearchContent search_release(const Store& store, const CodeSystem& system, const std::string& text,
                             const std::string& version_or_date, const SearchOptions& options);

// codeset lookup: the entries of a release's Alphabetic Index whose path holds every word of
// `text`, shortest paths first (at most `limit`; 0: all), each with its codes checked against the
// release and its references followed (never past a loop or a reference that leads nowhere).
// Throws Error(usage) for a text without a word, Error(not_found) when the release has no index.
LookupContent lookup_in_index(const Store& store, const CodeSystem& system, const std::string& text,
                              const std::string& version_or_date, std::size_t limit = 20);

// codeset summary: for each pair of consecutive stored releases of `system`, in effective-date
// order, the counts of diff_releases and the releases missing between them. Throws
// Error(not_found) when the store holds fewer than two releases of it.
SummaryContent summary_of(const Store& store, const CodeSystem& system);

// codeset releases: what the store holds, of one system or of all.
ReleasesContent releases_in(const Store& store, std::optional<std::string_view> system, bool with_files,
                            bool with_warnings);

}  // namespace codeset
