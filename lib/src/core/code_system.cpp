#include "codeset/core/code_system.hpp"

#include "codeset/core/error.hpp"

#include <cctype>

namespace codeset {

const std::vector<CodeSystem>& code_systems() {
    static const std::vector<CodeSystem> systems = {
        {"icd10cm", "ICD-10-CM (diagnoses)", false, 3},
        {"icd10pcs", "ICD-10-PCS (procedures)", false, 0},
        {"hcpcs", "HCPCS Level II", false, 0},
        {"cpt", "CPT (AMA licensed)", true, 0},
    };
    return systems;
}

std::optional<CodeSystem> find_code_system(std::string_view name) {
    for (const auto& system : code_systems())
        if (system.name == name) return system;
    return std::nullopt;
}

const CodeSystem& require_code_system(std::string_view name) {
    std::string known;
    for (const auto& system : code_systems()) {
        if (system.name == name) return system;
        known += (known.empty() ? "" : ", ") + std::string(system.name);
    }
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
    for (char c : typed_code) {
        if (c == '.' || std::isspace(static_cast<unsigned char>(c))) continue;
        code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return code;
}

}  // namespace codeset
