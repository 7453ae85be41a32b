// ICD-10-PCS order files (icd10pcs_order_2026.txt, also inside a folder such as
// "Zip File 5 2021 ICD-10-PCS Order File (Long and Abbreviated Titles)/") read from the release zip
// as downloaded, its extracted folder, or the order file alone.
#pragma once

#include "codeset/core/importer.hpp"

#include "common/code_check.hpp"
#include "common/order_importer.hpp"

#include <optional>
#include <string_view>

namespace codeset::importers {

const Importer& icd10pcs_order_importer();

// 3 characters (a table header row) or 7 (a code), each one of 0-9, A-H, J-N, P-Z (no I, no O).
std::optional<CodeProblem> check_icd10pcs_code(std::string_view code);
// icd10pcs_order_2026.txt: order; order_addenda_2026.txt: order addenda; codes_addenda_2016.txt:
// codes addenda. definitions_addenda / index_addenda are not code changes: none.
MemberRole classify_icd10pcs_member(std::string_view base_name);

}  // namespace codeset::importers
