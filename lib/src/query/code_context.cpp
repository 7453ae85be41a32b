#include "codeset/query/code_context.hpp"

#include "codeset/core/attribute_values.hpp"

namespace codeset {

namespace {

// A bound on the walk up: guards against a damaged parent chain.
constexpr int deepest_ancestry = 10;

const AttributeSpec* parent_attribute(const CodeSystem& system) {
    for (const AttributeSpec& spec : system.attributes)
        if (has_role(spec.roles, AttributeRole::parent)) return &spec;
    return nullptr;
}

bool is_explanation(const CodeSystem& system, std::string_view name) {
    for (const AttributeSpec& spec : system.attributes)
        if (spec.explained_by == name) return true;
    return false;
}

std::vector<CodeRecord> ancestry_of(const Store& store, const ReleaseRecord& release, const CodeSystem& system,
                                    const CodeRecord& record) {
    std::vector<CodeRecord> ancestry;
    if (const AttributeSpec* parent_spec = parent_attribute(system)) {
        const std::string* parent = record.attribute(parent_spec->name);
        for (int depth = 0; parent && !parent->empty() && depth < deepest_ancestry; ++depth) {
            auto found = store.find_code(release, *parent);
            if (!found) break;
            ancestry.insert(ancestry.begin(), std::move(*found));
            parent = ancestry.front().attribute(parent_spec->name);
        }
        return ancestry;
    }
    // No parent attribute: the entries of the release whose code begins this one.
    for (std::size_t length = 1; length < record.code.size(); ++length)
        if (auto found = store.find_code(release, record.code.substr(0, length))) ancestry.push_back(std::move(*found));
    return ancestry;
}

// The value of an attribute on the code, else on the nearest entry above it; empty when none has it.
std::string inherited(const CodeRecord& record, const std::vector<CodeRecord>& ancestry, std::string_view name) {
    if (const std::string* value = record.attribute(name); value && !value->empty()) return *value;
    for (auto ancestor = ancestry.rbegin(); ancestor != ancestry.rend(); ++ancestor)
        if (const std::string* value = ancestor->attribute(name); value && !value->empty()) return *value;
    return {};
}

void add_notes(const CodeSystem& system, const std::vector<Attribute>& attributes, std::string_view level,
               std::string_view level_label, const std::string& from, std::vector<InheritedNote>& notes) {
    CodeRecord carrier;
    carrier.attributes = attributes;
    for (const AttributeSpec& spec : system.attributes) {
        if (!has_role(spec.roles, AttributeRole::note) || spec.type != AttributeType::list) continue;
        for (std::string& text : list_attribute(carrier, spec.name))
            notes.push_back({level, level_label, from, spec.name, spec.label, std::move(text)});
    }
}

// The notes of the divisions the code is in, in profile order of their attributes (chapter, then
// section).
void add_division_notes(const Store& store, const ReleaseRecord& release, const CodeSystem& system,
                        const CodeRecord& record, const std::vector<CodeRecord>& ancestry,
                        std::vector<InheritedNote>& notes) {
    const std::vector<Division> divisions = store.divisions(release);
    if (divisions.empty()) return;
    for (const AttributeSpec& spec : system.attributes) {
        if (!has_role(spec.roles, AttributeRole::hierarchy)) continue;
        const std::string value = inherited(record, ancestry, spec.name);
        if (value.empty()) continue;
        for (const Division& division : divisions)
            if (division.attribute == spec.name && division.value == value)
                add_notes(system, division.notes, spec.name, spec.label, division.value, notes);
    }
}

}  // namespace

bool presented_by_context(const CodeSystem& system, std::string_view attribute) {
    const AttributeSpec* spec = system.attribute(attribute);
    if (!spec) return false;
    return has_role(spec->roles, AttributeRole::note) || has_role(spec->roles, AttributeRole::parent) ||
           has_role(spec->roles, AttributeRole::hierarchy) || is_explanation(system, attribute);
}

CodeContext code_context(const Store& store, const ReleaseRecord& release, const CodeSystem& system,
                         const CodeRecord& record) {
    CodeContext context;
    context.ancestry = ancestry_of(store, release, system, record);
    for (const AttributeSpec& spec : system.attributes) {
        if (!has_role(spec.roles, AttributeRole::hierarchy) || is_explanation(system, spec.name)) continue;
        std::string value = inherited(record, context.ancestry, spec.name);
        if (value.empty()) continue;
        std::string explanation =
            spec.explained_by.empty() ? std::string() : inherited(record, context.ancestry, spec.explained_by);
        context.placement.push_back({spec.name, spec.label, std::move(value), std::move(explanation)});
    }
    add_division_notes(store, release, system, record, context.ancestry, context.notes);
    for (const CodeRecord& ancestor : context.ancestry)
        add_notes(system, ancestor.attributes, {}, {}, ancestor.code, context.notes);
    add_notes(system, record.attributes, {}, {}, record.code, context.notes);
    return context;
}

}  // namespace codeset
