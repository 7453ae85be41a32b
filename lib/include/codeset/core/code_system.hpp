// The code systems codeset knows, with how their codes are written by people.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeset {

struct CodeSystem {
    std::string_view name;   // short, stable: "icd10cm"
    std::string_view title;  // "ICD-10-CM (diagnoses)"
    bool licensed = false;   // content may not be published without a licence (CPT)
    int dot_after = 0;       // ICD-10-CM writes a dot after the 3rd character; 0: never

    // "A0472" -> "A04.72" for ICD-10-CM; unchanged for systems without a dot.
    std::string display(std::string_view stored_code) const;
    // What a user typed ("a04.72", " A0472 ") -> stored form "A0472".
    std::string normalize(std::string_view typed_code) const;
};

const std::vector<CodeSystem>& code_systems();
// nullptr-free lookup: empty optional when the name is unknown.
std::optional<CodeSystem> find_code_system(std::string_view name);
// Throws Error(not_found) naming the known systems.
const CodeSystem& require_code_system(std::string_view name);

}  // namespace codeset
