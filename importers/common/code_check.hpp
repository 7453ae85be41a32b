// Checks that a code read from a file has the shape of its code system.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace codeset::importers {

struct CodeProblem {
    std::size_t offset = 0;     // 0-based position in the code of the first offending character
    std::string_view expected;  // "an ICD-10-CM code (a letter, then 2 to 6 letters or digits)"
};

// Returns the problem with an upper-case code, or nothing when it is well formed.
using CodeCheck = std::optional<CodeProblem> (*)(std::string_view code);

struct FieldProblem {
    std::uint32_t column = 0;  // 1-based column in the line
    std::string expected;      // "<what was expected>, found <what was there>"
};

// Reads a blank-padded, left-justified code field that starts at `first_column` of its line into
// `code` (upper case). Returns what is wrong with it, if anything: blanks only, a blank before or
// inside the code, or a code the check refuses.
std::optional<FieldProblem> read_code_field(std::string_view raw_field, std::uint32_t first_column, CodeCheck check,
                                            std::string& code);

}  // namespace codeset::importers
