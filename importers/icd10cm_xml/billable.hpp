// The order-file rows a tabular list stands for, and the check of one against the other.
//
// A <diag> without child <diag>s is billable, unless 7th characters apply to it: then it is a
// header and its billable codes are its code padded with the placeholder X to 6 characters,
// followed by each 7th character (S52.521 + A -> S52521A, T36.0X1 + A -> T360X1A,
// T07 + A -> T07XXXA). A <diag> with children is a header.
// On the FY2016 and FY2017 files this gives exactly the order files' billable and header codes.
#pragma once

#include "icd10cm_xml/tabular.hpp"

#include "codeset/core/code_record.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace codeset::importers::icd10cm_xml {

// "S52521" + 'A' -> "S52521A"; "T07" + 'A' -> "T07XXXA".
std::string with_seventh_character(std::string_view code, char seventh);

// Is this <diag> a header row of the order file (children, or 7th characters to add)?
bool is_header(const TabularCode& code);
// The billable codes one <diag> produces (none for a header with children).
std::vector<std::string> billable_codes_of(const TabularCode& code);
// Every billable code of the release, in document order (which is the order files' order).
std::vector<std::string> billable_codes(const TabularRelease& release);

// One order-file row a <diag> stands for: its header row or one of its billable codes, with the
// line of the <diag>. What the check needs of a tabular list, a few bytes per row rather than
// the whole TabularCode (its notes, titles and 7th characters).
struct TabularRow {
    std::string code;
    bool billable = false;
    std::uint64_t line = 0;
};
// Appends the rows of one <diag> in document order: its header row first, then its billable codes.
void append_rows(const TabularCode& code, std::vector<TabularRow>& rows);

// Compares the tabular list with the rows of the same release's order file (as read by
// icd10cm_order_importer()): the check the tabular companion runs when it is imported with its
// release (companions/tabular_importer.cpp). One warning per difference, empty when they agree:
//   "code X is billable in the order file but not produced by the tabular XML"
//   "code X is produced by the tabular XML but not billable in the order file"
//   "code X is a header in the order file but not in the tabular XML", and the reverse.
// Warnings about order-file codes point at the order file (`order_file`, line = order number);
// the others at the <diag> in the XML.
std::vector<ImportWarning> self_check(const TabularRelease& release, std::span<const CodeRow> order_rows,
                                      const Location& order_file);
// The same check from the rows of the tabular list read at `xml` (append_rows, in document order).
std::vector<ImportWarning> self_check(std::span<const TabularRow> rows, const Location& xml,
                                      std::span<const CodeRow> order_rows, const Location& order_file);

}  // namespace codeset::importers::icd10cm_xml
