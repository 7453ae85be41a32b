#include "common/code_check.hpp"

#include "common/fixed_width.hpp"
#include "common/text.hpp"

namespace codeset::importers {

std::optional<FieldProblem> read_code_field(std::string_view raw_field, std::uint32_t first_column, CodeCheck check,
                                            std::string& code) {
    // Built only for an error: this runs once per line of a 100,000-line file.
    const auto columns_text = [&] {
        const std::uint32_t last_column = first_column + std::uint32_t(raw_field.size()) - 1;
        return "columns " + std::to_string(first_column) + "-" + std::to_string(last_column);
    };
    const std::string_view trimmed = trim_right(raw_field);
    if (trimmed.empty()) return FieldProblem{first_column, "a code in " + columns_text() + ", found blanks"};
    for (std::size_t i = 0; i < trimmed.size(); ++i) {
        if (is_blank(trimmed[i]))
            return FieldProblem{
                first_column + std::uint32_t(i),
                "a left-justified code without blanks in " + columns_text() + ", found " + quote_text(raw_field)};
    }
    code.assign(trimmed.data(), trimmed.size());
    to_upper_in_place(code);
    if (const auto problem = check(code))
        return FieldProblem{first_column + std::uint32_t(problem->offset),
                            std::string(problem->expected) + ", found " + quote_text(trimmed)};
    return std::nullopt;
}

}  // namespace codeset::importers
