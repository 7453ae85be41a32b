// A conversion table: for each code created since a classification began, the year it took effect
// and the code(s) it was assigned to before (the NCHS ICD-10-CM conversion tables). Cumulative: a
// year's table repeats every row of the years before. Stored apart from the codes (Store::
// conversion_tables), attached to a release as one of its companions.
#pragma once

#include "codeset/core/date.hpp"
#include "codeset/core/division.hpp"
#include "codeset/core/release_info.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace codeset {

// One item of a "Previous Code(s) Assignment" cell, codes in stored form (no dot, upper case).
struct PreviousCodes {
    enum class Kind {
        code,        // "A04.7"
        range,       // "H35.20-H35.23": every code from first to last
        categories,  // "I63.-", "Codes in Categories T15-T19": every code of the categories first..last
    };
    Kind kind = Kind::code;
    std::string first;
    std::string last;  // == first for a code and a single category
    bool operator==(const PreviousCodes&) const = default;
};
std::string_view to_string(PreviousCodes::Kind kind) noexcept;  // "code", "range", "categories"

struct ConversionRow {
    std::uint64_t row = 0;                // sheet row, or CSV line
    std::string code;                     // the current code, stored form
    Date effective;                       // October 1 of the year given; the date itself for an April or January update
    int fiscal_year = 0;                  // the fiscal year `effective` falls in (October 1, 2016 -> FY2017)
    std::vector<PreviousCodes> previous;  // empty when the cell says "None"
    std::string previous_text;            // the cell as written, blank-trimmed
    bool operator==(const ConversionRow&) const = default;
};

struct ConversionTable {
    int fiscal_year = 0;  // from its title ("FY 2026"), else its newest effective date
    std::vector<ConversionRow> rows;
    // Once attached to a release: the digest of its companion record (what identifies the file),
    // and the path the user gave it under.
    std::string digest;
    std::string path;
};

// The digest a companion is known by: the SHA-256 of the members it read, comma-separated, or of
// the file itself when it is no zip (the same XML zipped again is the same companion).
std::string companion_digest(const std::vector<SourceFile>& files_read);

}  // namespace codeset
