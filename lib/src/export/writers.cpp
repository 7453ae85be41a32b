// The registry of writers and the one place content is handed to them (after the licence policy).
#include "codeset/export/writer.hpp"

#include "codeset/core/error.hpp"
#include "export/licence_policy.hpp"

#include <algorithm>
#include <cctype>
#include <ostream>
#include <type_traits>

namespace codeset {

// Each writer is defined in its own file, lib/src/export/<name>_writer.cpp.
namespace detail {
const Writer& text_writer();
const Writer& json_writer();
const Writer& csv_writer();
const Writer& markdown_writer();
const Writer& jsonl_writer();
const Writer& fhir_writer();
const Writer& sql_writer();
const Writer& html_writer();
const Writer& xlsx_writer();
const Writer& fhir_concept_map_writer();
}  // namespace detail

const std::vector<const Writer*>& writers() {
    // The registry table: one line per writer, in the order formats are listed to users.
    static const std::vector<const Writer*> table = {
        &detail::text_writer(),
        &detail::json_writer(),
        &detail::csv_writer(),
        &detail::markdown_writer(),
        &detail::jsonl_writer(),
        &detail::fhir_writer(),
        &detail::sql_writer(),
        &detail::html_writer(),
        &detail::xlsx_writer(),
        &detail::fhir_concept_map_writer(),
    };
    return table;
}

namespace {

template <class Content> struct Slot;
template <> struct Slot<ChangeSetContent> { static constexpr auto function = &Writer::change_set; };
template <> struct Slot<SnapshotContent> { static constexpr auto function = &Writer::snapshot; };
template <> struct Slot<HistoryContent> { static constexpr auto function = &Writer::history; };
template <> struct Slot<CodeContent> { static constexpr auto function = &Writer::code; };
template <> struct Slot<SearchContent> { static constexpr auto function = &Writer::search; };
template <> struct Slot<ReleasesContent> { static constexpr auto function = &Writer::releases; };
template <> struct Slot<MapContent> { static constexpr auto function = &Writer::code_map; };
template <> struct Slot<LookupContent> { static constexpr auto function = &Writer::lookup; };
template <> struct Slot<ReplacementsContent> { static constexpr auto function = &Writer::replacements; };
template <> struct Slot<SummaryContent> { static constexpr auto function = &Writer::summary; };

// "text, json, csv or markdown"
std::string listed(const std::vector<std::string_view>& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i)
        text += std::string(i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + std::string(names[i]);
    return text;
}

}  // namespace

bool Writer::writes(ContentKind kind) const {
    switch (kind) {
        case ContentKind::change_set: return change_set != nullptr;
        case ContentKind::snapshot: return snapshot != nullptr;
        case ContentKind::history: return history != nullptr;
        case ContentKind::code: return code != nullptr;
        case ContentKind::search: return search != nullptr;
        case ContentKind::releases: return releases != nullptr;
        case ContentKind::code_map: return code_map != nullptr;
        case ContentKind::lookup: return lookup != nullptr;
        case ContentKind::replacements: return replacements != nullptr;
        case ContentKind::summary: return summary != nullptr;
    }
    return false;
}

bool Writer::answers_to(std::string_view format) const {
    return format == name || std::find(aliases.begin(), aliases.end(), format) != aliases.end();
}

std::vector<std::string_view> format_names(ContentKind kind) {
    std::vector<std::string_view> names;
    for (const Writer* writer : writers())
        if (writer->writes(kind)) names.push_back(writer->name);
    return names;
}

const Writer* find_writer(std::string_view format, ContentKind kind) {
    for (const Writer* writer : writers())
        if (writer->answers_to(format) && writer->writes(kind)) return writer;
    return nullptr;
}

const Writer* find_writer_by_extension(std::string_view extension, ContentKind kind) {
    const auto folded = [](std::string_view text) {
        std::string lower(text);
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return lower;
    };
    const std::string wanted = folded(extension);
    const Writer* first = nullptr;
    for (const Writer* writer : writers()) {
        if (writer->extension != wanted) continue;
        if (writer->writes(kind)) return writer;
        if (!first) first = writer;
    }
    return first;
}

const Writer& require_writer(std::string_view format, ContentKind kind) {
    if (const Writer* writer = find_writer(format, kind)) return *writer;
    throw Error(ErrorCode::usage, "--format " + std::string(format) + ": " + std::string(to_string(kind)) +
                                      " are written as " + listed(format_names(kind)));
}

template <class Content>
void write_content(std::ostream& out, const Writer& writer, Content content, LicenceTerms terms,
                   std::ostream* notices) {
    const auto function = writer.*Slot<Content>::function;
    if (!function) require_writer(writer.name, Content::kind);  // throws: this writer lacks the kind
    if constexpr (!std::is_same_v<Content, ReleasesContent>) apply_licence_policy(content, terms, notices);
    function(out, content);
}

template <class Content>
bool apply_licence_policy(Content& content, LicenceTerms terms, std::ostream* notices) {
    if (!detail::withholds_descriptors(*content.system, terms)) return false;
    detail::withhold_descriptors(content);
    if (!content.descriptors_withheld) return false;  // it held none (a summary's counts): nothing to say
    if (notices) *notices << "note: " << content.system->licence.notice << '\n';
    return true;
}

template void write_content(std::ostream&, const Writer&, ChangeSetContent, LicenceTerms, std::ostream*);
template void write_content(std::ostream&, const Writer&, SnapshotContent, LicenceTerms, std::ostream*);
template void write_content(std::ostream&, const Writer&, HistoryContent, LicenceTerms, std::ostream*);
template void write_content(std::ostream&, const Writer&, CodeContent, LicenceTerms, std::ostream*);
template void write_content(std::ostream&, const Writer&, SearchContent, LicenceTerms, std::ostream*);
template void write_content(std::ostream&, const Writer&, ReleasesContent, LicenceTerms, std::ostream*);
template void write_content(std::ostream&, const Writer&, MapContent, LicenceTerms, std::ostream*);
template void write_content(std::ostream&, const Writer&, LookupContent, LicenceTerms, std::ostream*);
template void write_content(std::ostream&, const Writer&, ReplacementsContent, LicenceTerms, std::ostream*);
template void write_content(std::ostream&, const Writer&, SummaryContent, LicenceTerms, std::ostream*);
template bool apply_licence_policy(ChangeSetContent&, LicenceTerms, std::ostream*);
template bool apply_licence_policy(SnapshotContent&, LicenceTerms, std::ostream*);
template bool apply_licence_policy(HistoryContent&, LicenceTerms, std::ostream*);
template bool apply_licence_policy(CodeContent&, LicenceTerms, std::ostream*);
template bool apply_licence_policy(SearchContent&, LicenceTerms, std::ostream*);
template bool apply_licence_policy(MapContent&, LicenceTerms, std::ostream*);
template bool apply_licence_policy(LookupContent&, LicenceTerms, std::ostream*);
template bool apply_licence_policy(ReplacementsContent&, LicenceTerms, std::ostream*);
template bool apply_licence_policy(SummaryContent&, LicenceTerms, std::ostream*);

}  // namespace codeset
