// A code system's profile: what codeset knows of a system, registered beside its importers
// (importers/<system>/profile.cpp, listed in importers/builtin.cpp) the way a format driver
// carries its metadata. The store, the diff engine, search, show, verify and every writer read
// the profile; none of them names a system.
#pragma once

#include "codeset/core/version_label.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeset {

class ReleaseCheck;  // codeset/verify/release_check.hpp

// How an attribute's value is written (CodeRecord keeps every value as text).
enum class AttributeType {
    text,      // free text
    date,      // YYYY-MM-DD
    list,      // a JSON array of strings (the notes of the tabular list)
    code_ref,  // a code of the same system, in stored form
    map,       // a JSON object of strings (the 7th characters: character -> meaning)
};
std::string_view to_string(AttributeType type) noexcept;

// What an attribute is for. A bit set: inclusion terms are both a note and searchable.
enum class AttributeRole : std::uint16_t {
    none = 0,
    note = 1,           // a note a coder reads with the code (Excludes1, Code first, ...)
    searchable = 2,     // indexed by full-text search with the titles
    bookkeeping = 4,    // describes the publication, not the code (HCPCS action code): not a change
    replaced_by = 8,    // names a code that replaces this one (HCPCS cross-reference)
    parent = 16,        // names the code's parent in the hierarchy
    hierarchy = 32,     // places the code in the classification (chapter, section) or explains it
    chapter = 64,       // the top division of the classification: change reports count by it
    entry_kind = 128,   // which kind of entry the code is (HCPCS: procedure or modifier): reports count by it
    companion = 256,    // written by the system's companion file (CodeSystem::companion): compared only
                        // between releases that both were read with one
};
constexpr AttributeRole operator|(AttributeRole a, AttributeRole b) {
    return AttributeRole(std::uint16_t(a) | std::uint16_t(b));
}
constexpr bool has_role(AttributeRole roles, AttributeRole role) { return (std::uint16_t(roles) & std::uint16_t(role)) != 0; }

struct AttributeSpec {
    std::string_view name;   // as in CodeRecord::attributes: "excludes1"
    std::string_view label;  // as people read it: "Excludes1"
    AttributeType type = AttributeType::text;
    AttributeRole roles = AttributeRole::none;
    // The attribute whose value explains this one (chapter -> chapter_title), read from the code
    // or the nearest entry above it; empty when none does.
    std::string_view explained_by = {};
};

// Who may publish the content of a licensed system, and what every output that leaves it out says.
struct Licence {
    bool restricted = false;       // descriptors need the user's licence to leave codeset
    std::string_view holder;       // "American Medical Association"
    std::string_view notice;       // one sentence shown where descriptors are left out
};

// How `codeset verify` reads the addenda a system's releases carry.
struct AddendaRules {
    // The addenda are CMS's whole change list against the release before (Add, Delete, Revise lines), so
    // the diff is checked against them. False when they are a part only (HCPCS keeps its file's
    // discontinued codes there, for its own release check).
    bool lists_every_change = true;
    // An entry that carries no billable flag is a header when its code has this many characters
    // (ICD-10-PCS: 3, the tables); 0: such an entry is billable.
    std::size_t unflagged_header_length = 0;
};

// A chapter (or section, or letter range) a profile knows without the release's XML: the codes
// whose first characters fall from `first` to `last` (compared over as many characters as each
// has), of `length` characters when not 0 (HCPCS: 5, so its 2-character modifiers stay apart).
struct ChapterRange {
    std::string_view key;    // what reports call it, as the XML's chapter attribute would: "1", "0", "A"
    std::string_view title;  // "Certain infectious and parasitic diseases"
    std::string_view first;  // "A00"
    std::string_view last;   // "B99"
    std::size_t length = 0;
};

struct CodeSystem {
    std::string_view name;           // short, stable, lowercase: appears in CLI arguments, store rows, paths
    std::string_view title;          // "ICD-10-CM (diagnoses)"
    std::string_view canonical_uri;  // the system's URI in FHIR and other terminologies
    Licence licence;
    int dot_after = 0;               // a dot after this many characters when written by people; 0: never
    LabelScheme labels = LabelScheme::fiscal;  // the grammar of its version labels and its release calendar
    std::vector<AttributeSpec> attributes;     // the attributes its importers and companions write
    AddendaRules addenda = {};
    const ReleaseCheck* release_check = nullptr;  // the system's own check of a release; none: only addenda
    // What people call the file that annotates its releases ("tabular XML"); empty when none does.
    std::string_view companion = {};
    // The chapters its codes fall in, in reading order; `chapter_of` (core/chapters.hpp) prefers
    // the release's own XML. Empty: reports group codes by their first character.
    std::vector<ChapterRange> chapters = {};

    bool licensed() const { return licence.restricted; }
    // "A0472" -> "A04.72" for ICD-10-CM; unchanged for systems without a dot.
    std::string display(std::string_view stored_code) const;
    // What a user typed ("a04.72", " A0472 ") -> stored form "A0472".
    std::string normalize(std::string_view typed_code) const;
    // A version label in this system's grammar, canonical; empty when it is not one.
    std::optional<VersionLabel> parse_label(std::string_view text) const;
    // The schema of an attribute; nullptr for one the profile does not declare.
    const AttributeSpec* attribute(std::string_view name) const;
    bool attribute_has_role(std::string_view name, AttributeRole role) const;
};

// The registered profiles, in the order of importers/builtin.cpp (defined there).
const std::vector<const CodeSystem*>& code_systems();
// Empty optional when the name is unknown.
const CodeSystem* find_code_system(std::string_view name);
// Throws Error(not_found) naming the known systems.
const CodeSystem& require_code_system(std::string_view name);

}  // namespace codeset
