// The one registry of writers. A writer turns one or more kinds of content (change sets, release
// snapshots, code histories, codes with their context, search results, release lists, release
// summaries) into one
// format; it is one file (lib/src/export/<format>_writer.cpp) plus one line of the registry table
// (lib/src/export/writers.cpp). Commands name a format and a kind of content; the registry finds
// the writer, applies the licence policy to the content once, then hands it over: writers never
// decide what may leave codeset.
#pragma once

#include "codeset/query/content.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace codeset {

struct Writer {
    std::string_view name;                // as --format names it: "markdown"
    std::string_view extension;           // of the files it writes, without the dot: "md"
    std::vector<std::string_view> aliases;  // other names --format accepts: "md"
    bool binary = false;  // writes bytes no terminal shows (a workbook): only to a file or a pipe
    // One function per kind of content it writes; nullptr for the kinds it does not.
    void (*change_set)(std::ostream&, const ChangeSetContent&) = nullptr;
    void (*snapshot)(std::ostream&, const SnapshotContent&) = nullptr;
    void (*history)(std::ostream&, const HistoryContent&) = nullptr;
    void (*code)(std::ostream&, const CodeContent&) = nullptr;
    void (*search)(std::ostream&, const SearchContent&) = nullptr;
    void (*releases)(std::ostream&, const ReleasesContent&) = nullptr;
    void (*code_map)(std::ostream&, const MapContent&) = nullptr;
    void (*lookup)(std::ostream&, const LookupContent&) = nullptr;
    void (*replacements)(std::ostream&, const ReplacementsContent&) = nullptr;
    void (*summary)(std::ostream&, const SummaryContent&) = nullptr;

    bool writes(ContentKind kind) const;
    bool answers_to(std::string_view format) const;
};

// Every registered writer, in the order of the registry table.
const std::vector<const Writer*>& writers();
// The names of the writers of a kind of content, in registry order: {"text", "json", ...}.
std::vector<std::string_view> format_names(ContentKind kind);
// nullptr when no writer of that name writes that kind.
const Writer* find_writer(std::string_view format, ContentKind kind);
// The writer whose files end in `extension` ("json", no dot) and that writes `kind` (a .json
// snapshot is FHIR, a .json change set is JSON); else the first whose files end in `extension`,
// which does not write `kind`: the caller says so. nullptr when none writes that extension.
const Writer* find_writer_by_extension(std::string_view extension, ContentKind kind);
// Throws Error(usage): "--format html: change sets are written as text, json, csv or markdown".
const Writer& require_writer(std::string_view format, ContentKind kind);

// What the user states about their licence (--my-license-covers-descriptors).
struct LicenceTerms {
    bool covers_descriptors = false;
};

// The licence policy, applied here and nowhere else: for a system whose profile restricts its
// licence, descriptors (the titles, and every attribute the profile does not type as a date or a
// code reference) leave codeset only when the user states their licence covers them, in every
// format, the terminal included. Without that the content keeps its codes and flags, and the
// profile's notice goes once to `notices` (when given) before anything is written.
template <class Content>
void write_content(std::ostream& out, const Writer& writer, Content content, LicenceTerms terms,
                   std::ostream* notices = nullptr);

// The same policy for content that leaves codeset by another way than a writer (a git history, a
// package): takes the descriptors out when the terms do not cover them, and says so once to
// `notices`. Returns whether it withheld them. write_content calls it; so must every publisher.
template <class Content>
bool apply_licence_policy(Content& content, LicenceTerms terms, std::ostream* notices = nullptr);

// The same, finding the writer by name (require_writer).
template <class Content>
void write_content(std::ostream& out, std::string_view format, Content content, LicenceTerms terms,
                   std::ostream* notices = nullptr) {
    write_content(out, require_writer(format, Content::kind), std::move(content), terms, notices);
}

}  // namespace codeset
