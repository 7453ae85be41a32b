#include "icd10cm/conversion_table.hpp"

#include "codeset/core/error.hpp"
#include "common/line_reader.hpp"
#include "common/text.hpp"
#include "xlsx/workbook_reader.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <optional>
#include <regex>
#include <stdexcept>

namespace codeset::importers::icd10cm {
namespace {

// Blanks, tabs, line breaks and the no-break space (U+00A0) CDC's cells sometimes end with.
std::string_view trim(std::string_view text) {
    constexpr std::string_view no_break_space = "\xC2\xA0";
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && blank(text.back())) text.remove_suffix(1);
    if (text.starts_with(no_break_space)) return trim(text.substr(2));
    if (text.ends_with(no_break_space)) return trim(text.substr(0, text.size() - 2));
    return text;
}

// "A04.71" / "a0471" -> "A0471"; nullopt unless it is shaped like an ICD-10-CM code or category:
// a letter, then two to six letters or digits (FY2026 brought QA0.-), a dot only after the third.
std::optional<std::string> stored_code(std::string_view text) {
    std::string code;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.' && i == 3 && text.find('.', i + 1) == std::string_view::npos) continue;
        const bool alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (!alnum) return std::nullopt;
        code += c;
    }
    to_upper_in_place(code);
    if (code.size() < 3 || code.size() > 7 || code[0] < 'A' || code[0] > 'Z') return std::nullopt;
    return code;
}

std::string lower_trimmed(std::string_view text) { return to_lower(trim(text)); }

// A "code-code" item; for categories both ends are categories (three characters).
PreviousCodes range_of(std::string_view item, PreviousCodes::Kind kind) {
    const auto dash = item.find('-');
    const auto first = stored_code(trim(item.substr(0, dash)));
    const auto last = stored_code(trim(item.substr(dash + 1)));
    if (!first || !last || *last < *first ||
        (kind == PreviousCodes::Kind::categories && (first->size() != 3 || last->size() != 3)))
        throw std::invalid_argument(quote_text(item));
    return {kind, *first, *last};
}

// "T15", "R11-", "R11.-" (a whole category) or "T36-T50" (categories): for the words that name them.
PreviousCodes categories_of(std::string_view text, std::string_view item) {
    if (text.ends_with(".-"))
        text.remove_suffix(2);
    else if (text.ends_with("-"))
        text.remove_suffix(1);
    if (text.find('-') != std::string_view::npos) return range_of(text, PreviousCodes::Kind::categories);
    const auto category = stored_code(text);
    if (!category || category->size() != 3) throw std::invalid_argument(quote_text(item));
    return {PreviousCodes::Kind::categories, *category, *category};
}

PreviousCodes parse_item(std::string_view item) {
    const std::string lower = to_lower(item);
    // "Codes in Categories T15-T19", "Code from categories T36-T50", "a code from R11-"
    if (lower.starts_with("code") || lower.starts_with("a code")) {
        const auto space = item.rfind(' ');
        if (space == std::string_view::npos) throw std::invalid_argument(quote_text(item));
        return categories_of(trim(item.substr(space + 1)), item);
    }
    if (item.ends_with(".-")) return categories_of(item, item);  // "I63.-"
    if (item.find('-') != std::string_view::npos) return range_of(item, PreviousCodes::Kind::range);
    const auto code = stored_code(item);
    if (!code) throw std::invalid_argument(quote_text(item));
    return {PreviousCodes::Kind::code, *code, *code};
}

// Excel stores a date as days since 1899-12-30 (its 1900 leap-year bug included).
Date from_excel_serial(std::int64_t serial) {
    using namespace std::chrono;
    const year_month_day day{sys_days{year{1899} / December / 30} + days{serial}};
    return Date{int(day.year()), int(unsigned(day.month())), int(unsigned(day.day()))};
}

// "2016" (October 1 of that year: "Unless otherwise specified the code effective date is October 1
// of the year listed", says the preamble), an Excel date serial ("45017", 2023-04-01), or for the CSV
// form "4/1/2023" or "2023-04-01".
std::optional<Date> effective_date(std::string_view text) {
    int number = 0;
    if (const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
        error == std::errc() && end == text.data() + text.size()) {
        if (number >= 2015 && number <= 2100) return Date{number, 10, 1};
        if (number >= 42000 && number <= 73000) return from_excel_serial(number);  // 2014 to 2099
        return std::nullopt;
    }
    static const std::regex us_date(R"((\d{1,2})/(\d{1,2})/(\d{4}))");
    std::match_results<std::string_view::const_iterator> match;
    if (std::regex_match(text.begin(), text.end(), match, us_date)) {
        const int month = std::stoi(match[1]), day = std::stoi(match[2]), year = std::stoi(match[3]);
        if (Date::valid(year, month, day) && year >= 2015) return Date{year, month, day};
        return std::nullopt;
    }
    if (auto date = Date::parse(text); date && date->year >= 2015) return date;
    return std::nullopt;
}

int fiscal_year_of(const Date& date) { return date.month >= 10 ? date.year + 1 : date.year; }

// "FY 2026" or "FY2026" in a title or preamble.
std::optional<int> fiscal_year_in(std::string_view text) {
    static const std::regex pattern(R"(\bFY ?(20\d\d)\b)");
    std::match_results<std::string_view::const_iterator> match;
    if (!std::regex_search(text.begin(), text.end(), match, pattern)) return std::nullopt;
    return std::stoi(match[1]);
}

std::string column_name(std::size_t column) { return std::string(1, char('A' + column)); }

// Turns the rows of either form into the table: finds the header, reads the mappings.
class TableBuilder {
public:
    // `where` names the file and member; `cell_of(row, column)` names a cell for errors.
    TableBuilder(Location where, bool sheet) : m_where(std::move(where)), m_sheet(sheet) {}

    void add(std::uint64_t row, const std::vector<std::string>& cells) {
        auto cell = [&](std::size_t column) { return column < cells.size() ? trim(cells[column]) : ""; };
        if (!m_header_seen) {
            if (lower_trimmed(cell(0)).starts_with("current code") && lower_trimmed(cell(1)).starts_with("effective") &&
                lower_trimmed(cell(2)).starts_with("previous code")) {
                m_header_seen = true;
                return;
            }
            for (std::size_t column = 0; column < cells.size() && !m_title_year; ++column)
                m_title_year = fiscal_year_in(cells[column]);
            return;
        }
        const std::string_view code = cell(0), effective = cell(1), previous = cell(2);
        if (code.empty() && effective.empty() && previous.empty()) return;  // blank
        const auto stored = stored_code(code);
        // A footnote or note: text in the first column that is no code, nothing beside it.
        if (!stored && effective.empty() && previous.empty()) return;
        if (!stored) fail(row, 0, "a current code such as A04.71", code);
        const auto date = effective_date(effective);
        if (!date) fail(row, 1, "an effective year such as 2016 or a date", effective);
        ConversionRow mapping{row, *stored, *date, fiscal_year_of(*date), {}, std::string(previous)};
        if (previous.empty()) fail(row, 2, "previous codes such as A04.7, H35.20-H35.23 or None", previous);
        try {
            mapping.previous = parse_previous_codes(previous);
        } catch (const std::invalid_argument& item) {
            fail(
                row, 2,
                std::string("previous codes such as A04.7, H35.20-H35.23 or None (could not read ") + item.what() + ")",
                previous);
        }
        m_newest = std::max(m_newest, mapping.fiscal_year);
        m_table.rows.push_back(std::move(mapping));
    }

    ConversionTable finish() {
        if (!m_header_seen)
            throw ParseError(m_where,
                             "a header row 'Current code assignment', 'Effective October 1', "
                             "'Previous Code(s) Assignment', found none");
        if (m_table.rows.empty()) throw ParseError(m_where, "conversion rows under the header, found none");
        if (m_title_year && *m_title_year < m_newest)
            throw ParseError(m_where, "rows effective no later than the title's FY " + std::to_string(*m_title_year) +
                                          ", found a row effective in FY " + std::to_string(m_newest));
        m_table.fiscal_year = m_title_year.value_or(m_newest);
        return std::move(m_table);
    }

private:
    [[noreturn]] void fail(std::uint64_t row, std::size_t column, const std::string& expected,
                           std::string_view found) const {
        Location at = m_where;
        std::string cell;
        if (m_sheet) {
            cell = "in cell " + column_name(column) + std::to_string(row) + " ";
        } else {
            at.line = row;
            cell = "in column " + std::to_string(column + 1) + " ";
        }
        throw ParseError(at, cell + expected + ", found " + (found.empty() ? "an empty cell" : quote_text(found)));
    }

    Location m_where;
    bool m_sheet;
    bool m_header_seen = false;
    std::optional<int> m_title_year;
    int m_newest = 0;
    ConversionTable m_table;
};

// One CSV record from `reader`: comma-separated, fields in double quotes may hold commas, doubled
// quotes and line breaks. False at the end. `line` is the record's first line.
bool next_record(LineReader& reader, std::vector<std::string>& fields, std::uint64_t& line) {
    std::string_view text;
    if (!reader.next(text)) return false;
    line = reader.line_number();
    fields.assign(1, "");
    bool quoted = false;
    for (;;) {
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (quoted) {
                if (c != '"')
                    fields.back() += c;
                else if (i + 1 < text.size() && text[i + 1] == '"')
                    fields.back() += '"', ++i;
                else
                    quoted = false;
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.emplace_back();
            } else {
                fields.back() += c;
            }
        }
        if (!quoted) return true;
        if (!reader.next(text)) throw ParseError(reader.at(), "a closing double quote, found the end of the file");
        fields.back() += '\n';
    }
}

}  // namespace

std::vector<PreviousCodes> parse_previous_codes(std::string_view text) {
    text = trim(text);
    if (to_lower(text) == "none") return {};
    // Items are separated by ",", ";", "&" or the word "and" (any case), as CDC writes them.
    static const std::regex separator(R"(\s*[,;&]\s*|\s+[Aa][Nn][Dd]\s+)");
    std::vector<PreviousCodes> items;
    const std::string whole(text);
    for (std::sregex_token_iterator it(whole.begin(), whole.end(), separator, -1), end; it != end; ++it) {
        const std::string_view item = trim(std::string_view(it->first, it->second));
        if (item.empty()) throw std::invalid_argument(quote_text(text));
        items.push_back(parse_item(item));
    }
    if (items.empty()) throw std::invalid_argument(quote_text(text));
    return items;
}

ConversionTable read_conversion_table(Source& source) {
    const bool workbook = std::any_of(source.members().begin(), source.members().end(),
                                      [](const MemberInfo& member) { return member.name == "xl/workbook.xml"; });
    if (workbook) {
        xlsx::WorkbookReader reader(source);
        Location where{source.path(), "sheet '" + reader.sheet_name() + "' (" + reader.sheet_member() + ")", 0, 0};
        TableBuilder builder(where, true);
        reader.read_rows([&](std::uint64_t row, const std::vector<std::string>& cells) { builder.add(row, cells); });
        return builder.finish();
    }
    if (!source.is_plain_file() || source.members().size() != 1)
        throw ParseError(Location{source.path(), "", 0, 0},
                         "a conversion table: an .xlsx workbook or a .csv file, found neither");
    const MemberInfo& member = source.members().front();
    auto stream = source.open_member(member, "conversion table");
    LineReader lines(*stream, source.locate(member));
    TableBuilder builder(source.locate(member), false);
    std::vector<std::string> fields;
    std::uint64_t line = 0;
    while (next_record(lines, fields, line)) {
        for (std::string& field : fields) make_utf8(field);
        builder.add(line, fields);
    }
    return builder.finish();
}

}  // namespace codeset::importers::icd10cm
