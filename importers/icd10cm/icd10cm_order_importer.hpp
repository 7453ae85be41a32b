// ICD-10-CM order files (icd10cm_order_2017.txt, icd10cm-order-2026.txt, icd10cm-order-Jan-2021.txt)
// read from the release zip as downloaded, its extracted folder, or the order file alone.
#pragma once

#include "codeset/core/importer.hpp"

#include "common/code_check.hpp"
#include "common/order_importer.hpp"

#include <optional>
#include <string_view>

namespace codeset::importers {

const Importer& icd10cm_order_importer();

// A letter, then 2 to 6 letters or digits ("A00", "A0472", "S6290XA", "QA00101").
std::optional<CodeProblem> check_icd10cm_code(std::string_view code);
// icd10cm_order_2017.txt / icd10cm-order-2026.txt: order; icd10cm_order_addenda_2026.txt: order addenda;
// icd10cm_codes_addenda_2026.txt: codes addenda; icd10cm_addenda_2016.txt: other addenda.
MemberRole classify_icd10cm_member(std::string_view base_name);

}  // namespace codeset::importers
