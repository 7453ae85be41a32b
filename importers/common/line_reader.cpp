#include "common/line_reader.hpp"

#include <algorithm>
#include <cstring>

namespace codeset::importers {

LineReader::LineReader(ByteStream& stream, Location where, std::size_t buffer_size, std::size_t max_line)
    : m_stream(stream),
      m_where(std::move(where)),
      m_buffer(std::max<std::size_t>(buffer_size, 16)),
      m_max_line(std::max(max_line, m_buffer.size())) {}

Location LineReader::at(std::uint32_t column) const {
    Location location = m_where;
    location.line = m_line_number;
    location.column = column;
    return location;
}

// Makes room after the unread bytes and reads more. False at the end of the stream.
bool LineReader::fill() {
    if (m_eof) return false;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_end - m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end == m_buffer.size()) {
        if (m_buffer.size() >= m_max_line) {
            Location location = m_where;
            location.line = m_line_number + 1;
            throw ParseError(location, "lines ending in LF or CRLF, found a line longer than " +
                                           std::to_string(m_max_line) + " bytes (not a text file?)");
        }
        m_buffer.resize(std::min(m_buffer.size() * 2, m_max_line));
    }
    const std::size_t got = m_stream.read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (got == 0) {
        m_eof = true;
        return false;
    }
    m_end += got;
    return true;
}

bool LineReader::next(std::string_view& line) {
    for (;;) {
        const char* begin = m_buffer.data() + m_pos;
        const std::size_t available = m_end - m_pos;
        if (const void* found = std::memchr(begin + m_scan, '\n', available - m_scan)) {
            const char* newline = static_cast<const char*>(found);
            std::size_t length = std::size_t(newline - begin);
            m_consumed += length + 1;
            m_pos += length + 1;
            m_scan = 0;
            if (length > 0 && begin[length - 1] == '\r') {
                --length;
                ++m_crlf;
            } else {
                ++m_lf;
            }
            line = std::string_view(begin, length);
            break;
        }
        m_scan = available;
        if (!fill()) {
            if (m_pos == m_end) return false;
            // The last line has no newline.
            line = std::string_view(m_buffer.data() + m_pos, m_end - m_pos);
            m_consumed += line.size();
            m_pos = m_end;
            m_scan = 0;
            break;
        }
    }
    if (++m_line_number == 1 && line.size() >= 3 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    return true;
}

std::size_t MemoryStream::read(char* buffer, std::size_t size) {
    const std::size_t n = std::min({size, m_data.size(), m_chunk});
    if (n == 0) return 0;
    std::memcpy(buffer, m_data.data(), n);
    m_data.remove_prefix(n);
    return n;
}

}  // namespace codeset::importers
