// The JSON change report: summary and every change, keys in a fixed order, pretty-printed.
#include "export/content_writers.hpp"
#include "export/diff_counts.hpp"
#include "export/index_report.hpp"
#include "export/tabular_summary.hpp"

#include <nlohmann/json.hpp>

#include <map>

namespace codeset::detail {

namespace {

using Json = nlohmann::ordered_json;

Json record_json(const CodeSystem& system, const std::optional<CodeRecord>& record) {
    if (!record) return nullptr;
    Json json;
    json["billable"] = record->billable;
    json["short_title"] = record->short_title;
    json["long_title"] = record->long_title;
    if (!record->attributes.empty()) json["attributes"] = attributes_object(system, *record);
    return json;
}

// The kind of entry a change is about (HCPCS: procedure or modifier), from either side: the
// attribute with role `entry_kind`.
std::string entry_kind(const Change& change, const CodeSystem& system) {
    for (const AttributeSpec& spec : system.attributes) {
        if (!has_role(spec.roles, AttributeRole::entry_kind)) continue;
        for (const auto* record : {&change.after, &change.before})
            if (*record)
                if (const std::string* kind = (*record)->attribute(spec.name)) return *kind;
    }
    return {};
}

// For systems whose entries have kinds and fields (HCPCS): the core counts per kind, and how many
// codes changed in each field. Empty objects are left out, so ICD-10 reports keep their shape.
void add_breakdowns(Json& summary, const ChangeSet& changes, const CodeSystem& system) {
    Json by_kind = Json::object();
    std::map<std::string, std::uint64_t> fields;  // sorted by field name
    for (const Change& change : changes.changes) {
        for (const AttributeChange& attribute : change.attribute_changes) ++fields[attribute.name];
        const std::string kind = entry_kind(change, system);
        if (kind.empty()) continue;
        Json& counts = by_kind[kind];
        if (counts.is_null()) counts = {{"added", 0}, {"deleted", 0}, {"revised", 0}, {"revised_long", 0},
                                        {"revised_short", 0}, {"attributes", 0}};
        const std::string name(to_string(change.kind));
        if (counts.contains(name)) counts[name] = counts[name].get<int>() + 1;
        if (change.kind == ChangeKind::revised) {
            if (change.long_changed) counts["revised_long"] = counts["revised_long"].get<int>() + 1;
            if (change.short_changed) counts["revised_short"] = counts["revised_short"].get<int>() + 1;
        }
    }
    if (!by_kind.empty()) summary["by_kind"] = std::move(by_kind);
    if (!fields.empty()) {
        Json counts = Json::object();
        for (const auto& [name, count] : fields) counts[name] = count;
        summary["attribute_fields"] = std::move(counts);
    }
}

// For releases imported with their XML: counts per chapter, and the note-level changes.
void add_tabular(Json& json, const ChangeSet& changes, const CodeSystem& system) {
    const std::vector<ChapterCounts> chapters = chapter_counts(changes, system);
    if (!chapters.empty()) {
        Json counts = Json::object();
        for (const ChapterCounts& c : chapters)
            counts[c.chapter] = {{"title", c.title}, {"added", c.added},  {"deleted", c.deleted},
                                 {"revised", c.revised}, {"notes", c.notes}};
        json["summary"]["chapters"] = std::move(counts);
    }
    if (chapters.empty() && changes.division_changes.empty()) return;
    const std::vector<NoteChange> notes = note_changes(changes, system);
    if (notes.empty()) return;
    json["summary"]["notes"] = notes.size();
    Json list = Json::array();
    // `level`: "code", or the division's attribute ("chapter", "section") with `code` its value.
    for (const NoteChange& note : notes)
        list.push_back({{"level", note.level.empty() ? std::string("code") : note.level},
                        {"code", note.level.empty() ? system.display(note.code) : note.code},
                        {"kind", note.kind},
                        {"added", note.added},
                        {"removed", note.removed}});
    json["notes"] = std::move(list);
}

// The Alphabetic Index: present when either release has one. Index changes are not code changes,
// so the summary does not count them.
void add_index(Json& json, const ChangeSet& changes) {
    if (!has_index_part(changes)) return;
    Json index;
    if (!changes.without_index.empty())
        index["not_compared"] = {{"release", changes.without_index}, {"message", index_statement(changes)}};
    Json files = Json::array();
    for (const IndexFileComparison& file : changes.index_files) {
        const IndexChangeCounts& c = file.counts;
        files.push_back({{"file", std::string(to_string(file.file))},
                         {"title", std::string(index_title(file.file))},
                         {"missing_in", file.missing_in.empty() ? Json(nullptr) : Json(file.missing_in)},
                         {"counts",
                          {{"added", c.added}, {"removed", c.removed}, {"code", c.code}, {"reference", c.reference},
                           {"modifiers", c.modifiers}, {"cell", c.cell}}}});
    }
    index["files"] = std::move(files);
    Json list = Json::array();
    const auto side = [](const std::optional<std::string>& value) { return value ? Json(*value) : Json(nullptr); };
    for (const IndexChange& change : changes.index_changes)
        list.push_back({{"file", std::string(to_string(change.file))},
                        {"path", change.path},
                        {"change", std::string(to_string(change.kind))},
                        {"field", change.field},
                        {"before", side(change.before)},
                        {"after", side(change.after)},
                        {"subterms", change.subterms}});
    index["changes"] = std::move(list);
    json["index"] = std::move(index);
}

}  // namespace

void write_json_change_set(std::ostream& out, const ChangeSetContent& content) {
    const ChangeSet& changes = content.changes;
    const CodeSystem& system = *content.system;
    const DiffSummary& s = changes.summary;
    Json json;
    json["system"] = changes.system;
    json["from"] = changes.from;
    json["to"] = changes.to;
    if (!content.scope.empty()) json["scope"] = content.scope;
    // Present when one release was read without the companion file: what it writes was not compared.
    if (!changes.without_companion.empty())
        json["not_compared"] = {{"release", changes.without_companion},
                                {"missing", system.companion},
                                {"message", companion_statement(changes, system)}};
    json["summary"] = diff_counts_json(s);
    add_breakdowns(json["summary"], changes, system);
    add_tabular(json, changes, system);
    Json list = Json::array();
    for (const Change& change : changes.changes) {
        Json item;
        item["code"] = system.display(change.code);
        item["change"] = to_string(change.kind);
        item["before"] = record_json(system, change.before);
        item["after"] = record_json(system, change.after);
        if (!change.expanded_into.empty()) {
            Json codes = Json::array();
            for (const std::string& code : change.expanded_into) codes.push_back(system.display(code));
            item["expanded_into"] = std::move(codes);
        }
        if (const auto replaced = content.replaced_by.find(change.code); replaced != content.replaced_by.end()) {
            Json codes = Json::array();
            for (const std::string& code : replaced->second) codes.push_back(system.display(code));
            item["replaced_by"] = std::move(codes);
        }
        if (!change.attribute_changes.empty()) {
            Json attributes = Json::array();
            for (const AttributeChange& attribute : change.attribute_changes)
                attributes.push_back(attribute_change_json(system, attribute));
            item["attribute_changes"] = std::move(attributes);
        }
        list.push_back(std::move(item));
    }
    add_index(json, changes);
    json["changes"] = std::move(list);
    out << json.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace codeset::detail
