// The Alphabetic Index of a classification as its companion files give it (ICD-10-CM: the Index
// to Diseases and Injuries, the External Cause Index, the Neoplasm Table and the Table of Drugs
// and Chemicals): main terms with their subterms at every level, nonessential modifiers, codes,
// cross-references and, for the tables, one cell per column. Not an attribute of codes: the store
// keeps each main term with its subtree as one content.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeset {

enum class IndexKind { diseases, external_causes, neoplasms, drugs };
// Stable short names kept in the store and printed in JSON: "index", "eindex", "neoplasm", "drug".
std::string_view to_string(IndexKind kind);
std::optional<IndexKind> parse_index_kind(std::string_view name);
// What a coder calls it: "Index to Diseases and Injuries", "Table of Drugs and Chemicals", ...
std::string_view index_title(IndexKind kind);
// Tables (Neoplasm, Drugs) give codes by column instead of one code per term.
bool is_table(IndexKind kind);

struct IndexCell {
    int column = 0;     // as the file numbers it: 2..7 (1 is the term column)
    std::string value;  // a code ("C79.8-") or "--" / "-" for none
    bool operator==(const IndexCell&) const = default;
};

struct IndexTerm {
    std::string title;         // the essential words: "Abasia"
    std::string nonessential;  // the nonessential modifiers as written: "(-astasia) (hysterical)"
    std::string code;          // "F44.4", "I21.-"
    std::string manifestation; // the code in brackets: a manifestation coded after `code`
    std::string see;           // "Maltreatment": the term to look up instead
    std::string see_also;      // "condition", "Malposition, congenital"
    std::string see_category;  // "M01": see category
    std::string subcategory;   // "H93.3": see subcategory
    std::vector<IndexCell> cells;
    std::vector<IndexTerm> subterms;
    std::uint64_t line = 0;    // in its file; not part of the content
};

// One main term of one index, with its whole subtree.
struct IndexMainTerm {
    IndexKind kind = IndexKind::diseases;
    IndexTerm term;
};

// What a file says of itself: its title and, for a table, its column headings by number.
struct IndexHeading {
    IndexKind kind = IndexKind::diseases;
    std::string title;
    std::vector<IndexCell> columns;  // column number and heading ("Malignant Primary")
    bool operator==(const IndexHeading&) const = default;
};

// Every code a term gives (its code, manifestation, see category, subcategory and table cells),
// as written; cells that say "none" ("-", "--") are left out.
std::vector<std::string> codes_named(const IndexTerm& term);

}  // namespace codeset

namespace codeset {

// The words of a text as the index of words keeps them and lookup matches them: runs of letters
// and digits, lower case ("Abasia (-astasia)" -> "abasia", "astasia").
std::vector<std::string> index_words(std::string_view text);
// How a reference names a term: lower case, the parentheses left out, blanks trimmed
// ("Pain(s)" -> "pain"). A reference's parts and the comma-separated parts of titles compare so.
std::string index_key(std::string_view text);
// The parts of a title or reference between its commas, each as index_key gives it:
// "Infarct, infarction" -> "infarct", "infarction".
std::vector<std::string> index_key_parts(std::string_view text);

// The stored form of a main term's subtree: a compact JSON object (fields left out when empty,
// line numbers not kept), the same text for the same content, so its digest names the content.
std::string index_term_to_json(const IndexTerm& term);
// Reads what index_term_to_json wrote. Throws Error(schema) for other text.
IndexTerm index_term_from_json(std::string_view json);

}  // namespace codeset
