#include "codeset/core/code_record.hpp"

#include <algorithm>

namespace codeset {

bool CodeRecord::same_content(const CodeRecord& other) const {
    return code == other.code && billable == other.billable && short_title == other.short_title &&
           long_title == other.long_title && attributes == other.attributes;
}

const std::string* CodeRecord::attribute(std::string_view name) const {
    for (const Attribute& a : attributes)
        if (a.name == name) return &a.value;
    return nullptr;
}

bool attribute_name_less(const Attribute& a, const Attribute& b) noexcept { return a.name < b.name; }

void sort_attributes(std::vector<Attribute>& attributes) {
    std::stable_sort(attributes.begin(), attributes.end(), attribute_name_less);
}

std::string_view to_string(AddendumAction action) noexcept {
    switch (action) {
    case AddendumAction::add: return "add";
    case AddendumAction::remove: return "delete";
    case AddendumAction::revise_from: return "revise_from";
    case AddendumAction::revise_to: return "revise_to";
    }
    return "add";
}

std::vector<CodeRow> code_rows(std::span<const CodeRecord> records) {
    std::vector<CodeRow> rows;
    rows.reserve(records.size());
    for (const CodeRecord& record : records) rows.push_back(CodeRow{record.code, record.billable, record.order});
    return rows;
}

}  // namespace codeset
