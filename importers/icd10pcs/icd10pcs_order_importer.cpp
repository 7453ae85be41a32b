#include "icd10pcs/icd10pcs_order_importer.hpp"

namespace codeset::importers {

namespace {

bool is_pcs_character(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O'); }

// A lone file whose first row holds a digit-first code is a PCS order file (it starts with 001);
// CM codes always start with a letter.
bool first_code_fits(std::string_view code) { return !code.empty() && code.front() >= '0' && code.front() <= '9'; }

// The 3-character rows are the tables (headers); every 7-character code is billable.
std::string_view row_oddity(const CodeRecord& record) {
    if (record.code.size() == 3 && record.billable)
        return "expected flag 0 on a 3-character PCS table row, found 1 (kept as billable)";
    if (record.code.size() == 7 && !record.billable)
        return "expected flag 1 on a 7-character PCS code, found 0 (kept as a header)";
    return {};
}

constexpr OrderFormat icd10pcs_format{
    "icd10pcs-order",     "icd10pcs",
    "ICD-10-PCS",         "icd10pcs_order_YYYY.txt",
    &check_icd10pcs_code, &classify_icd10pcs_member,
    &first_code_fits,     AddendaLayout::order_without_flag,
    &row_oddity,
};

}  // namespace

std::optional<CodeProblem> check_icd10pcs_code(std::string_view code) {
    if (code.size() != 3 && code.size() != 7)
        return CodeProblem{0, "an ICD-10-PCS code of 7 characters (or 3 for a table row)"};
    for (std::size_t i = 0; i < code.size(); ++i)
        if (!is_pcs_character(code[i]))
            return CodeProblem{i, "an ICD-10-PCS code of the characters 0-9 and A-Z except I and O"};
    return std::nullopt;
}

MemberRole classify_icd10pcs_member(std::string_view base_name) {
    std::string extension;
    const std::string name = compact_name(base_name, &extension);
    if (extension != "txt" || name.starts_with("icd10cm")) return MemberRole::none;
    const bool order = name.find("order") != std::string::npos;
    if (name.find("addenda") != std::string::npos) {
        if (order) return MemberRole::order_addenda;
        if (name.starts_with("codes") || name.starts_with("icd10pcscodes")) return MemberRole::codes_addenda;
        return MemberRole::none;  // definitions_addenda, index_addenda: not code changes
    }
    return order && name.starts_with("icd10pcs") ? MemberRole::order : MemberRole::none;
}

const Importer& icd10pcs_order_importer() {
    static const OrderFileImporter importer(icd10pcs_format);
    return importer;
}

}  // namespace codeset::importers
