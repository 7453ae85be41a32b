// The NCHS ICD-10-CM conversion table: for each code created since FY2016, the year it took
// effect and the code(s) it was assigned to before. CDC publishes it as an .xlsx (some years also
// as a .csv with the same three columns under a short preamble); the table is cumulative, so the
// FY2026 table holds every row since October 1, 2016.
#pragma once

#include "codeset/core/conversion_table.hpp"
#include "codeset/core/source.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace codeset::importers::icd10cm {

// The table's types live in the core (codeset/core/conversion_table.hpp): the store keeps them.
using codeset::ConversionRow;
using codeset::ConversionTable;
using codeset::PreviousCodes;

// Reads the table from `source`: an .xlsx workbook (its first sheet) or a plain .csv file.
// Preamble rows before the header ("Current code assignment", "Effective ...", "Previous
// Code(s) Assignment", found by its titles) and blank or footnote rows are skipped; a row that
// is malformed where a mapping is expected throws ParseError naming the file, member and cell.
ConversionTable read_conversion_table(Source& source);

// "H35.20-H35.23 and H33.2" -> its items; throws std::invalid_argument naming the item it
// cannot read. "None" is no item.
std::vector<PreviousCodes> parse_previous_codes(std::string_view text);

}  // namespace codeset::importers::icd10cm
