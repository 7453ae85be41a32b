#include "icd10cm/icd10cm_order_importer.hpp"

namespace codeset::importers {

namespace {

bool is_upper_letter(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A lone file whose first row holds a letter-first code is a CM order file (PCS starts with 001).
bool first_code_fits(std::string_view code) { return !code.empty() && is_upper_letter(code.front()); }

constexpr OrderFormat icd10cm_format{
    "icd10cm-order",
    "icd10cm",
    "ICD-10-CM",
    "icd10cm-order-YYYY.txt",
    &check_icd10cm_code,
    &classify_icd10cm_member,
    &first_code_fits,
    AddendaLayout::order_with_flag,
    nullptr,
};

}  // namespace

std::optional<CodeProblem> check_icd10cm_code(std::string_view code) {
    constexpr std::string_view expected = "an ICD-10-CM code (a letter, then 2 to 6 letters or digits)";
    if (code.size() < 3 || code.size() > 7) return CodeProblem{0, expected};
    if (!is_upper_letter(code[0])) return CodeProblem{0, expected};
    for (std::size_t i = 1; i < code.size(); ++i)
        if (!is_upper_letter(code[i]) && !is_digit(code[i])) return CodeProblem{i, expected};
    return std::nullopt;
}

MemberRole classify_icd10cm_member(std::string_view base_name) {
    std::string extension;
    const std::string name = compact_name(base_name, &extension);
    if (extension != "txt" || !name.starts_with("icd10cm")) return MemberRole::none;
    const bool order = name.find("order") != std::string::npos;
    if (name.find("addenda") != std::string::npos) {
        if (order) return MemberRole::order_addenda;
        if (name.find("code") != std::string::npos) return MemberRole::codes_addenda;
        return MemberRole::other_addenda;
    }
    return order ? MemberRole::order : MemberRole::none;
}

const Importer& icd10cm_order_importer() {
    static const OrderFileImporter importer(icd10cm_format);
    return importer;
}

}  // namespace codeset::importers
