// A streaming reader of RFC 4180 CSV: quoted fields, doubled quotes inside them, CRLF or LF line
// ends, a UTF-8 byte order mark before the first field. One record at a time, so a file of
// millions of rows reads in flat memory; a record longer than the bound is reported, not kept,
// so a hostile file cannot eat memory. The input is read in blocks into the reader's own buffer:
// a claims extract of millions of rows costs a few memchr-like scans, not a stream call per byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace codeset {

struct CsvRecord {
    std::uint64_t line = 0;           // the physical line the record starts on (1-based)
    std::vector<std::string> fields;  // empty when `error` is set
    std::string error;                // why the record cannot be read; empty: it was read
};

class CsvReader {
public:
    static constexpr std::size_t default_max_record = 64 * 1024;
    explicit CsvReader(std::istream& in, std::size_t max_record = default_max_record);

    // The next record, or nothing at the end of the input. Blank lines are skipped.
    std::optional<CsvRecord> next();
    // The same into `record`, whose strings keep their storage from record to record (for
    // callers that read millions); false at the end of the input.
    bool next(CsvRecord& record);

private:
    static constexpr int eof = -1;
    int get() { return m_at < m_end || fill() ? static_cast<unsigned char>(m_buffer[m_at++]) : eof; }
    int peek() { return m_at < m_end || fill() ? static_cast<unsigned char>(m_buffer[m_at]) : eof; }
    bool fill();  // reads the next block; false at the end of the input
    // Skips the rest of an unreadable record up to its line end (outside quotes as far as known).
    void skip_line();
    // Appends to `field` the run of plain bytes (no quote, comma or line end) from the buffer;
    // how many.
    std::size_t take_plain(std::string& field, std::size_t& size);

    std::istream& m_in;
    std::size_t m_max;
    std::uint64_t m_line = 1;
    bool m_first = true;
    std::vector<char> m_buffer;
    std::size_t m_at = 0;   // next byte of m_buffer to read
    std::size_t m_end = 0;  // bytes of m_buffer filled
};

}  // namespace codeset
