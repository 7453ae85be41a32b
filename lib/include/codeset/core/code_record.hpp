// What importers produce and the store keeps: one row of a code set release.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace codeset {

// A system-specific field (HCPCS pricing indicator, PCS axis label, ...).
struct Attribute {
    std::string name;
    std::string value;
    bool operator==(const Attribute&) const = default;
};

struct CodeRecord {
    std::string code;         // stored form: upper case, no dot ("A0472", "0016070")
    bool billable = false;    // false: a header row (category, subcategory, PCS table)
    std::string short_title;  // abbreviated description
    std::string long_title;   // full description
    std::vector<Attribute> attributes;  // sorted by name, names unique

    // Position in the release's order file (1-based). Not part of the content:
    // order numbers shift every year and must not make a code look changed.
    std::uint32_t order = 0;

    // Content equality: everything but the order number.
    bool same_content(const CodeRecord& other) const;
    // The value of a named attribute, or nullptr when the record has none.
    const std::string* attribute(std::string_view name) const;
};

// A release's row as the checks of its companions compare it: the code, whether it is billable
// and its place in the order file. A few bytes where a CodeRecord holds its titles and attributes.
struct CodeRow {
    std::string code;
    bool billable = false;
    std::uint32_t order = 0;
};
std::vector<CodeRow> code_rows(std::span<const CodeRecord> records);

// Attributes are kept sorted by name: the order the store hashes and the diff compares.
bool attribute_name_less(const Attribute& a, const Attribute& b) noexcept;
void sort_attributes(std::vector<Attribute>& attributes);

// One line of CMS's own change list ("addenda") shipped with a release.
enum class AddendumAction { add, remove, revise_from, revise_to };
std::string_view to_string(AddendumAction action) noexcept;

struct AddendumEntry {
    AddendumAction action = AddendumAction::add;
    std::optional<bool> billable;  // CM order addenda carry the flag; PCS addenda do not
    std::string code;              // stored form
    std::string short_title;
    std::string long_title;
    std::string member;            // addenda file it came from
    std::uint64_t line = 0;
    // Fields CMS gives with the line, sorted by name (HCPCS: the cross-reference naming the code
    // that replaces a discontinued one).
    std::vector<Attribute> attributes;
};

// A data-quality oddity kept with the release instead of aborting the import.
struct ImportWarning {
    std::string where;    // Location::to_string() of the offending input
    std::string message;
};

}  // namespace codeset
