#include "common/order_importer.hpp"

#include "common/fixed_width.hpp"
#include "common/line_reader.hpp"
#include "common/members.hpp"
#include "common/text.hpp"
#include "common/version_detection.hpp"

#include <algorithm>
#include <cstring>
#include <filesystem>

namespace codeset::importers {

namespace {

// Fixed columns of the order-file layout (1-based).
constexpr std::uint32_t order_last = 5;
constexpr std::uint32_t code_first = 7;
constexpr std::uint32_t code_width = 7;
constexpr std::uint32_t flag_column = 15;
constexpr std::uint32_t short_first = 17;
constexpr std::uint32_t short_last = 76;
constexpr std::uint32_t long_first = 78;

constexpr std::uint64_t progress_step = 1u << 20;

std::string pad5(std::uint64_t number) {
    std::string text = std::to_string(number);
    if (text.size() < 5) text.insert(0, 5 - text.size(), '0');
    return text;
}

// Codes seen so far and the line each was on: an open-addressing table keyed by the code packed
// into 64 bits (codes are at most 7 ASCII characters), so a 100,000-row file costs a few
// allocations, not one per row.
class CodeLines {
public:
    explicit CodeLines(std::size_t expected) {
        std::size_t capacity = 1024;
        while (capacity < expected * 2) capacity *= 2;
        resize(capacity);
    }

    // The line an equal code was first seen on, or 0 after recording this one.
    std::uint64_t insert(std::string_view code, std::uint64_t line) {
        std::uint64_t key = 0;
        std::memcpy(&key, code.data(), std::min<std::size_t>(code.size(), 8));
        if ((m_count + 1) * 2 > m_keys.size()) grow();
        std::size_t slot = (key * 0x9E3779B97F4A7C15ull) >> m_shift;
        while (m_keys[slot] != 0) {
            if (m_keys[slot] == key) return m_lines[slot];
            slot = (slot + 1) & (m_keys.size() - 1);
        }
        m_keys[slot] = key;
        m_lines[slot] = line;
        ++m_count;
        return 0;
    }

private:
    void resize(std::size_t capacity) {
        m_keys.assign(capacity, 0);
        m_lines.assign(capacity, 0);
        m_shift = 64;
        for (std::size_t c = capacity; c > 1; c >>= 1) --m_shift;
        m_count = 0;
    }
    void grow() {
        std::vector<std::uint64_t> keys = std::move(m_keys);
        std::vector<std::uint64_t> lines = std::move(m_lines);
        resize(keys.size() * 2);
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] == 0) continue;
            std::size_t slot = (keys[i] * 0x9E3779B97F4A7C15ull) >> m_shift;
            while (m_keys[slot] != 0) slot = (slot + 1) & (m_keys.size() - 1);
            m_keys[slot] = keys[i];
            m_lines[slot] = lines[i];
            ++m_count;
        }
    }

    std::vector<std::uint64_t> m_keys;
    std::vector<std::uint64_t> m_lines;
    std::size_t m_count = 0;
    unsigned m_shift = 64;
};

std::string parent_of(const std::string& member_name) {
    const auto slash = member_name.rfind('/');
    return slash == std::string::npos ? std::string() : member_name.substr(0, slash);
}

// The first line of a plain file, peeked: identify() must stay quiet and cheap.
std::optional<std::string> first_line_of(const Source& source) {
    std::string head = source.peek(512);
    if (head.empty()) return std::nullopt;
    const auto newline = head.find('\n');
    if (newline != std::string::npos) head.resize(newline);
    if (!head.empty() && head.back() == '\r') head.pop_back();
    if (head.starts_with("\xEF\xBB\xBF")) head.erase(0, 3);
    return head;
}

}  // namespace

std::string compact_name(std::string_view base_name, std::string* extension) {
    const auto dot = base_name.rfind('.');
    if (extension) *extension = dot == std::string_view::npos ? std::string() : to_lower(base_name.substr(dot + 1));
    const std::string_view stem = dot == std::string_view::npos ? base_name : base_name.substr(0, dot);
    std::string compact;
    compact.reserve(stem.size());
    for (char c : stem) {
        if (c >= 'A' && c <= 'Z')
            compact += char(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            compact += c;
    }
    return compact;
}

OrderFileStats parse_order_file(ByteStream& stream, const OrderFormat& format, const Location& where,
                                std::uint64_t total, RecordSink& sink, const ReadOptions& options) {
    LineReader reader(stream, where);
    OrderFileStats stats;
    // Sized from the member's size (about 120 bytes a row), but never more than the largest real
    // order file needs: a zip header may claim 4 GB, and the table grows if a file has more rows.
    constexpr std::uint64_t rows_sized_for = 1u << 18;
    CodeLines seen(std::size_t(std::min(total / 120, rows_sized_for)) + 16);
    CodeRecord record;  // reused: its strings keep their capacity from row to row
    record.short_title.reserve(64);
    record.long_title.reserve(256);
    std::uint64_t first_blank_line = 0;
    std::uint64_t next_progress = progress_step;
    bool warned_encoding = false;

    auto fail = [&](std::uint32_t column, const std::string& expected) -> void {
        throw ParseError(reader.at(column), expected);
    };
    auto expect_blank = [&](std::string_view line, std::uint32_t at, std::string_view after) {
        if (line[at - 1] != ' ')
            fail(at, "a blank in column " + std::to_string(at) + " after the " + std::string(after) + ", found " +
                         quote_char(line[at - 1]));
    };

    std::string_view line;
    while (reader.next(line)) {
        if (trim_right(line).empty()) {
            if (!first_blank_line) first_blank_line = reader.line_number();
            continue;
        }
        if (first_blank_line) {
            Location blank = reader.at(1);
            blank.line = first_blank_line;
            throw ParseError(blank, "a code row, found a blank line (blank lines are allowed only at the end)");
        }
        if (line.size() < long_first)
            fail(std::uint32_t(line.size() + 1),
                 "a line of at least " + std::to_string(long_first) + " characters (the long title starts in column " +
                     std::to_string(long_first) + "), found " + std::to_string(line.size()) + " characters");

        // Order number: 5 digits, one more than the previous row's.
        std::uint64_t order = 0;
        for (std::uint32_t i = 0; i < order_last; ++i) {
            const char c = line[i];
            if (c < '0' || c > '9')
                fail(i + 1, "a 5-digit order number in columns 1-5, found " + quote_text(line.substr(0, order_last)));
            order = order * 10 + std::uint64_t(c - '0');
        }
        if (order != stats.rows + 1)
            fail(1, "order number " + pad5(stats.rows + 1) +
                        (stats.rows == 0 ? std::string(" on the first row") : " (one more than the previous row's)") +
                        ", found " + std::string(line.substr(0, order_last)));
        expect_blank(line, order_last + 1, "order number");

        if (const auto problem =
                read_code_field(line.substr(code_first - 1, code_width), code_first, format.check_code, record.code))
            fail(problem->column, problem->expected);
        expect_blank(line, code_first + code_width, "code");

        const char flag = line[flag_column - 1];
        if (flag != '0' && flag != '1')
            fail(flag_column, "flag 0 or 1 in column " + std::to_string(flag_column) + ", found " + quote_char(flag));
        record.billable = flag == '1';
        expect_blank(line, flag_column + 1, "flag");

        const std::string_view short_title = field(line, short_first, short_last);
        if (short_title.empty()) fail(short_first, "a short title in columns 17-76, found blanks");
        expect_blank(line, short_last + 1, "60-character short title");
        const std::string_view long_title = field(line, long_first);
        if (long_title.empty()) fail(long_first, "a long title from column 78, found blanks");

        if (const std::uint64_t first = seen.insert(record.code, reader.line_number()))
            fail(code_first,
                 "each code once, found " + record.code + " again (first on line " + std::to_string(first) + ")");

        record.short_title.assign(short_title);
        record.long_title.assign(long_title);
        if (!is_ascii(line) && make_titles_utf8(record.short_title, record.long_title) && !warned_encoding) {
            warned_encoding = true;
            sink.add_warning(ImportWarning{reader.at().to_string(),
                                           "expected UTF-8 or ASCII titles, found other bytes: read as Windows-1252 "
                                           "(first such line; later ones are converted without a warning)"});
        }
        record.order = std::uint32_t(order);
        ++stats.rows;
        if (record.billable) ++stats.billable;
        if (format.row_oddity) {
            if (const std::string_view oddity = format.row_oddity(record); !oddity.empty())
                sink.add_warning(ImportWarning{reader.at(flag_column).to_string(), std::string(oddity)});
        }
        sink.add_code(record);

        if (options.progress && reader.bytes_consumed() >= next_progress) {
            options.progress(reader.bytes_consumed(), std::max(total, reader.bytes_consumed()));
            next_progress = reader.bytes_consumed() + progress_step;
        }
    }
    stats.lines = reader.line_number();
    stats.bytes = reader.bytes_consumed();
    if (stats.rows == 0)
        throw ParseError(where, "at least one code row, found none (no code rows in the " + std::string(format.title) +
                                    " order file)");
    if (options.progress) options.progress(stats.bytes, std::max(total, stats.bytes));
    return stats;
}

bool OrderFileImporter::first_line_fits(std::string_view line) const {
    if (line.size() < flag_column + 1) return false;
    for (std::uint32_t i = 0; i < order_last; ++i)
        if (line[i] < '0' || line[i] > '9') return false;
    if (line[order_last] != ' ' || line[code_first + code_width - 1] != ' ' || line[flag_column] != ' ') return false;
    const char flag = line[flag_column - 1];
    if (flag != '0' && flag != '1') return false;
    std::string code;
    if (read_code_field(line.substr(code_first - 1, code_width), code_first, m_format.check_code, code)) return false;
    return m_format.first_code_fits(code);
}

Identification OrderFileImporter::identify(const Source& source) const {
    for (const MemberInfo& member : source.members())
        if (m_format.classify(member.base_name()) == MemberRole::order) return Identification::yes;
    if (source.is_plain_file()) {
        std::string extension;
        compact_name(source.members().front().base_name(), &extension);
        if (extension == "zip" || extension == "xml" || extension == "xlsx" || extension == "pdf")
            return Identification::no;
        if (const auto line = first_line_of(source); line && first_line_fits(*line))
            return Identification::maybe;
    }
    return Identification::no;
}

MemberInfo OrderFileImporter::order_member(const Source& source) const {
    const std::string title(m_format.title);
    return require_one_member(
        source, [&](const MemberInfo& member) { return m_format.classify(member.base_name()) == MemberRole::order; },
        WantedMember{"an " + title + " order file such as " + std::string(m_format.example_name), "",
                     "one " + title + " order file",
                     "(give the zip or folder of a single release, or the order file itself)"});
}

std::optional<MemberInfo> OrderFileImporter::addenda_member(const Source& source, const MemberInfo& order) const {
    if (source.is_plain_file()) return std::nullopt;
    const std::string folder = parent_of(order.name);
    std::optional<MemberInfo> best;
    int best_rank = 0;
    for (const MemberInfo& member : source.members()) {
        int rank = 0;
        switch (m_format.classify(member.base_name())) {
            case MemberRole::order_addenda:
                rank = 1;
                break;
            case MemberRole::codes_addenda:
                rank = 2;
                break;
            case MemberRole::other_addenda:
                rank = 3;
                break;
            default:
                continue;
        }
        if (parent_of(member.name) != folder) rank += 10;  // the order file's own folder first
        if (!best || rank < best_rank) {
            best = member;
            best_rank = rank;
        }
    }
    return best;
}

ReleaseInfo OrderFileImporter::describe(const Source& source) const {
    const MemberInfo order = order_member(source);
    const std::vector<std::string> names = version_names(source, order);
    const auto detected = detect_version(names);
    if (!detected) {
        std::string tried;
        for (const std::string& name : names) tried += (tried.empty() ? "'" : ", '") + name + "'";
        throw Error(ErrorCode::parse, source.path() + ": cannot tell which " + std::string(m_format.title) +
                                          " release this is: no 4-digit fiscal year in " + tried +
                                          "; give it with --version, e.g. --version FY2026 "
                                          "(or FY2023-04 for an April update, FY2021-01 for a January update)");
    }
    VersionLabel label = detected->label;
    // Names rarely tell a mid-year update from its October release; the zip's date of the order
    // file may (date_order_file). A folder's file dates are those of the copy, not CMS's.
    const bool zipped = !source.is_plain_file() && !std::filesystem::is_directory(source.path());
    if (label.kind() == ReleaseKind::annual && zipped && order.modified) {
        const VersionLabel january = VersionLabel::fiscal(label.year, ReleaseKind::january);
        const VersionLabel april = VersionLabel::fiscal(label.year, ReleaseKind::april);
        const std::string dated = source.locate(order).to_string() + " is dated " + order.modified->to_string() +
                                  ", after " + label.to_string() + " took effect on " + label.effective().to_string();
        switch (date_order_file(label, *order.modified)) {
        case OrderFileDating::october: break;
        case OrderFileDating::april: label = april; break;
        case OrderFileDating::undecided:
            throw Error(ErrorCode::parse, dated + ": a mid-year update or errata, not the October release; say which "
                                                  "with --version " + april.to_string() + " (April update) or --version " +
                                                  january.to_string() + " (January update)");
        }
    }
    ReleaseInfo info;
    info.system = std::string(m_format.system);
    info.version = label.to_string();
    info.effective = label.effective();
    info.kind = label.kind();
    info.importer = std::string(m_format.importer_name);
    return info;
}

void OrderFileImporter::read(Source& source, RecordSink& sink, const ReadOptions& options) const {
    const MemberInfo order = order_member(source);
    {
        auto stream = source.open_member(order, "order");
        parse_order_file(*stream, m_format, source.locate(order), order.size, sink, options);
    }
    if (const auto addenda = addenda_member(source, order)) {
        const MemberRole role = m_format.classify(addenda->base_name());
        const AddendaLayout layout =
            role == MemberRole::order_addenda ? m_format.order_addenda_layout : AddendaLayout::codes;
        auto stream = source.open_member(*addenda, "addenda");
        parse_addenda(*stream, layout, m_format.check_code, source.locate(*addenda), addenda->name, sink);
    }
    for (const SourceFile& file : source.read_files()) sink.add_source_file(file);
}

}  // namespace codeset::importers
