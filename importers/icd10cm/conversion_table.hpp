// The NCHS ICD-10-CM conversion table: for each code created since FY2016, the year it took
// effect and the code(s) it was assigned to before. CDC publishes it as an .xlsx (some years also
// as a .csv with the same three columns under a short preamble); the table is cumulative, so the
// FY2026 table holds every row since October 1, 2016.
#pragma once

#include "codeset/core/date.hpp"
#include "codeset/core/source.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace codeset::importers::icd10cm {

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

struct ConversionRow {
    std::uint64_t row = 0;                // sheet row, or CSV line
    std::string code;                     // the current code, stored form
    Date effective;                       // October 1 of the year given; the date itself for an April or January update
    int fiscal_year = 0;                  // the fiscal year `effective` falls in (October 1, 2016 -> FY2017)
    std::vector<PreviousCodes> previous;  // empty when the cell says "None"
    std::string previous_text;            // the cell as written, blank-trimmed
};

struct ConversionTable {
    int fiscal_year = 0;  // from its title ("FY 2026"), else its newest effective date
    std::vector<ConversionRow> rows;
};

// Reads the table from `source`: an .xlsx workbook (its first sheet) or a plain .csv file.
// Preamble rows before the header ("Current code assignment", "Effective ...", "Previous
// Code(s) Assignment", found by its titles) and blank or footnote rows are skipped; a row that
// is malformed where a mapping is expected throws ParseError naming the file, member and cell.
ConversionTable read_conversion_table(Source& source);

// "H35.20-H35.23 and H33.2" -> its items; throws std::invalid_argument naming the item it
// cannot read. "None" is no item.
std::vector<PreviousCodes> parse_previous_codes(std::string_view text);

}  // namespace codeset::importers::icd10cm
