// A calendar date (no time zone): effective dates, file dates, "as of" queries.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace codeset {

struct Date {
    int year = 0;
    int month = 0;  // 1-12
    int day = 0;    // 1-31

    // Accepts YYYY-MM-DD and YYYYMMDD; rejects impossible dates (2023-02-30).
    static std::optional<Date> parse(std::string_view text);
    static bool valid(int year, int month, int day);
    // True for text shaped like a date (YYYY-MM-DD or YYYYMMDD), valid or not: where a version
    // or a date is accepted, such text that does not parse is a malformed date, not a version.
    static bool looks_like(std::string_view text);
    static Date today();

    std::string to_string() const;  // YYYY-MM-DD
    auto operator<=>(const Date&) const = default;
};

}  // namespace codeset
