#include "common/addenda.hpp"

#include "common/fixed_width.hpp"
#include "common/line_reader.hpp"
#include "common/text.hpp"

#include <array>
#include <optional>
#include <string>

namespace codeset::importers {

namespace {

constexpr std::size_t prefix_width = 13;

struct Prefix {
    std::string_view text;
    AddendumAction action;
};
constexpr std::array<Prefix, 4> prefixes = {{
    {"Add:         ", AddendumAction::add},
    {"Delete:      ", AddendumAction::remove},
    {"Revise from: ", AddendumAction::revise_from},
    {"Revise to:   ", AddendumAction::revise_to},
}};

bool is_change_line(std::string_view line) {
    return line.starts_with("Add") || line.starts_with("Delete") || line.starts_with("Revise");
}

// Where the fields of a layout sit (1-based columns).
struct Columns {
    std::uint32_t flag = 0;  // 0: no flag
    std::uint32_t code_first = 0;
    std::uint32_t short_first = 0;  // 0: no short title
    std::uint32_t long_first = 0;
};

Columns columns_of(AddendaLayout layout) {
    switch (layout) {
        case AddendaLayout::order_with_flag:
            return {14, 16, 24, 85};
        case AddendaLayout::order_without_flag:
            return {0, 14, 22, 83};
        case AddendaLayout::codes:
            return {0, 14, 0, 22};
    }
    return {};
}

class AddendaParser {
public:
    AddendaParser(ByteStream& stream, AddendaLayout layout, CodeCheck check, const Location& where,
                  std::string_view member, RecordSink& sink)
        : m_reader(stream, where), m_layout(layout), m_columns(columns_of(layout)), m_check(check), m_sink(sink) {
        m_entry.member = std::string(member);
    }

    AddendaCounts run() {
        std::string_view line;
        while (m_reader.next(line)) {
            if (!is_change_line(line)) {
                ++m_counts.skipped;
                continue;
            }
            if (parse(line)) {
                pair_revisions();
                m_sink.add_addendum(m_entry);
                ++m_counts.entries;
            }
        }
        if (m_pending_from) warn_unpaired();
        return m_counts;
    }

private:
    void warn(std::uint32_t column, const std::string& message) { warn_at(m_reader.at(column), message); }
    void warn_at(const Location& where, const std::string& message) {
        m_sink.add_warning(ImportWarning{where.to_string(), message});
        ++m_counts.warnings;
    }
    void warn_blank(std::string_view line, std::uint32_t at, std::string_view after) {
        warn(at, "expected a blank in column " + std::to_string(at) + " after the " + std::string(after) + ", found " +
                     quote_char(column(line, at)) + "; change line ignored");
    }

    bool parse(std::string_view line) {
        const Prefix* prefix = nullptr;
        for (const Prefix& candidate : prefixes)
            if (line.substr(0, prefix_width) == candidate.text) prefix = &candidate;
        if (!prefix) {
            warn(1,
                 "expected a change line starting with 'Add:', 'Delete:', 'Revise from:' or 'Revise to:' padded "
                 "to 13 characters, found " +
                     quote_text(line.substr(0, prefix_width + 8)) + "; line ignored");
            return false;
        }
        m_entry.action = prefix->action;
        m_entry.line = m_reader.line_number();

        if (line.size() < m_columns.long_first) {
            warn(std::uint32_t(line.size() + 1), "expected a long title from column " +
                                                     std::to_string(m_columns.long_first) + ", found a line of " +
                                                     std::to_string(line.size()) + " characters; change line ignored");
            return false;
        }
        m_entry.billable.reset();
        if (m_columns.flag) {
            const char flag = column(line, m_columns.flag);
            if (flag != '0' && flag != '1') {
                warn(m_columns.flag, "expected flag 0 or 1 in column " + std::to_string(m_columns.flag) + ", found " +
                                         quote_char(flag) + "; change line ignored");
                return false;
            }
            if (!is_blank(column(line, m_columns.flag + 1))) {
                warn_blank(line, m_columns.flag + 1, "flag");
                return false;
            }
            m_entry.billable = flag == '1';
        } else if (m_layout == AddendaLayout::codes) {
            m_entry.billable = true;  // the codes files list billable codes only
        }

        if (const auto problem = read_code_field(columns(line, m_columns.code_first, m_columns.code_first + 6),
                                                 m_columns.code_first, m_check, m_entry.code)) {
            warn(problem->column, "expected " + problem->expected + "; change line ignored");
            return false;
        }
        const std::uint32_t after_code = m_columns.code_first + 7;
        if (!is_blank(column(line, after_code))) {
            warn_blank(line, after_code, "code");
            return false;
        }

        m_entry.short_title.clear();
        if (m_columns.short_first) {
            const std::string_view short_title = field(line, m_columns.short_first, m_columns.short_first + 59);
            if (short_title.empty()) {
                warn(m_columns.short_first,
                     "expected a short title in columns " + std::to_string(m_columns.short_first) + "-" +
                         std::to_string(m_columns.short_first + 59) + ", found blanks; change line ignored");
                return false;
            }
            if (!is_blank(column(line, m_columns.short_first + 60))) {
                warn_blank(line, m_columns.short_first + 60, "60-character short title");
                return false;
            }
            m_entry.short_title.assign(short_title);
        }
        const std::string_view long_title = field(line, m_columns.long_first);
        if (long_title.empty()) {
            warn(m_columns.long_first, "expected a long title from column " + std::to_string(m_columns.long_first) +
                                           ", found blanks; change line ignored");
            return false;
        }
        m_entry.long_title.assign(long_title);
        if (make_titles_utf8(m_entry.short_title, m_entry.long_title) && !m_warned_encoding) {
            m_warned_encoding = true;
            warn(0, "expected UTF-8 or ASCII titles, found other bytes: read as Windows-1252");
        }
        return true;
    }

    // "Revise from:" and "Revise to:" come in pairs for the same code.
    void pair_revisions() {
        if (m_entry.action == AddendumAction::revise_to) {
            if (m_pending_from && m_pending_from->code == m_entry.code) {
                m_pending_from.reset();
                return;
            }
            if (m_pending_from) warn_unpaired();
            warn(m_columns.code_first, "expected a 'Revise from:' line for " + m_entry.code +
                                           " right before its 'Revise to:' line, found none");
            return;
        }
        if (m_pending_from) warn_unpaired();
        if (m_entry.action == AddendumAction::revise_from)
            m_pending_from = Pending{m_entry.code, m_reader.at(m_columns.code_first)};
    }

    void warn_unpaired() {
        warn_at(m_pending_from->where, "expected a 'Revise to:' line for " + m_pending_from->code +
                                           " after its 'Revise from:' line, found none");
        m_pending_from.reset();
    }

    struct Pending {
        std::string code;
        Location where;
    };

    LineReader m_reader;
    AddendaLayout m_layout;
    Columns m_columns;
    CodeCheck m_check;
    RecordSink& m_sink;
    AddendumEntry m_entry;
    AddendaCounts m_counts;
    std::optional<Pending> m_pending_from;
    bool m_warned_encoding = false;
};

}  // namespace

AddendaCounts parse_addenda(ByteStream& stream, AddendaLayout layout, CodeCheck check_code, const Location& where,
                            std::string_view member_name, RecordSink& sink) {
    return AddendaParser(stream, layout, check_code, where, member_name, sink).run();
}

}  // namespace codeset::importers
