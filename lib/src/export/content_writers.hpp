// Internal: what each writer does with each kind of content it writes (one file per format and
// kind: <format>_<kind>.cpp), and helpers shared by the writers. The writers themselves are put
// together in <format>_writer.cpp and registered in writers.cpp.
#pragma once

#include "codeset/core/attribute_values.hpp"
#include "codeset/query/content.hpp"
#include "codeset/query/csv_field.hpp"

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <string_view>

namespace codeset::detail {

void write_text_change_set(std::ostream& out, const ChangeSetContent& content);
void write_text_history(std::ostream& out, const HistoryContent& content);
void write_text_code(std::ostream& out, const CodeContent& content);
void write_text_search(std::ostream& out, const SearchContent& content);
void write_text_lookup(std::ostream& out, const LookupContent& content);
void write_text_releases(std::ostream& out, const ReleasesContent& content);
void write_text_map(std::ostream& out, const MapContent& content);
void write_text_summary(std::ostream& out, const SummaryContent& content);

void write_json_change_set(std::ostream& out, const ChangeSetContent& content);
void write_json_history(std::ostream& out, const HistoryContent& content);
void write_json_code(std::ostream& out, const CodeContent& content);
void write_json_search(std::ostream& out, const SearchContent& content);
void write_json_lookup(std::ostream& out, const LookupContent& content);
void write_json_releases(std::ostream& out, const ReleasesContent& content);
void write_json_map(std::ostream& out, const MapContent& content);
void write_json_summary(std::ostream& out, const SummaryContent& content);

void write_csv_change_set(std::ostream& out, const ChangeSetContent& content);
void write_csv_snapshot(std::ostream& out, const SnapshotContent& content);
void write_csv_summary(std::ostream& out, const SummaryContent& content);
void write_markdown_summary(std::ostream& out, const SummaryContent& content);

void write_html_change_set(std::ostream& out, const ChangeSetContent& content);
void write_html_summary(std::ostream& out, const SummaryContent& content);
void write_xlsx_change_set(std::ostream& out, const ChangeSetContent& content);

void write_sql_change_set(std::ostream& out, const ChangeSetContent& content);
void write_sql_snapshot(std::ostream& out, const SnapshotContent& content);
// Rows per multi-row INSERT (and codes per IN list) of the sql writer: statements stay small for
// both databases' parsers.
inline constexpr std::size_t sql_rows_per_statement = 500;
// How the scripts are run, said at the top of each.
inline constexpr const char* sql_script_usage =
    "Run: psql -v ON_ERROR_STOP=1 -f FILE (PostgreSQL), or sqlite3 -bail DATABASE < FILE (SQLite).";

// An attribute's value as JSON, typed by the profile: a list is an array of strings, a map an
// object, every other type (text, a YYYY-MM-DD date, a code reference) a string. Never a string
// holding JSON.
inline nlohmann::ordered_json attribute_json(const CodeSystem& system, std::string_view name, std::string_view value) {
    const AttributeSpec* spec = system.attribute(name);
    if (spec && spec->type == AttributeType::list) return decode_list(value);
    if (spec && spec->type == AttributeType::map) {
        nlohmann::ordered_json object = nlohmann::ordered_json::parse(value, nullptr, false);
        if (object.is_object()) return object;
    }
    return std::string(value);
}

// A code's attributes as one JSON object, in the record's order, each value typed by the profile.
inline nlohmann::ordered_json attributes_object(const CodeSystem& system, const CodeRecord& record) {
    nlohmann::ordered_json attributes = nlohmann::ordered_json::object();
    for (const Attribute& attribute : record.attributes)
        attributes[attribute.name] = attribute_json(system, attribute.name, attribute.value);
    return attributes;
}

// An attribute change as {"name", "before", "after"}, null for an absent value.
inline nlohmann::ordered_json attribute_change_json(const CodeSystem& system, const AttributeChange& change) {
    const auto side = [&](const std::optional<std::string>& value) {
        return value ? attribute_json(system, change.name, *value) : nlohmann::ordered_json(nullptr);
    };
    return {{"name", change.name}, {"before", side(change.before)}, {"after", side(change.after)}};
}

// What changed between the previous state of a code and this one, one line each, sorted.
std::vector<std::string> history_details(const HistoryEntry& entry);

// Where the code at entry `i` of a history went, when that release stopped it being billable.
inline const HistoryReplacement* replacement_at(const HistoryContent& content, std::size_t i) {
    return i < content.replacements.size() && content.replacements[i] ? &*content.replacements[i] : nullptr;
}

// The first day a release is no longer in force, "-" when no end is known.
inline std::string window_end_text(const ReleaseWindow& window) { return window.open ? "-" : window.until.to_string(); }

// "FY2019 (2018-10-01), FY2020 (2019-10-01)": the releases a gap misses.
inline std::string missing_list_text(const std::vector<MissingRelease>& missing) {
    std::string text;
    for (const MissingRelease& release : missing)
        text += (text.empty() ? "" : ", ") + release.version + " (" + release.effective.to_string() + ")";
    return text;
}

// A history event as a sentence reads it: "first seen", "introduced", ...
inline std::string event_text(HistoryEvent event) {
    return event == HistoryEvent::first_seen ? "first seen" : std::string(to_string(event));
}

// "billable" or "header"
inline std::string_view flag_name(bool billable) { return billable ? "billable" : "header"; }

// "name: before -> after" with "(none)" for an absent value: how every writer spells an attribute change.
inline std::string attribute_change_text(const AttributeChange& change) {
    return change.name + ": " + change.before.value_or("(none)") + " -> " + change.after.value_or("(none)");
}

}  // namespace codeset::detail
