#include "hcpcs/hcpcs_anweb_importer.hpp"

#include "hcpcs/hcpcs_layout.hpp"
#include "hcpcs/hcpcs_version.hpp"

#include "common/fixed_width.hpp"
#include "common/members.hpp"
#include "common/order_importer.hpp"
#include "common/text.hpp"
#include "common/version_detection.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>

namespace codeset::importers {

namespace hcpcs {

namespace {

constexpr std::string_view importer_name = "hcpcs-anweb";
constexpr std::string_view system_name = "hcpcs";
constexpr std::string_view member_role = "anweb";
constexpr std::string_view example_name = "HCPC2018_CONTR_ANWEB.txt";

constexpr const LayoutField& code_row = layout_row(FieldRole::code);
constexpr const LayoutField& modifier_blank_row = layout_row(FieldRole::modifier_blank);
constexpr const LayoutField& modifier_row = layout_row(FieldRole::modifier);
constexpr const LayoutField& sequence_row = layout_row(FieldRole::sequence);
constexpr const LayoutField& record_id_row = layout_row(FieldRole::record_id);
constexpr const LayoutField& long_row = layout_row(FieldRole::long_description);
constexpr const LayoutField& short_row = layout_row(FieldRole::short_description);
constexpr const LayoutField& termination_row = *layout_attribute("termination_date");
constexpr const LayoutField& add_date_row = *layout_attribute("add_date");
constexpr const LayoutField& asc_group_row = *layout_attribute("asc_payment_group");
constexpr const LayoutField& asc_date_row = *layout_attribute("asc_effective_date");

// The layout is the contract, not one year's padding: CMS ends continuation lines after the long
// description in 2017, at 320 characters in 2018 and at 316 in other years, and trailing blanks come
// and go. A record holds its required fields: a continuation line the code, sequence number and record
// id (columns 1-11); a first line also the start of the short description (column 92), the last field
// CMS fills on every first line. Columns a record does not reach are read as blanks.
constexpr std::uint32_t continuation_min_length = record_id_row.last();
constexpr std::uint32_t first_line_min_length = short_row.first;

constexpr std::uint64_t progress_step = 1u << 20;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_letter_or_digit(char c) { return is_letter(c) || is_digit(c); }

std::string columns_text(const LayoutField& row) {
    return row.length == 1 ? "column " + std::to_string(row.first)
                           : "columns " + std::to_string(row.first) + "-" + std::to_string(row.last());
}

bool is_first_line_id(char id) { return id == '3' || id == '7'; }
bool is_record_id(char id) { return id == '3' || id == '4' || id == '7' || id == '8'; }

// Does a record (trailing blanks trimmed) hold the fields its record id requires, and nothing past
// the end of the layout?
bool fits_layout(std::string_view record, char id) {
    return record.size() <= record_length &&
           record.size() >= (is_first_line_id(id) ? first_line_min_length : continuation_min_length);
}

// A line that has the shape of a record, whatever its length: a digit in column 11 after 5 digits of
// sequence number. Disclaimer text never does; a damaged record still does, and is reported.
bool looks_like_record(std::string_view line) {
    if (line.size() < record_id_row.first) return false;
    for (std::uint32_t c = sequence_row.first; c <= sequence_row.last(); ++c)
        if (!is_digit(column(line, c))) return false;
    return is_digit(column(line, record_id_row.first));
}

Date next_day(Date date) {
    if (Date::valid(date.year, date.month, date.day + 1)) return Date{date.year, date.month, date.day + 1};
    if (date.month < 12) return Date{date.year, date.month + 1, 1};
    return Date{date.year + 1, 1, 1};
}

// Does the start of a lone file read as ANWEB records (after any disclaimer lines)?
bool head_fits(std::string_view head, bool complete) {
    std::size_t records = 0;
    while (!head.empty()) {
        const auto newline = head.find('\n');
        if (newline == std::string_view::npos && !complete) break;  // a cut line: not judged
        std::string_view line = head.substr(0, newline);
        head.remove_prefix(newline == std::string_view::npos ? head.size() : newline + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
        if (records == 0 && !looks_like_record(line)) continue;  // disclaimer
        if (records > 0 && trim_right(line).empty()) continue;
        const char id = column(line, record_id_row.first);
        if (!looks_like_record(line) || !is_record_id(id)) return false;
        if (records == 0 && !is_first_line_id(id)) return false;
        if (!fits_layout(trim_right(line), id)) return false;
        ++records;
    }
    return records > 0;
}

// CMS's 2018 file writes the ASC effective date of five codes (C9488, C9745-C9748) two columns early,
// over the ASC payment group: "D20170401  " instead of "DYY20170401" in columns 230-240 (the corrections
// CMS published later set their ASC group to YY). The date is read where it is; the group is left empty.
std::optional<Date> shifted_asc_date(std::string_view line) {
    if (Date::parse(columns(line, asc_date_row.first, asc_date_row.last())) ||
        !trim(columns(line, asc_date_row.last() - asc_group_row.length + 1, asc_date_row.last())).empty())
        return std::nullopt;
    return Date::parse(columns(line, asc_group_row.first, asc_group_row.first + asc_date_row.length - 1));
}

// One code being read: its first line and the continuation lines seen so far.
struct Entry {
    CodeRecord record;
    bool active = false;
    bool modifier = false;
    std::uint64_t line = 0;      // of the first line
    std::uint32_t sequence = 0;  // of the last line read
    std::optional<Date> termination;
    std::optional<Date> added;
    bool discontinued_here = false;  // action code D
};

class AnwebParser {
public:
    AnwebParser(ByteStream& stream, const Location& where, std::optional<Date> effective, std::uint64_t total,
                RecordSink& sink, const ReadOptions& options, std::vector<CodeRecord>* left_out)
        : m_reader(stream, where),
          m_where(where),
          m_effective(effective),
          m_total(total),
          m_sink(sink),
          m_options(options),
          m_left_out(left_out) {}

    AnwebStats run() {
        std::string_view line;
        std::uint64_t first_blank_line = 0;
        bool started = false;
        std::uint64_t next_progress = progress_step;
        while (m_reader.next(line)) {
            if (!started) {
                if (!looks_like_record(line)) {
                    ++m_stats.skipped_lines;
                    continue;
                }
                started = true;
            }
            if (trim_right(line).empty()) {
                if (!first_blank_line) first_blank_line = m_reader.line_number();
                continue;
            }
            if (first_blank_line) {
                Location blank = m_reader.at(1);
                blank.line = first_blank_line;
                throw ParseError(blank, "a record, found a blank line (blank lines are allowed only at the end)");
            }
            read_line(line);
            if (m_options.progress && m_reader.bytes_consumed() >= next_progress) {
                m_options.progress(m_reader.bytes_consumed(), std::max(m_total, m_reader.bytes_consumed()));
                next_progress = m_reader.bytes_consumed() + progress_step;
            }
        }
        finish_entry();
        m_stats.lines = m_reader.line_number();
        m_stats.bytes = m_reader.bytes_consumed();
        if (m_stats.records == 0)
            throw ParseError(m_where,
                             "at least one HCPCS record (record id 3 or 7 in column 11), found none (no records in "
                             "the alpha-numeric file)");
        report();
        if (m_options.progress) m_options.progress(m_stats.bytes, std::max(m_total, m_stats.bytes));
        return m_stats;
    }

private:
    [[noreturn]] void fail(std::uint32_t column_number, const std::string& expected) const {
        throw ParseError(m_reader.at(column_number), expected);
    }

    void read_line(std::string_view line) {
        const std::size_t size = line.size();
        line = trim_right(line);  // padding: the fields are read by their columns
        if (line.size() > record_length) {
            const std::size_t extra = line.find_first_not_of(" \t", record_length);
            fail(std::uint32_t(extra + 1), "blanks after column " + std::to_string(record_length) +
                                               " (the end of the record layout), found " +
                                               quote_text(line.substr(extra)));
        }
        if (line.size() < continuation_min_length)
            fail(std::uint32_t(line.size() + 1),
                 "a record holding its code, sequence number and record id (" + columns_text(code_row) + ", " +
                     columns_text(sequence_row) + ", " + columns_text(record_id_row) + "), found " +
                     std::to_string(size) + " characters");
        const char id = column(line, record_id_row.first);
        if (!is_record_id(id))
            fail(record_id_row.first, "record id 3, 4, 7 or 8 in column " + std::to_string(record_id_row.first) +
                                          ", found " + quote_char(id));
        const bool first = is_first_line_id(id);
        const bool modifier = id == '7' || id == '8';
        if (!fits_layout(line, id))
            fail(std::uint32_t(line.size() + 1),
                 "a short description in " + columns_text(short_row) + " (record id " + std::string(1, id) +
                     " is a first line, which carries it and the detail fields), found the record ending at "
                     "column " + std::to_string(line.size()));

        const std::uint32_t sequence = read_sequence(line);
        read_code(line, modifier);

        if (first) {
            start_entry(line, modifier, sequence);
        } else {
            continue_entry(line, id, modifier, sequence);
        }
    }

    std::uint32_t read_sequence(std::string_view line) const {
        std::uint32_t sequence = 0;
        for (std::uint32_t c = sequence_row.first; c <= sequence_row.last(); ++c) {
            const char digit = column(line, c);
            if (!is_digit(digit))
                fail(c, "a " + std::to_string(sequence_row.length) + "-digit sequence number in " +
                            columns_text(sequence_row) + ", found " +
                            quote_text(columns(line, sequence_row.first, sequence_row.last())));
            sequence = sequence * 10 + std::uint32_t(digit - '0');
        }
        return sequence;
    }

    // The code of the line into m_code (upper case).
    void read_code(std::string_view line, bool modifier) {
        if (!modifier) {
            const std::string_view raw = columns(line, code_row.first, code_row.last());
            for (std::uint32_t i = 0; i < code_row.length; ++i) {
                const char c = raw[i];
                if (i == 0 ? !is_letter(c) : !is_letter_or_digit(c))
                    fail(code_row.first + i, "a HCPCS procedure code in " + columns_text(code_row) +
                                                 " (a letter, then 4 letters or digits), found " + quote_text(raw));
            }
            m_code.assign(raw);
        } else {
            const std::string_view blank = columns(line, modifier_blank_row.first, modifier_blank_row.last());
            for (std::uint32_t i = 0; i < modifier_blank_row.length; ++i)
                if (blank[i] != ' ')
                    fail(modifier_blank_row.first + i, "blanks in " + columns_text(modifier_blank_row) +
                                                           " before a modifier (record id 7 or 8), found " +
                                                           quote_text(columns(line, code_row.first, code_row.last())));
            const std::string_view raw = columns(line, modifier_row.first, modifier_row.last());
            for (std::uint32_t i = 0; i < modifier_row.length; ++i)
                if (!is_letter_or_digit(raw[i]))
                    fail(modifier_row.first + i, "a HCPCS modifier in " + columns_text(modifier_row) +
                                                     " (2 letters or digits), found " + quote_text(raw));
            m_code.assign(raw);
        }
        to_upper_in_place(m_code);
    }

    std::uint32_t code_column(bool modifier) const { return modifier ? modifier_row.first : code_row.first; }

    void start_entry(std::string_view line, bool modifier, std::uint32_t sequence) {
        finish_entry();
        const std::uint64_t line_number = m_reader.line_number();
        if (const auto [it, inserted] = m_seen.try_emplace(m_code, line_number); !inserted)
            fail(code_column(modifier),
                 "each code once, found " + m_code + " again (first on line " + std::to_string(it->second) + ")");

        Entry& entry = m_entry;
        entry.active = true;
        entry.modifier = modifier;
        entry.line = line_number;
        entry.sequence = sequence;
        entry.termination.reset();
        entry.added.reset();
        entry.discontinued_here = false;
        CodeRecord& record = entry.record;
        record.code = m_code;
        record.billable = true;
        record.order = 0;
        record.long_title.assign(trim(columns(line, long_row.first, long_row.last())));
        if (record.long_title.empty())
            fail(long_row.first, "a long description in " + columns_text(long_row) + ", found blanks");
        record.short_title.assign(trim(columns(line, short_row.first, short_row.last())));
        record.attributes.clear();

        const std::optional<Date> asc_shifted = shifted_asc_date(line);
        if (asc_shifted)
            m_sink.add_warning(ImportWarning{m_reader.at(asc_group_row.first).to_string(),
                                             "expected the ASC payment group in " + columns_text(asc_group_row) +
                                                 " and its effective date in " + columns_text(asc_date_row) +
                                                 ", found the date " +
                                                 quote_text(columns(line, asc_group_row.first, asc_date_row.last())) +
                                                 " two columns early: read as asc_effective_date " +
                                                 asc_shifted->to_string() + ", with no ASC payment group"});

        for (const LayoutField& row : anweb_layout) {
            if (asc_shifted && (&row == &asc_group_row || &row == &asc_date_row)) {
                if (&row == &asc_date_row)
                    record.attributes.push_back(Attribute{std::string(row.attribute), asc_shifted->to_string()});
                continue;
            }
            const std::string_view raw = columns(line, row.first, row.last());
            if (row.role == FieldRole::filler) {
                if (!trim(raw).empty()) note_filler(row, raw);
                continue;
            }
            if (row.role != FieldRole::attribute && row.role != FieldRole::date) continue;
            const std::string_view value = trim(raw);
            if (value.empty()) continue;
            if (row.role == FieldRole::date) {
                const auto date = value.size() == 8 ? Date::parse(value) : std::nullopt;
                if (!date)
                    fail(row.first, "a date YYYYMMDD in " + columns_text(row) + " (" + std::string(row.attribute) +
                                        "), found " + quote_text(raw));
                if (&row == &termination_row) entry.termination = date;
                if (&row == &add_date_row) entry.added = date;
                record.attributes.push_back(Attribute{std::string(row.attribute), date->to_string()});
            } else {
                record.attributes.push_back(Attribute{std::string(row.attribute), std::string(value)});
                if (row.attribute == "action_code" && value == "D") entry.discontinued_here = true;
            }
        }
        record.attributes.push_back(Attribute{std::string(entry_kind_attribute), modifier ? "modifier" : "procedure"});
        sort_attributes(record.attributes);
        if (!is_ascii(line)) m_non_ascii = true;
        ++m_stats.records;
        ++(modifier ? m_stats.modifiers : m_stats.procedures);
    }

    void continue_entry(std::string_view line, char id, bool modifier, std::uint32_t sequence) {
        const std::string kind = modifier ? "modifier" : "procedure";
        if (!m_entry.active || m_entry.modifier != modifier) {
            std::string found = "none";
            if (m_entry.active)
                found = "it after " + std::string(m_entry.modifier ? "modifier " : "procedure ") + m_entry.record.code +
                        " (line " + std::to_string(m_entry.line) + ")";
            fail(record_id_row.first, "a " + kind + " first line (record id " + (modifier ? "7" : "3") +
                                          ") before this continuation line (record id " + std::string(1, id) +
                                          "), found " + found);
        }
        if (m_code != m_entry.record.code)
            fail(code_column(modifier), "code " + m_entry.record.code + " in " +
                                            columns_text(modifier ? modifier_row : code_row) +
                                            " (a continuation line carries the code of its first line, line " +
                                            std::to_string(m_entry.line) + "), found " + m_code);
        if (sequence <= m_entry.sequence) {
            char previous[8];
            std::snprintf(previous, sizeof previous, "%05u", m_entry.sequence);
            fail(sequence_row.first, "a sequence number above " + std::string(previous) + " (the line before, of " +
                                         m_entry.record.code + "), found " +
                                         std::string(columns(line, sequence_row.first, sequence_row.last())));
        }
        m_entry.sequence = sequence;
        for (std::size_t i = long_row.last(); i < line.size(); ++i)
            if (line[i] != ' ')
                fail(std::uint32_t(i + 1), "blanks after column " + std::to_string(long_row.last()) +
                                               " on a continuation line (record id " + std::string(1, id) +
                                               " carries no detail fields), found " + quote_char(line[i]));
        const std::string_view part = trim(columns(line, long_row.first, long_row.last()));
        if (!part.empty()) {
            std::string& title = m_entry.record.long_title;
            if (!title.empty()) title += ' ';
            title.append(part);
        }
        if (!is_ascii(line)) m_non_ascii = true;
        ++m_stats.continuations;
    }

    void note_filler(const LayoutField& row, std::string_view raw) {
        if (m_warned_filler) return;
        m_warned_filler = true;
        m_sink.add_warning(ImportWarning{m_reader.at(row.first).to_string(),
                                         "expected blanks in the filler " + columns_text(row) + ", found " +
                                             quote_text(raw) +
                                             ": ignored (first such line; later ones are not reported)"});
    }

    void finish_entry() {
        if (!m_entry.active) return;
        m_entry.active = false;
        CodeRecord& record = m_entry.record;
        if (m_non_ascii) {
            m_non_ascii = false;
            if (make_titles_utf8(record.short_title, record.long_title) && !m_warned_encoding) {
                m_warned_encoding = true;
                Location at = m_reader.at();
                at.line = m_entry.line;
                m_sink.add_warning(ImportWarning{at.to_string(),
                                                 "expected UTF-8 or ASCII descriptions, found other bytes: read as "
                                                 "Windows-1252 (first such code; later ones are converted without "
                                                 "a warning)"});
            }
        }
        if (m_effective && m_entry.termination && *m_entry.termination < *m_effective) {
            ++m_stats.left_out;
            ++(m_entry.modifier ? m_left_out_modifiers : m_left_out_procedures);
            if (m_entry.discontinued_here) {
                ++m_left_out_discontinued;
                // CMS's own change list: a code discontinued by this release (action D) is kept
                // with it, so `codeset verify` can check the diff against the action codes.
                AddendumEntry entry;
                entry.action = AddendumAction::remove;
                entry.billable = true;
                entry.code = record.code;
                entry.short_title = record.short_title;
                entry.long_title = record.long_title;
                entry.member = m_where.member;
                entry.line = m_entry.line;
                entry.attributes = record.attributes;  // its cross-reference names the replacement
                m_sink.add_addendum(entry);
            }
            if (m_left_out) m_left_out->push_back(record);
            return;
        }
        if (m_effective && m_entry.added && *m_entry.added > *m_effective)
            m_later.push_back(record.code + " (" + m_entry.added->to_string() + ")");
        record.order = std::uint32_t(++m_pushed);
        m_sink.add_code(record);
    }

    void report() {
        if (!m_effective) return;
        const std::string effective = m_effective->to_string();
        if (m_stats.left_out > 0) {
            m_sink.add_warning(ImportWarning{
                m_where.to_string(),
                "left out " + std::to_string(m_stats.left_out) + " codes terminated before " + effective + " (" +
                    std::to_string(m_left_out_procedures) + " procedures, " + std::to_string(m_left_out_modifiers) +
                    " modifiers; " + std::to_string(m_left_out_discontinued) +
                    " with action code D): CMS keeps discontinued codes in the file for four years, but they are "
                    "not valid on the release's effective date"});
        }
        if (!m_later.empty()) {
            constexpr std::size_t shown = 10;
            std::string codes;
            for (std::size_t i = 0; i < m_later.size() && i < shown; ++i) codes += (i ? ", " : "") + m_later[i];
            if (m_later.size() > shown) codes += ", ... (" + std::to_string(m_later.size() - shown) + " more)";
            m_sink.add_warning(ImportWarning{m_where.to_string(), std::to_string(m_later.size()) +
                                                                      " codes have an add date after " + effective +
                                                                      " and are kept as listed: " + codes});
        }
    }

    LineReader m_reader;
    Location m_where;
    std::optional<Date> m_effective;  // empty: nothing is left out
    std::uint64_t m_total;
    RecordSink& m_sink;
    const ReadOptions& m_options;
    std::vector<CodeRecord>* m_left_out;

    AnwebStats m_stats;
    Entry m_entry;
    std::string m_code;
    std::unordered_map<std::string, std::uint64_t> m_seen;
    std::uint64_t m_pushed = 0;
    std::uint64_t m_left_out_procedures = 0;
    std::uint64_t m_left_out_modifiers = 0;
    std::uint64_t m_left_out_discontinued = 0;
    std::vector<std::string> m_later;
    bool m_non_ascii = false;
    bool m_warned_encoding = false;
    bool m_warned_filler = false;
};

class AnwebImporter : public Importer {
public:
    std::string_view name() const override { return importer_name; }
    std::string_view system() const override { return system_name; }

    Identification identify(const Source& source) const override {
        for (const MemberInfo& member : source.members())
            if (is_hcpcs_anweb_name(member.base_name())) return Identification::yes;
        if (!source.is_plain_file()) return Identification::no;
        std::string extension;
        compact_name(source.members().front().base_name(), &extension);
        if (extension == "zip" || extension == "xml" || extension == "xlsx" || extension == "xls" || extension == "pdf")
            return Identification::no;
        constexpr std::size_t head_size = 8 * 1024;
        const std::string head = source.peek(head_size);
        return head_fits(head, head.size() < head_size) ? Identification::maybe : Identification::no;
    }

    ReleaseInfo describe(const Source& source) const override {
        const MemberInfo member = anweb_member(source);
        const std::vector<std::string> names = version_names(source, member);
        const auto detected = detect_hcpcs_version(names);
        if (!detected) {
            std::string tried;
            for (const std::string& name : names) tried += (tried.empty() ? "'" : ", '") + name + "'";
            throw Error(ErrorCode::parse,
                        source.path() + ": cannot tell which HCPCS release this is: no year in " + tried +
                            "; give it with --version, e.g. --version 2018-01 (the annual file; 2018-04, 2018-07 or "
                            "2018-10 for a quarterly update)");
        }
        ReleaseInfo info;
        info.system = std::string(system_name);
        info.version = detected->label.to_string();
        info.effective = detected->label.effective();
        info.kind = detected->label.kind();
        info.importer = std::string(importer_name);
        return info;
    }

    void read(Source& source, RecordSink& sink, const ReadOptions& options) const override {
        read_anweb_release(source, sink, options, nullptr);
    }
};

}  // namespace

AnwebStats parse_anweb_file(ByteStream& stream, const Location& where, std::optional<Date> effective,
                            std::uint64_t total, RecordSink& sink, const ReadOptions& options,
                            std::vector<CodeRecord>* left_out) {
    return AnwebParser(stream, where, effective, total, sink, options, left_out).run();
}

std::optional<ImpliedEffective> implied_effective_date(ByteStream& stream) {
    constexpr const LayoutField& action_row = *layout_attribute("action_code");
    LineReader reader(stream);
    std::map<Date, std::uint64_t> discontinued;  // termination date -> codes with action D
    std::optional<Date> latest;
    std::string_view line;
    while (reader.next(line)) {
        if (!looks_like_record(line) || !is_first_line_id(column(line, record_id_row.first))) continue;
        const auto date = Date::parse(columns(line, termination_row.first, termination_row.last()));
        if (!date) continue;
        if (!latest || *date > *latest) latest = date;
        if (column(line, action_row.first) == 'D') ++discontinued[*date];
    }
    if (!latest) return std::nullopt;
    if (discontinued.empty()) return ImpliedEffective{next_day(*latest), *latest, false};
    const auto most = std::max_element(discontinued.begin(), discontinued.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    return ImpliedEffective{next_day(most->first), most->first, true};
}

MemberInfo anweb_member(const Source& source) {
    return require_one_member(
        source, [](const MemberInfo& member) { return is_hcpcs_anweb_name(member.base_name()); },
        WantedMember{"an HCPCS alpha-numeric file such as " + std::string(example_name) +
                         " (HCPC*ANWEB*.txt; corrections and transaction reports (.prn) are change lists, not the file)",
                     "", "one HCPCS alpha-numeric file",
                     "(give the zip or folder of a single release, or the file itself)"});
}

void read_anweb_release(Source& source, RecordSink& sink, const ReadOptions& options,
                        std::vector<CodeRecord>* left_out) {
    const MemberInfo member = anweb_member(source);
    const Location where = source.locate(member);
    std::optional<Date> effective = options.effective;
    if (effective) {
        // Decided by the caller (detected or given by the user).
    } else if (const auto detected = detect_hcpcs_version(version_names(source, member))) {
        effective = detected->label.effective();
    } else {
        // The names say nothing (the user gives --version): the file implies it.
        std::optional<ImpliedEffective> implied;
        {
            auto stream = source.open_member(member, std::string(member_role));
            implied = implied_effective_date(*stream);
        }
        if (implied) {
            effective = implied->effective;
            sink.add_warning(ImportWarning{
                where.to_string(),
                "the file names do not tell the release's effective date: taken as " + implied->effective.to_string() +
                    ", the day after " + implied->terminated.to_string() +
                    (implied->from_discontinued ? ", the termination date of most codes with action code D"
                                                : ", the latest termination date in the file")});
        }
    }
    {
        auto stream = source.open_member(member, std::string(member_role));
        parse_anweb_file(*stream, where, effective, member.size, sink, options, left_out);
    }
    for (const SourceFile& file : source.read_files()) sink.add_source_file(file);
}

}  // namespace hcpcs

bool is_hcpcs_anweb_name(std::string_view base_name) {
    const std::string name = to_lower(base_name);
    return name.find("hcpc") != std::string::npos && name.find("anweb") != std::string::npos && name.ends_with(".txt");
}

const Importer& hcpcs_anweb_importer() {
    static const hcpcs::AnwebImporter importer;
    return importer;
}

}  // namespace codeset::importers
