#include "icd10pcs_xml/pcs_codes.hpp"

#include <algorithm>
#include <unordered_map>

namespace codeset::importers::icd10pcs_xml {

namespace {

constexpr std::size_t code_length = 7;

// Calls emit(code) for each code of one row: an odometer over its four axes.
template <class Emit>
void for_each_code(const PcsTable& table, const PcsRow& row, Emit&& emit) {
    std::string code = table.code() + "0000";
    std::array<std::size_t, 4> at{};
    for (const PcsAxis& axis : row.axes)
        if (axis.labels.empty()) return;
    while (true) {
        for (std::size_t i = 0; i < 4; ++i) code[3 + i] = row.axes[i].labels[at[i]].code;
        emit(code);
        std::size_t i = 4;
        while (i > 0 && ++at[i - 1] == row.axes[i - 1].labels.size()) at[--i] = 0;
        if (i == 0) return;
    }
}

PcsCharacter character_of(const PcsAxis& axis, const PcsLabel& label) {
    return PcsCharacter{axis.position, label.code, axis.title, label.text, axis.definition};
}

}  // namespace

std::vector<std::string> generated_codes(const PcsTable& table) {
    std::vector<std::string> codes;
    for (const PcsRow& row : table.rows) for_each_code(table, row, [&](const std::string& code) { codes.push_back(code); });
    return codes;
}

std::vector<std::string> generated_codes(const PcsTables& tables) {
    std::vector<std::string> codes;
    codes.reserve(80 * 1024);
    for (const PcsTable& table : tables.tables)
        for (const PcsRow& row : table.rows)
            for_each_code(table, row, [&](const std::string& code) { codes.push_back(code); });
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    return codes;
}

std::optional<PcsExplanation> explain(const PcsTables& tables, std::string_view code) {
    if (code.size() != code_length) return std::nullopt;
    for (const PcsTable& table : tables.tables) {
        if (table.axes[0].labels.empty() || table.code() != code.substr(0, 3)) continue;
        for (const PcsRow& row : table.rows) {
            PcsExplanation explanation;
            explanation.code = std::string(code);
            bool allowed = true;
            for (std::size_t i = 0; i < code_length && allowed; ++i) {
                const PcsAxis& axis = i < 3 ? table.axes[i] : row.axes[i - 3];
                const PcsLabel* label = axis.find(code[i]);
                if (label)
                    explanation.characters[i] = character_of(axis, *label);
                else
                    allowed = false;
            }
            if (allowed) return explanation;
        }
    }
    return std::nullopt;
}

std::vector<ImportWarning> self_check(const PcsTables& tables, std::span<const CodeRow> order_rows,
                                      const Location& order_file) {
    // Each row the tables make: the 3-character table codes (headers) and the 7-character codes,
    // with the line of the table or row that makes them.
    struct Made {
        bool billable = false;
        std::uint64_t line = 0;
    };
    std::vector<ImportWarning> warnings;
    auto at = [](Location where, std::uint64_t line) {
        where.line = line;
        return where.to_string();
    };
    std::unordered_map<std::string, Made> made;
    made.reserve(100 * 1024);
    std::vector<std::pair<std::string, Made>> in_document_order;
    for (const PcsTable& table : tables.tables) {
        if (made.emplace(table.code(), Made{false, table.line}).second)
            in_document_order.emplace_back(table.code(), Made{false, table.line});
        for (const PcsRow& row : table.rows)
            for_each_code(table, row, [&](const std::string& code) {
                if (made.emplace(code, Made{true, row.line}).second)
                    in_document_order.emplace_back(code, Made{true, row.line});
                else
                    warnings.push_back({at(tables.where, row.line),
                                        "code " + code + " is produced by more than one row of the tables XML"});
            });
    }

    std::unordered_map<std::string, bool> listed;
    listed.reserve(order_rows.size());
    for (const CodeRow& row : order_rows) {
        listed.emplace(row.code, row.billable);
        const auto found = made.find(row.code);
        if (found != made.end() && found->second.billable == row.billable) continue;
        std::string message = "code " + row.code;
        if (row.billable)
            message += " is billable in the order file but not produced by the tables XML";
        else
            message += " is a header in the order file but has no table in the tables XML";
        warnings.push_back({at(order_file, row.order), message});
    }
    for (const auto& [code, what] : in_document_order) {
        const auto found = listed.find(code);
        if (found != listed.end() && found->second == what.billable) continue;
        warnings.push_back({at(tables.where, what.line),
                            "code " + code +
                                (what.billable ? " is produced by the tables XML but not billable in the order file"
                                               : " has a table in the tables XML but is not a header in the order file")});
    }
    return warnings;
}

}  // namespace codeset::importers::icd10pcs_xml
