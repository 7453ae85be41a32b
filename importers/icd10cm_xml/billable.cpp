#include "icd10cm_xml/billable.hpp"

#include <string_view>
#include <unordered_map>

namespace codeset::importers::icd10cm_xml {

namespace {

constexpr std::size_t placeholder_width = 6;  // the 7th character is always the 7th

struct XmlRow {
    bool billable = false;
    std::uint64_t line = 0;
};

}  // namespace

std::string with_seventh_character(std::string_view code, char seventh) {
    std::string result(code);
    if (result.size() < placeholder_width) result.append(placeholder_width - result.size(), 'X');
    result += seventh;
    return result;
}

bool is_header(const TabularCode& code) { return code.has_children || !code.seventh_characters.empty(); }

std::vector<std::string> billable_codes_of(const TabularCode& code) {
    if (code.has_children) return {};
    if (code.seventh_characters.empty()) return {code.code};
    std::vector<std::string> codes;
    codes.reserve(code.seventh_characters.size());
    for (const auto& [seventh, title] : code.seventh_characters) codes.push_back(with_seventh_character(code.code, seventh));
    return codes;
}

std::vector<std::string> billable_codes(const TabularRelease& release) {
    std::vector<std::string> codes;
    codes.reserve(release.codes.size() * 2);
    for (const TabularCode& code : release.codes)
        for (std::string& billable : billable_codes_of(code)) codes.push_back(std::move(billable));
    return codes;
}

void append_rows(const TabularCode& code, std::vector<TabularRow>& rows) {
    if (is_header(code)) rows.push_back(TabularRow{code.code, false, code.line});
    for (std::string& billable : billable_codes_of(code))
        rows.push_back(TabularRow{std::move(billable), true, code.line});
}

std::vector<ImportWarning> self_check(const TabularRelease& release, std::span<const CodeRow> order_rows,
                                      const Location& order_file) {
    std::vector<TabularRow> rows;
    rows.reserve(release.codes.size() * 2);
    for (const TabularCode& code : release.codes) append_rows(code, rows);
    return self_check(rows, release.where, order_rows, order_file);
}

std::vector<ImportWarning> self_check(std::span<const TabularRow> rows, const Location& xml,
                                      std::span<const CodeRow> order_rows, const Location& order_file) {
    // Every row the XML produces, billable or header, with the line of its <diag>.
    std::unordered_map<std::string_view, XmlRow> xml_rows;
    xml_rows.reserve(rows.size());
    for (const TabularRow& row : rows) xml_rows[row.code] = XmlRow{row.billable, row.line};
    auto at_xml = [&](std::uint64_t line) {
        Location at = xml;
        at.line = line;
        return at.to_string();
    };
    auto at_order = [&](const CodeRow& row) {
        Location at = order_file;
        at.line = row.order;
        return at.to_string();
    };

    std::vector<ImportWarning> warnings;
    std::unordered_map<std::string_view, bool> order_billable;
    order_billable.reserve(order_rows.size());
    for (const CodeRow& row : order_rows) {
        order_billable.emplace(row.code, row.billable);
        const auto found = xml_rows.find(row.code);
        const std::string kind = row.billable ? "billable" : "a header";
        if (found == xml_rows.end())
            warnings.push_back({at_order(row), "code " + row.code + " is " + kind +
                                                   " in the order file but not produced by the tabular XML"});
        else if (found->second.billable != row.billable)
            warnings.push_back({at_order(row), "code " + row.code + " is " + kind + " in the order file but " +
                                                   (found->second.billable ? "billable" : "a header") +
                                                   " in the tabular XML"});
    }
    // Codes in document order, so the warnings read like the XML.
    auto report_missing = [&](const std::string& code, bool billable, std::uint64_t line) {
        if (order_billable.contains(code)) return;
        warnings.push_back({at_xml(line), "code " + code + (billable ? " is produced by the tabular XML but not billable"
                                                                     : " is a header in the tabular XML but not") +
                                              " in the order file"});
    };
    for (const TabularRow& row : rows) report_missing(row.code, row.billable, row.line);
    return warnings;
}

}  // namespace codeset::importers::icd10cm_xml
