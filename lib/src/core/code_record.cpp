#include "codeset/core/code_record.hpp"

namespace codeset {

bool CodeRecord::same_content(const CodeRecord& other) const {
    return code == other.code && billable == other.billable && short_title == other.short_title &&
           long_title == other.long_title && attributes == other.attributes;
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

}  // namespace codeset
