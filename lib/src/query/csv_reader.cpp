#include "codeset/query/csv_reader.hpp"

namespace codeset {

CsvReader::CsvReader(std::istream& in, std::size_t max_record) : m_in(in), m_max(max_record) {}

void CsvReader::skip_line() {
    for (int c = m_in.get(); c != std::char_traits<char>::eof(); c = m_in.get())
        if (c == '\n') {
            ++m_line;
            return;
        }
}

std::optional<CsvRecord> CsvReader::next() {
    constexpr int eof = std::char_traits<char>::eof();
    if (m_first) {  // a byte order mark is not part of the first header name
        m_first = false;
        if (m_in.peek() == 0xEF) {
            char bom[3] = {};
            m_in.read(bom, 3);
            if (!(bom[0] == '\xEF' && bom[1] == '\xBB' && bom[2] == '\xBF')) {
                m_in.clear();
                m_in.seekg(0);
            }
        }
    }
    while (true) {
        CsvRecord record;
        record.line = m_line;
        std::string field;
        std::size_t size = 0;
        bool quoted = false;       // inside a quoted field
        bool was_quoted = false;   // the current field was quoted (only a separator may follow)
        bool any = false;          // the record has any character
        int c = m_in.get();
        if (c == eof) return std::nullopt;
        for (;; c = m_in.get()) {
            if (c == eof) {
                if (quoted) {
                    record.error = "a quoted field is not closed before the end of the file";
                    return record;
                }
                break;
            }
            if (++size > m_max) {
                record.error = "the record is longer than " + std::to_string(m_max) + " bytes";
                if (c != '\n') skip_line();
                else ++m_line;
                return record;
            }
            const char ch = static_cast<char>(c);
            if (quoted) {
                if (ch == '"') {
                    if (m_in.peek() == '"') {
                        m_in.get();
                        field += '"';
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') ++m_line;
                    field += ch;
                }
                continue;
            }
            if (ch == '\r' && m_in.peek() == '\n') continue;
            if (ch == '\n') {
                ++m_line;
                break;
            }
            any = true;
            if (ch == ',') {
                record.fields.push_back(std::move(field));
                field.clear();
                was_quoted = false;
            } else if (ch == '"' && field.empty() && !was_quoted) {
                quoted = was_quoted = true;
            } else if (was_quoted) {
                record.error = "only a comma may follow a closing quote";
                skip_line();
                record.fields.clear();
                return record;
            } else if (ch == '"') {
                record.error = "a quote inside an unquoted field";
                skip_line();
                record.fields.clear();
                return record;
            } else {
                field += ch;
            }
        }
        if (!any) {
            if (c == eof) return std::nullopt;
            continue;  // a blank line
        }
        record.fields.push_back(std::move(field));
        return record;
    }
}

}  // namespace codeset
