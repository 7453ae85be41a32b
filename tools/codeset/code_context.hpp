// What `codeset show` adds to a code when its release carries the XML companions: for ICD-10-CM
// its place in the tabular list and the notes that apply to it, as a coder reads them; for
// ICD-10-PCS the meaning of each character of the code.
#pragma once

#include "codeset/core/code_system.hpp"
#include "codeset/store/store.hpp"

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <set>
#include <string>
#include <vector>

namespace codeset::cli {

struct InheritedNote {
    std::string from;  // stored code of the tabular entry that carries it
    std::string kind;  // excludes1, inclusion_terms, ...
    std::string text;
};

struct CodeContext {
    std::vector<CodeRecord> ancestry;  // root category first, the code's parent last
    std::vector<InheritedNote> notes;  // of the ancestors and the code, root first
    std::vector<std::string> characters;  // ICD-10-PCS: "Body Part: Appendix", by position
    std::string operation_definition;     // ICD-10-PCS: from the table header row
    bool empty() const { return ancestry.empty() && notes.empty() && characters.empty(); }
};

CodeContext code_context(const Store& store, const ReleaseRecord& release, const CodeRecord& record);

// Attributes the context shows in its own way (the others are listed as they are).
bool shown_by_context(const std::string& attribute);

void write_context_text(std::ostream& out, const CodeSystem& system, const CodeRecord& record,
                        const CodeContext& context);
nlohmann::json context_json(const CodeSystem& system, const CodeContext& context);

}  // namespace codeset::cli
