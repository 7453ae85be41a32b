#include "cpt/cpt_mapping.hpp"

#include "codeset/core/error.hpp"

#include "common/fixed_width.hpp"
#include "common/text.hpp"

#include <ini.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <exception>
#include <fstream>
#include <map>
#include <sstream>

namespace codeset::importers {

namespace {

constexpr std::array<CptDescriptor, 5> all_descriptors = {CptDescriptor::long_form, CptDescriptor::medium_form,
                                                          CptDescriptor::short_form, CptDescriptor::consumer,
                                                          CptDescriptor::clinician};

// The default mapping as one table: what docs/cpt.md documents, row for row.
struct DefaultRow {
    CptDescriptor descriptor;
    std::string_view file;
    CptDelimiter delimiter;
    std::uint32_t code_column;
    std::uint32_t text_column;
    std::uint32_t concept_id_column;
    std::uint32_t header_rows;
    bool required;
};
constexpr std::array<DefaultRow, 5> default_rows = {{
    // descriptor, file, delimiter, code column, text column, concept id column (0: none), header rows, required
    {CptDescriptor::long_form, "LONGULT.txt", CptDelimiter::automatic, 1, 2, 0, 0, true},
    {CptDescriptor::medium_form, "MEDU.txt", CptDelimiter::automatic, 1, 2, 0, 0, false},
    {CptDescriptor::short_form, "SHORTU.txt", CptDelimiter::automatic, 1, 2, 0, 0, false},
    {CptDescriptor::consumer, "ConsumerDescriptor.txt", CptDelimiter::tab, 2, cpt_last_column, 1, 1, false},
    {CptDescriptor::clinician, "ClinicianDescriptor.txt", CptDelimiter::tab, 2, cpt_last_column, 1, 1, false},
}};

std::string known_sections() {
    std::string text;
    for (CptDescriptor descriptor : all_descriptors)
        text += (text.empty() ? "[" : ", [") + std::string(to_string(descriptor)) + "]";
    return text;
}

constexpr std::string_view known_keys =
    "file, delimiter, code_column, text_column, concept_id_column, header_rows, columns, required";

// Reads a mapping with libinih (Debian's build: no line numbers in the handler, no call for a
// section without keys, indented lines continue a value, lines of at most INI_MAX_LINE bytes).
// The lines reach inih through read_line, which counts them, trims them (so an indented key is a
// key, never a continuation) and checks each [section] header as it passes: every message names
// the line it is about.
class MappingParser {
public:
    explicit MappingParser(const std::string& name) : m_name(name) { m_mapping.origin = name; }

    CptMapping run(std::string_view text) {
        if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
        m_text = text;
        const int first_error = ini_parse_stream(&MappingParser::read_line, this, &MappingParser::on_entry, this);
        // inih's own error (a line that is neither a key, a section nor a comment) unless ours came first.
        if (first_error > 0 && (!m_failure || std::uint64_t(first_error) < m_failure_line))
            fail_at(std::uint64_t(first_error),
                    "'key = value', a [section] or a # comment, found " + quote_text(m_lines.at(first_error - 1)));
        if (m_failure) std::rethrow_exception(m_failure);
        finish_section();
        const auto long_spec = std::find_if(m_mapping.files.begin(), m_mapping.files.end(), [](const CptFileSpec& s) {
            return s.descriptor == CptDescriptor::long_form;
        });
        if (long_spec == m_mapping.files.end())
            throw ParseError(Location{m_name, "", 0, 0},
                             "a [long] section (the long descriptors define the codes of the release), found none");
        std::rotate(m_mapping.files.begin(), long_spec, long_spec + 1);
        return std::move(m_mapping);
    }

private:
    // inih's reader (fgets-like): the next line, trimmed, into `buffer` of `size` bytes.
    static char* read_line(char* buffer, int size, void* self) {
        auto& parser = *static_cast<MappingParser*>(self);
        if (parser.m_failure || parser.m_pos >= parser.m_text.size()) return nullptr;
        const std::size_t newline = parser.m_text.find('\n', parser.m_pos);
        const std::size_t end = newline == std::string_view::npos ? parser.m_text.size() : newline;
        std::string_view raw = parser.m_text.substr(parser.m_pos, end - parser.m_pos);
        if (raw.ends_with('\r')) raw.remove_suffix(1);
        const std::string_view line = trim(raw);
        parser.m_pos = end + 1;
        ++parser.m_line;
        parser.m_lines.push_back(line);
        const bool ok = parser.guard([&] {
            if (line.size() + 2 > std::size_t(size))
                parser.fail("a line of at most " + std::to_string(size - 2) + " characters, found " +
                            std::to_string(line.size()));
            if (line.starts_with('[')) {
                if (!line.ends_with(']')) parser.fail("a section header such as [long], found " + quote_text(line));
                parser.start_section(trim(line.substr(1, line.size() - 2)));
            }
        });
        if (!ok) return nullptr;
        std::copy(line.begin(), line.end(), buffer);
        buffer[line.size()] = '\n';
        buffer[line.size() + 1] = '\0';
        return buffer;
    }

    // inih's handler: one key of the current section, its value trimmed.
    static int on_entry(void* self, const char* section, const char* name, const char* value) {
        (void)section;  // the reader tracks sections: it sees those without keys too
        auto& parser = *static_cast<MappingParser*>(self);
        return parser.guard([&] { parser.parse_entry(name, value); }) ? 1 : 0;
    }

    // Runs `step`, keeping its exception for later: none may cross inih's C frames.
    template <typename Step>
    bool guard(const Step& step) {
        try {
            step();
            return true;
        } catch (...) {
            m_failure = std::current_exception();
            m_failure_line = m_line;
            return false;
        }
    }

    [[noreturn]] void fail(const std::string& expected) const { fail_at(m_line, expected); }
    [[noreturn]] void fail_at(std::uint64_t line, const std::string& expected) const {
        throw ParseError(Location{m_name, "", line, 0}, expected);
    }

    void parse_entry(std::string_view name, std::string_view value) {
        if (!m_current) fail("a section such as [long] before " + quote_text(m_lines.back()));
        const std::string key = to_lower(name);
        if (const auto seen = m_keys.find(key); seen != m_keys.end())
            fail("each key once in [" + std::string(to_string(m_current->descriptor)) + "], found '" + key +
                 "' again (first on line " + std::to_string(seen->second) + ")");
        m_keys.emplace(key, m_line);
        set(key, value);
    }

    void start_section(std::string_view name) {
        finish_section();
        const auto descriptor = parse_cpt_descriptor(to_lower(name));
        if (!descriptor) fail("one of the sections " + known_sections() + ", found " + quote_text(name));
        if (const auto seen = m_sections.find(*descriptor); seen != m_sections.end())
            fail("each section once, found [" + std::string(to_string(*descriptor)) + "] again (first on line " +
                 std::to_string(seen->second) + ")");
        m_sections.emplace(*descriptor, m_line);
        m_current = CptFileSpec{};
        m_current->descriptor = *descriptor;
        m_section_line = m_line;
        m_keys.clear();
    }

    void set(const std::string& key, std::string_view value) {
        CptFileSpec& spec = *m_current;
        if (key == "file") {
            if (value.empty() || value.find_first_of("/\\") != std::string_view::npos)
                fail("a file name without folders for 'file' (e.g. LONGULT.txt), found " + quote_text(value));
            spec.file.assign(value);
        } else if (key == "delimiter") {
            const std::string lower = to_lower(value);
            if (lower == "tab")
                spec.delimiter = CptDelimiter::tab;
            else if (lower == "blank")
                spec.delimiter = CptDelimiter::blank;
            else if (lower == "auto")
                spec.delimiter = CptDelimiter::automatic;
            else
                fail("'tab', 'blank' or 'auto' for 'delimiter', found " + quote_text(value));
        } else if (key == "code_column") {
            spec.code_column = number(key, value, 1, 999);
        } else if (key == "text_column") {
            spec.text_column = to_lower(value) == "last" ? cpt_last_column : number(key, value, 1, 999);
        } else if (key == "concept_id_column") {
            spec.concept_id_column = number(key, value, 0, 999);
        } else if (key == "header_rows") {
            spec.header_rows = number(key, value, 0, 1000);
        } else if (key == "columns") {
            spec.columns = number(key, value, 0, 999);
        } else if (key == "required") {
            const std::string lower = to_lower(value);
            if (lower == "yes" || lower == "true")
                spec.required = true;
            else if (lower == "no" || lower == "false")
                spec.required = false;
            else
                fail("'yes' or 'no' for 'required', found " + quote_text(value));
        } else {
            fail("one of the keys " + std::string(known_keys) + ", found '" + key + "'");
        }
    }

    std::uint32_t number(const std::string& key, std::string_view value, std::uint32_t low, std::uint32_t high) const {
        std::uint32_t result = 0;
        const char* end = value.data() + value.size();
        const auto [ptr, error] = std::from_chars(value.data(), end, result);
        if (value.empty() || error != std::errc() || ptr != end || result < low || result > high)
            fail("a whole number from " + std::to_string(low) + " to " + std::to_string(high) + " for '" + key + "'" +
                 (key == "text_column" ? std::string(" (or 'last')") : std::string()) + ", found " + quote_text(value));
        return result;
    }

    // Checks the section just read as a whole; errors point at its [section] line.
    void finish_section() {
        if (!m_current) return;
        const CptFileSpec& spec = *m_current;
        const std::string section = "[" + std::string(to_string(spec.descriptor)) + "]";
        if (spec.file.empty()) fail_at(m_section_line, "a 'file = NAME' line in " + section);
        if (spec.descriptor == CptDescriptor::long_form && !spec.required)
            fail_at(m_section_line,
                    "no 'required = no' in [long]: the long descriptors define the codes of the release");
        if (spec.code_column == spec.text_column)
            fail_at(m_section_line, "different code and text columns in " + section + ", found both " +
                                        std::to_string(spec.code_column));
        if (spec.concept_id_column != 0 &&
            (spec.concept_id_column == spec.code_column || spec.concept_id_column == spec.text_column))
            fail_at(m_section_line, "a concept_id_column apart from the code and text columns in " + section +
                                        ", found " + std::to_string(spec.concept_id_column));
        if (spec.delimiter != CptDelimiter::tab) {
            // "code descriptor" lines have two columns: the code, then the rest of the line.
            const bool two_columns = spec.code_column == 1 &&
                                     (spec.text_column == 2 || spec.text_column == cpt_last_column) &&
                                     spec.concept_id_column == 0 && (spec.columns == 0 || spec.columns == 2);
            if (!two_columns)
                fail_at(m_section_line,
                        "code_column = 1, text_column = 2 and no concept_id_column in " + section +
                            " with delimiter '" + std::string(to_string(spec.delimiter)) +
                            "' (a code, blanks, then the descriptor); use delimiter = tab for other columns");
        }
        if (spec.columns != 0) {
            const std::uint32_t highest =
                std::max({spec.code_column, spec.concept_id_column,
                          spec.text_column == cpt_last_column ? std::uint32_t(0) : spec.text_column});
            if (spec.columns < highest)
                fail_at(m_section_line, "columns = " + std::to_string(spec.columns) +
                                            " to hold every mapped column in " + section + " (column " +
                                            std::to_string(highest) + " is mapped)");
        }
        m_mapping.files.push_back(spec);
        m_current.reset();
    }

    std::string m_name;
    std::string_view m_text;             // the mapping, without its BOM
    std::size_t m_pos = 0;               // where the next line starts
    std::vector<std::string_view> m_lines;  // the lines read, trimmed: m_lines[n - 1] is line n
    std::exception_ptr m_failure;        // the first error of the reader or the handler
    std::uint64_t m_failure_line = 0;
    CptMapping m_mapping;
    std::optional<CptFileSpec> m_current;
    std::map<CptDescriptor, std::uint64_t> m_sections;  // section -> line
    std::map<std::string, std::uint64_t> m_keys;        // keys of the current section -> line
    std::uint64_t m_line = 0;
    std::uint64_t m_section_line = 0;
};

bool matches(std::string_view pattern, std::string_view name) noexcept {
    // Iterative wildcard match with backtracking to the last '*'.
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    std::size_t p = 0;
    std::size_t n = 0;
    std::size_t star = std::string_view::npos;
    std::size_t star_n = 0;
    while (n < name.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || lower(pattern[p]) == lower(name[n]))) {
            ++p;
            ++n;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            star_n = n;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            n = ++star_n;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

}  // namespace

std::string_view to_string(CptDescriptor descriptor) noexcept {
    switch (descriptor) {
        case CptDescriptor::long_form:
            return "long";
        case CptDescriptor::medium_form:
            return "medium";
        case CptDescriptor::short_form:
            return "short";
        case CptDescriptor::consumer:
            return "consumer";
        case CptDescriptor::clinician:
            return "clinician";
    }
    return "long";
}

std::optional<CptDescriptor> parse_cpt_descriptor(std::string_view section) noexcept {
    for (CptDescriptor descriptor : all_descriptors)
        if (to_string(descriptor) == section) return descriptor;
    return std::nullopt;
}

std::string_view to_string(CptDelimiter delimiter) noexcept {
    switch (delimiter) {
        case CptDelimiter::tab:
            return "tab";
        case CptDelimiter::blank:
            return "blank";
        case CptDelimiter::automatic:
            return "auto";
    }
    return "tab";
}

const CptFileSpec* CptMapping::find(CptDescriptor descriptor) const {
    for (const CptFileSpec& spec : files)
        if (spec.descriptor == descriptor) return &spec;
    return nullptr;
}

const CptFileSpec& CptMapping::long_file() const {
    if (files.empty() || files.front().descriptor != CptDescriptor::long_form)
        throw Error(ErrorCode::usage, origin + ": a CPT mapping needs a [long] file first");
    return files.front();
}

const CptMapping& default_cpt_mapping() {
    static const CptMapping mapping = [] {
        CptMapping result;
        result.origin = "the default mapping";
        for (const DefaultRow& row : default_rows) {
            CptFileSpec spec;
            spec.descriptor = row.descriptor;
            spec.file = std::string(row.file);
            spec.delimiter = row.delimiter;
            spec.code_column = row.code_column;
            spec.text_column = row.text_column;
            spec.concept_id_column = row.concept_id_column;
            spec.header_rows = row.header_rows;
            spec.required = row.required;
            result.files.push_back(std::move(spec));
        }
        return result;
    }();
    return mapping;
}

CptMapping parse_cpt_mapping_text(std::string_view text, const std::string& name) {
    return MappingParser(name).run(text);
}

CptMapping parse_cpt_mapping(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        throw Error(ErrorCode::io, path.string() + ": no such mapping file");
    constexpr std::uintmax_t limit = 1u << 20;  // a mapping is a few hundred bytes
    if (std::filesystem::file_size(path, error) > limit || error)
        throw Error(ErrorCode::io, path.string() + ": not a CPT mapping file (larger than 1 MiB or unreadable)");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorCode::io, path.string() + ": cannot open for reading");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw Error(ErrorCode::io, path.string() + ": read error");
    return parse_cpt_mapping_text(text.str(), path.string());
}

bool cpt_file_matches(std::string_view pattern, std::string_view base_name) noexcept {
    return matches(pattern, base_name);
}

}  // namespace codeset::importers
