// The FHIR writer, for release snapshots: one R4 CodeSystem resource (JSON) holding every code of
// the release, headers included. It streams: the resource's elements, then one concept per line,
// so a whole release never becomes one JSON tree. The hierarchy is the standard `parent` property
// (http://hl7.org/fhir/concept-properties) rather than nested concepts: each concept line stands
// alone, in order-file order, and a server that loads CodeSystems concept by concept needs no tree.
#include "codeset/export/fhir.hpp"
#include "codeset/export/writer.hpp"
#include "export/content_writers.hpp"
#include "core/packed_codes.hpp"
#include "export/fhir_string.hpp"

#include <cctype>
#include <ostream>
#include <string>
#include <algorithm>
#include <cstdint>
#include <unordered_set>

namespace codeset {

std::string fhir_code_system_id(const CodeSystem& system, std::string_view version) {
    std::string id = std::string(system.name) + "-" + std::string(version);
    for (char& c : id) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
        if (!allowed) c = '-';
    }
    return id.substr(0, 64);
}

}  // namespace codeset

namespace codeset::detail {

namespace {

using namespace std::string_view_literals;

constexpr std::string_view standard_properties = "http://hl7.org/fhir/concept-properties#";
// The designation use of a short title: SNOMED CT's "Synonym", as the FHIR designation-use value set names it.
constexpr std::string_view synonym_use =
    R"({"system":"http://snomed.info/sct","code":"900000000000013009","display":"Synonym"})";

// The FHIR type of a property written from an attribute of this type.
std::string_view property_type(AttributeType type) {
    switch (type) {
        case AttributeType::date: return "dateTime";
        case AttributeType::code_ref: return "code";
        case AttributeType::text:
        case AttributeType::list:
        case AttributeType::map: return "string";
    }
    return "string";
}

// Transparent hashing, so that a code's prefixes are looked up as views without a copy.
struct CodeHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view code) const noexcept { return std::hash<std::string_view>{}(code); }
};
using CodeSet = std::unordered_set<std::string, CodeHash, std::equal_to<>>;

// The codes of a release, for the hierarchy's lookups of a code's prefixes: packed keys
// (core/packed_codes.hpp) in one sorted vector, about 0.8 MB for a whole ICD-10-CM release where
// a hash set of strings takes 6 MB in 100,000 nodes. Codes that do not pack go in a set of strings.
class CodeIndex {
public:
    void reserve(std::size_t codes) { m_packed.reserve(codes); }
    void add(std::string_view code) {
        if (const auto key = pack_code(code)) m_packed.push_back(*key);
        else m_other.emplace(code);
    }
    // After the last add, before the first lookup.
    void seal() { std::sort(m_packed.begin(), m_packed.end()); }
    bool contains(std::string_view code) const {
        if (const auto key = pack_code(code)) return std::binary_search(m_packed.begin(), m_packed.end(), *key);
        return m_other.find(code) != m_other.end();
    }
    // Whether `test` holds for some code.
    template <class Test> bool any_of(Test test) const {
        for (const std::uint64_t key : m_packed) {
            char bytes[8];
            if (test(std::string_view(bytes, unpack_code(key, bytes)))) return true;
        }
        return std::any_of(m_other.begin(), m_other.end(), [&](const std::string& code) { return test(code); });
    }

private:
    std::vector<std::uint64_t> m_packed;
    CodeSet m_other;
};

// What the resource says before its concepts, read in one walk over the release: its codes (for
// the hierarchy), which attributes it carries, whether it has headers and parents.
//
// Each concept's parent comes from the profile's parent attribute when the release was read with
// its companion (the tabular XML), else from the code's structure (its longest proper prefix that
// is a code of the release).
class ReleaseShape {
public:
    explicit ReleaseShape(const SnapshotContent& content) {
        const CodeSystem& system = *content.system;
        if (content.release.annotated())
            for (const AttributeSpec& spec : system.attributes)
                if (has_role(spec.roles, AttributeRole::parent)) m_attribute = spec.name;
        m_codes.reserve(content.codes.size());
        CodeSet parents;  // the values of the parent attribute
        // A release carries a handful of distinct attribute names: a short list beats hashing each.
        std::vector<std::string> present;
        content.codes.for_each([&](const CodeRecord& record) {
            m_codes.add(record.code);
            m_any_header = m_any_header || !record.billable;
            for (const Attribute& attribute : record.attributes) {
                if (std::find(present.begin(), present.end(), attribute.name) == present.end())
                    present.push_back(attribute.name);
                if (!m_attribute.empty() && attribute.name == m_attribute) parents.insert(attribute.value);
            }
        }, CodeFields::outline);
        m_codes.seal();
        for (const AttributeSpec& spec : system.attributes)
            if (std::find(present.begin(), present.end(), spec.name) != present.end() &&
                !has_role(spec.roles, AttributeRole::parent))
                m_properties.push_back(&spec);
        if (!m_attribute.empty())
            m_any_parent = std::any_of(parents.begin(), parents.end(), [&](const std::string& p) { return m_codes.contains(p); });
        else
            m_any_parent = m_codes.any_of([&](std::string_view code) { return !prefix_parent(code).empty(); });
    }

    // The stored code of the record's parent; empty when it has none in the release.
    std::string_view parent_of(const CodeRecord& record) const {
        if (m_attribute.empty()) return prefix_parent(record.code);
        const std::string* parent = record.attribute(m_attribute);
        return parent && m_codes.contains(*parent) ? std::string_view(*parent) : std::string_view();
    }

    // The attributes written as properties: every attribute of the profile some record of the
    // release carries, in profile order; the parent attribute is the `parent` property instead.
    const std::vector<const AttributeSpec*>& properties() const { return m_properties; }
    bool any_header() const { return m_any_header; }
    bool any_parent() const { return m_any_parent; }

private:
    std::string_view prefix_parent(std::string_view code) const {
        for (std::size_t length = code.size(); length-- > 1;)
            if (m_codes.contains(code.substr(0, length))) return code.substr(0, length);
        return {};
    }

    CodeIndex m_codes;
    std::string m_attribute;
    std::vector<const AttributeSpec*> m_properties;
    bool m_any_header = false;
    bool m_any_parent = false;
};

void append_field(std::string& out, std::string_view name, std::string_view text) {
    std::string scratch;
    const std::string_view value = fhir_string(text, scratch);
    if (value.empty()) return;
    out += ",\""sv;
    out += name;
    out += "\":"sv;
    append_json_string(out, value);
}

void append_property_declaration(std::string& out, std::string_view code, std::string_view uri,
                                 std::string_view description, std::string_view type) {
    if (out.back() != '[') out += ',';
    out += "{\"code\":"sv;
    append_json_string(out, code);
    if (!uri.empty()) {
        out += ",\"uri\":"sv;
        append_json_string(out, uri);
    }
    append_field(out, "description", description);
    out += ",\"type\":"sv;
    append_json_string(out, type);
    out += '}';
}

// One property value of a concept; nothing for an empty one.
void append_property(std::string& out, std::string_view code, std::string_view value_kind, std::string_view text) {
    std::string scratch;
    const std::string_view value = fhir_string(text, scratch);
    if (value.empty()) return;
    out += out.back() == '[' ? "{\"code\":"sv : ",{\"code\":"sv;
    append_json_string(out, code);
    out += ",\""sv;
    out += value_kind;
    out += "\":"sv;
    append_json_string(out, value);
    out += '}';
}

// The values of one attribute as properties: one per item of a list, one per entry of a map
// ("A: initial encounter"), the code as people write it for a code reference.
void append_attribute_properties(std::string& out, const CodeSystem& system, const AttributeSpec& spec,
                                 std::string_view value) {
    switch (spec.type) {
        case AttributeType::list:
            for (const std::string& item : decode_list(value)) append_property(out, spec.name, "valueString", item);
            return;
        case AttributeType::map: {
            const nlohmann::ordered_json object = attribute_json(system, spec.name, value);
            if (!object.is_object()) break;
            for (const auto& [key, meaning] : object.items())
                append_property(out, spec.name, "valueString",
                                key + ": " + (meaning.is_string() ? meaning.get<std::string>() : meaning.dump()));
            return;
        }
        case AttributeType::date: append_property(out, spec.name, "valueDateTime", value); return;
        case AttributeType::code_ref: append_property(out, spec.name, "valueCode", system.display(value)); return;
        case AttributeType::text: break;
    }
    append_property(out, spec.name, "valueString", value);
}

void append_concept(std::string& out, const SnapshotContent& content, const ReleaseShape& shape,
                    const CodeRecord& record) {
    const CodeSystem& system = *content.system;
    out += "{\"code\":"sv;
    append_json_string(out, system.display(record.code));
    append_field(out, "display", record.long_title);
    std::string scratch;
    if (const std::string_view short_title = fhir_string(record.short_title, scratch); !short_title.empty()) {
        out += ",\"designation\":[{\"use\":"sv;
        out += synonym_use;
        out += ",\"value\":"sv;
        append_json_string(out, short_title);
        out += "}]"sv;
    }
    const std::size_t before = out.size();
    out += ",\"property\":["sv;
    if (!record.billable) out += R"({"code":"notSelectable","valueBoolean":true})"sv;
    if (const std::string_view parent = shape.parent_of(record); !parent.empty())
        append_property(out, "parent", "valueCode", system.display(parent));
    for (const AttributeSpec* spec : shape.properties())
        if (const std::string* value = record.attribute(spec->name))
            append_attribute_properties(out, system, *spec, *value);
    if (out.back() == '[') out.resize(before);  // no property: leave the element out
    else out += ']';
    out += '}';
}

void write_fhir_snapshot(std::ostream& out, const SnapshotContent& content) {
    const CodeSystem& system = *content.system;
    const ReleaseInfo& release = content.release.info;
    const ReleaseShape shape(content);
    const std::vector<const AttributeSpec*>& properties = shape.properties();

    std::string text = "{\"resourceType\":\"CodeSystem\"";
    append_field(text, "id", fhir_code_system_id(system, release.version));
    append_field(text, "url", system.canonical_uri);
    append_field(text, "version", release.version);
    // A computable name as FHIR's cnl-0 asks: [A-Z]([A-Za-z0-9_]){0,254}, "ICD10CM_FY2026".
    std::string name = std::string(system.name) + "_" + release.version;
    for (char& c : name)
        c = c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    append_field(text, "name", name);
    append_field(text, "title", std::string(system.title) + " " + release.version);
    text += ",\"status\":\"active\",\"experimental\":false"sv;
    append_field(text, "date", release.effective.to_string());
    if (content.descriptors_withheld) append_field(text, "copyright", system.licence.notice);
    else if (system.licensed())
        append_field(text, "copyright", "Descriptors licensed by " + std::string(system.licence.holder) +
                                            ", included under the licence the user stated");
    text += ",\"hierarchyMeaning\":\"is-a\",\"content\":\"complete\",\"count\":"sv;
    text += std::to_string(content.codes.size());
    if (shape.any_header() || shape.any_parent() || !properties.empty()) {
        text += ",\"property\":["sv;
        if (shape.any_header())
            append_property_declaration(text, "notSelectable", std::string(standard_properties) + "notSelectable",
                                        "A header: not a code to record", "boolean");
        if (shape.any_parent())
            append_property_declaration(text, "parent", std::string(standard_properties) + "parent",
                                        "The code this one is a kind of", "code");
        for (const AttributeSpec* spec : properties)
            append_property_declaration(text, spec->name, {}, spec->label, property_type(spec->type));
        text += ']';
    }
    bool first = true;
    content.codes.for_each([&](const CodeRecord& record) {
        text += first ? ",\"concept\":[\n"sv : ",\n"sv;
        first = false;
        append_concept(text, content, shape, record);
        if (text.size() > (1u << 16)) {
            out.write(text.data(), static_cast<std::streamsize>(text.size()));
            text.clear();
        }
    });
    text += first ? "}\n" : "\n]}\n";
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace

const Writer& fhir_writer() {
    static const Writer writer{.name = "fhir", .extension = "json", .aliases = {}, .snapshot = write_fhir_snapshot};
    return writer;
}

}  // namespace codeset::detail
