// What a coder reads with a code besides its titles, driven by the system's profile: the entries
// above it (the `parent` attribute, or for a system without one the codes of the release that
// begin it, as ICD-10-PCS tables begin their codes), where the classification places it (its
// `hierarchy` attributes with what explains them: chapter 4 (Endocrine ...), character 3
// Operation: Resection (Cutting out ...)), and the notes that apply to it (list attributes with
// role `note`, of the chapter and section it is in, of every entry above it and of the code).
#pragma once

#include "codeset/core/code_system.hpp"
#include "codeset/store/store.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace codeset {

struct Placement {
    std::string_view name;   // the hierarchy attribute: "chapter", "character_3"
    std::string_view label;  // from the profile: "Chapter", "Character 3"
    std::string value;
    std::string explanation;  // of its `explained_by` attribute; empty when none
};

struct InheritedNote {
    // Where it is written: a division above the code (its attribute "chapter" and value "4"), or
    // an entry of the release (`level` empty, `from` its stored code).
    std::string_view level;        // the division's attribute: "chapter", "section"; empty for a code
    std::string_view level_label;  // from the profile: "Chapter", "Section"
    std::string from;        // the division's value ("4", "E08-E13"), or the stored code
    std::string_view kind;   // the note attribute: "excludes1"
    std::string_view label;  // from the profile: "Excludes1"
    std::string text;
};

struct CodeContext {
    std::vector<CodeRecord> ancestry;   // the top entry first, the code's parent last
    std::vector<Placement> placement;   // in profile order
    // Of the divisions above the code first (the chapter, then the section), then of the entries
    // above it, then its own.
    std::vector<InheritedNote> notes;
    bool empty() const { return ancestry.empty() && placement.empty() && notes.empty(); }
};

CodeContext code_context(const Store& store, const ReleaseRecord& release, const CodeSystem& system,
                         const CodeRecord& record);

// Attributes the context presents in its own way (notes, parent, hierarchy and what explains
// them); writers list the others as they are.
bool presented_by_context(const CodeSystem& system, std::string_view attribute);

}  // namespace codeset
