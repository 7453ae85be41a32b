#include "codeset/core/code_system.hpp"

#include "codeset/core/error.hpp"


namespace codeset {

std::string_view to_string(AttributeType type) noexcept {
    switch (type) {
    case AttributeType::text: return "text";
    case AttributeType::date: return "date";
    case AttributeType::list: return "list";
    case AttributeType::code_ref: return "code_ref";
    case AttributeType::map: return "map";
    }
    return "text";
}

const CodeSystem* find_code_system(std::string_view name) {
    for (const CodeSystem* system : code_systems())
        if (system->name == name) return system;
    return nullptr;
}

const CodeSystem& require_code_system(std::string_view name) {
    if (const CodeSystem* system = find_code_system(name)) return *system;
    std::string known;
    for (const CodeSystem* system : code_systems()) known += (known.empty() ? "" : ", ") + std::string(system->name);
    throw Error(ErrorCode::not_found, "unknown code system '" + std::string(name) + "' (known: " + known + ")");
}

std::string CodeSystem::display(std::string_view stored_code) const {
    std::string text(stored_code);
    if (dot_after > 0 && text.size() > std::size_t(dot_after)) text.insert(std::size_t(dot_after), 1, '.');
    return text;
}

std::string CodeSystem::normalize(std::string_view typed_code) const {
    std::string code;
    code.reserve(typed_code.size());
    // ASCII rules, not the locale's: codes are ASCII, and a claims file calls this once per row.
    for (char c : typed_code) {
        if (c == '.' || c == ' ' || (c >= '\t' && c <= '\r')) continue;
        code += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return code;
}

std::optional<VersionLabel> CodeSystem::parse_label(std::string_view text) const {
    return parse_version_label(labels, text);
}

const AttributeSpec* CodeSystem::attribute(std::string_view attribute_name) const {
    for (const AttributeSpec& spec : attributes)
        if (spec.name == attribute_name) return &spec;
    return nullptr;
}

bool CodeSystem::attribute_has_role(std::string_view attribute_name, AttributeRole role) const {
    const AttributeSpec* spec = attribute(attribute_name);
    return spec && has_role(spec->roles, role);
}

}  // namespace codeset
