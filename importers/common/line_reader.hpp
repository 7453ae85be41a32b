// Reads a member line by line through a 64 KiB buffer: LF and CRLF endings, line numbers,
// bytes consumed. Lines are views into the buffer, valid until the next call.
#pragma once

#include "codeset/core/error.hpp"
#include "codeset/core/source.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace codeset::importers {

class LineReader {
public:
    static constexpr std::size_t default_buffer_size = 64 * 1024;
    static constexpr std::size_t default_max_line = 1024 * 1024;

    // `where` names the member in errors (its line and column are filled in by the reader).
    explicit LineReader(ByteStream& stream, Location where = {}, std::size_t buffer_size = default_buffer_size,
                        std::size_t max_line = default_max_line);

    // The next line without its LF or CRLF. False once the stream is exhausted; by then the stream
    // has been read to its end. A last line without a final newline is returned too. A UTF-8 byte
    // order mark at the start of the first line is skipped. Throws ParseError for a line longer
    // than max_line (a binary file, or one with bare CR line endings).
    bool next(std::string_view& line);

    // 1-based number of the line last returned; 0 before the first.
    std::uint64_t line_number() const { return m_line_number; }
    // Bytes of the stream up to and including the end of the line last returned.
    std::uint64_t bytes_consumed() const { return m_consumed; }
    // How the lines seen so far ended.
    std::uint64_t crlf_lines() const { return m_crlf; }
    std::uint64_t lf_lines() const { return m_lf; }

    // The location of a column of the line last returned (1-based; 0: the whole line).
    Location at(std::uint32_t column = 0) const;

private:
    bool fill();

    ByteStream& m_stream;
    Location m_where;
    std::vector<char> m_buffer;
    std::size_t m_max_line;
    std::size_t m_pos = 0;   // start of the unread part
    std::size_t m_end = 0;   // end of the valid bytes
    std::size_t m_scan = 0;  // bytes after m_pos already searched for a newline
    bool m_eof = false;
    std::uint64_t m_line_number = 0;
    std::uint64_t m_consumed = 0;
    std::uint64_t m_crlf = 0;
    std::uint64_t m_lf = 0;
};

// A ByteStream over bytes held in memory (tests, small members already read).
class MemoryStream : public ByteStream {
public:
    explicit MemoryStream(std::string_view data, std::size_t chunk = SIZE_MAX) : m_data(data), m_chunk(chunk) {}
    std::size_t read(char* buffer, std::size_t size) override;

private:
    std::string_view m_data;
    std::size_t m_chunk;
};

}  // namespace codeset::importers
