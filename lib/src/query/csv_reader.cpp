#include "codeset/query/csv_reader.hpp"

namespace codeset {

namespace {
constexpr std::size_t block_size = 1 << 16;
}

CsvReader::CsvReader(std::istream& in, std::size_t max_record) : m_in(in), m_max(max_record), m_buffer(block_size) {}

bool CsvReader::fill() {
    if (!m_in) return false;
    m_in.read(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    m_at = 0;
    m_end = static_cast<std::size_t>(m_in.gcount());
    return m_end > 0;
}

void CsvReader::skip_line() {
    for (int c = get(); c != eof; c = get())
        if (c == '\n') {
            ++m_line;
            return;
        }
}

std::size_t CsvReader::take_plain(std::string& field, std::size_t& size) {
    std::size_t stop = m_at;
    while (stop < m_end && size + (stop - m_at) < m_max) {
        const char c = m_buffer[stop];
        if (c == ',' || c == '"' || c == '\n' || c == '\r') break;
        ++stop;
    }
    const std::size_t taken = stop - m_at;
    field.append(m_buffer.data() + m_at, taken);
    size += taken;
    m_at = stop;
    return taken;
}

std::optional<CsvRecord> CsvReader::next() {
    CsvRecord record;
    if (!next(record)) return std::nullopt;
    return record;
}

bool CsvReader::next(CsvRecord& record) {
    if (m_first) {  // a byte order mark is not part of the first header name
        m_first = false;
        if (peek() == 0xEF && m_end - m_at >= 3 && m_buffer[m_at + 1] == '\xBB' && m_buffer[m_at + 2] == '\xBF')
            m_at += 3;
    }
    while (true) {
        record.line = m_line;
        record.error.clear();
        std::size_t count = 0;  // fields of this record so far; record.fields keeps its strings
        auto field = [&]() -> std::string& {
            if (count == record.fields.size()) record.fields.emplace_back();
            return record.fields[count];
        };
        field().clear();
        auto fail = [&](const std::string& why) {
            record.error = why;
            record.fields.clear();
            return true;
        };
        std::size_t size = 0;
        bool quoted = false;       // inside a quoted field
        bool was_quoted = false;   // the current field was quoted (only a separator may follow)
        bool any = false;          // the record has any character
        int c = peek();
        if (c == eof) return false;
        while (true) {
            if (!quoted && !was_quoted) {
                if (take_plain(field(), size) > 0) any = true;
            }
            c = get();
            if (c == eof) {
                if (quoted) return fail("a quoted field is not closed before the end of the file");
                break;
            }
            if (++size > m_max) {
                if (c != '\n') skip_line();
                else ++m_line;
                return fail("the record is longer than " + std::to_string(m_max) + " bytes");
            }
            const char ch = static_cast<char>(c);
            if (quoted) {
                if (ch == '"') {
                    if (peek() == '"') {
                        get();
                        field() += '"';
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') ++m_line;
                    field() += ch;
                }
                continue;
            }
            if (ch == '\r' && peek() == '\n') continue;
            if (ch == '\n') {
                ++m_line;
                break;
            }
            any = true;
            if (ch == ',') {
                ++count;
                field().clear();
                was_quoted = false;
            } else if (ch == '"' && field().empty() && !was_quoted) {
                quoted = was_quoted = true;
            } else if (was_quoted) {
                skip_line();
                return fail("only a comma may follow a closing quote");
            } else if (ch == '"') {
                skip_line();
                return fail("a quote inside an unquoted field");
            } else {
                field() += ch;  // a lone carriage return
            }
        }
        if (!any) {
            if (c == eof) return false;
            continue;  // a blank line
        }
        record.fields.resize(count + 1);
        return true;
    }
}

}  // namespace codeset
