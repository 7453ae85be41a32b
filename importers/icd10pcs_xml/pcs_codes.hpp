// What the PCS tables say about codes: the codes they generate, what each character of a code
// means, and the check against the same release's order file.
#pragma once

#include "icd10pcs_xml/pcs_tables.hpp"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace codeset::importers::icd10pcs_xml {

// The 7-character codes of one table, row by row, each row's product in label order.
std::vector<std::string> generated_codes(const PcsTable& table);
// Every code of every table, sorted as the order file is (byte order), duplicates kept once.
std::vector<std::string> generated_codes(const PcsTables& tables);

struct PcsCharacter {
    int position = 0;        // 1-7
    char code = 0;
    std::string axis_title;  // "Section", "Body System", "Operation", "Body Part", "Approach", ...
    std::string label;       // "Medical and Surgical", "Bypass", "Cerebral Ventricle", ...
    std::string definition;  // the axis' <definition> (the operation's); often empty
};

struct PcsExplanation {
    std::string code;
    std::array<PcsCharacter, 7> characters;
};

// Each character of a valid 7-character code, read from its table and the row that allows it.
// Nothing when the code has another length or no table row allows it.
std::optional<PcsExplanation> explain(const PcsTables& tables, std::string_view code);

// Compares the tables with the rows of the same release's order file (as read by
// icd10pcs_order_importer()). One warning per difference, empty when they agree:
//   "code X is billable in the order file but not produced by the tables XML", and the reverse;
//   "code X is a header in the order file but has no table in the tables XML", and the reverse;
//   "code X is produced by more than one row of the tables XML".
std::vector<ImportWarning> self_check(const PcsTables& tables, std::span<const CodeRow> order_rows,
                                      const Location& order_file);

}  // namespace codeset::importers::icd10pcs_xml
