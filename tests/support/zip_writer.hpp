// Writes zip archives byte by byte, so tests can make the damaged and hostile ones no zip tool
// makes: a CRC that does not match, sizes that disagree with the data or between the local and
// central headers, a small deflate stream that inflates to a gigabyte. Needs zlib (ZLIB::ZLIB).
#pragma once

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace codeset::test {

struct ZipEntry {
    std::string name;
    std::string data;          // the bytes as stored: deflated when method is 8
    std::uint16_t method = 0;  // 0 stored, 8 deflate
    std::uint32_t crc = 0;     // written in both headers
    std::uint32_t size = 0;    // uncompressed size, written in the central directory
    std::optional<std::uint32_t> local_size;  // in the local header, when it is to disagree
};

inline std::uint32_t crc_of(std::string_view data) {
    return std::uint32_t(crc32(0L, reinterpret_cast<const Bytef*>(data.data()), uInt(data.size())));
}

inline ZipEntry stored_entry(std::string name, std::string text) {
    ZipEntry entry;
    entry.name = std::move(name);
    entry.data = std::move(text);
    entry.crc = crc_of(entry.data);
    entry.size = std::uint32_t(entry.data.size());
    return entry;
}

namespace detail {

// Raw deflate (no zlib header, as zip stores it) of `count` bytes produced by `chunk(buffer, n)`.
template <class Produce>
std::string raw_deflate(std::uint64_t count, Produce&& produce, std::uint32_t& crc) {
    z_stream stream{};
    if (deflateInit2(&stream, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2 failed");
    std::string in(1 << 20, '\0'), out(1 << 16, '\0'), deflated;
    crc = std::uint32_t(crc32(0L, Z_NULL, 0));
    std::uint64_t left = count;
    int flush = Z_NO_FLUSH;
    do {
        const std::size_t n = std::size_t(std::min<std::uint64_t>(left, in.size()));
        produce(in.data(), n);
        crc = std::uint32_t(crc32(crc, reinterpret_cast<const Bytef*>(in.data()), uInt(n)));
        left -= n;
        flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        stream.next_in = reinterpret_cast<Bytef*>(in.data());
        stream.avail_in = uInt(n);
        do {
            stream.next_out = reinterpret_cast<Bytef*>(out.data());
            stream.avail_out = uInt(out.size());
            deflate(&stream, flush);
            deflated.append(out.data(), out.size() - stream.avail_out);
        } while (stream.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&stream);
    return deflated;
}

inline void put16(std::string& out, std::uint32_t value) {
    out += char(value & 0xff);
    out += char((value >> 8) & 0xff);
}
inline void put32(std::string& out, std::uint32_t value) {
    put16(out, value & 0xffff);
    put16(out, value >> 16);
}

}  // namespace detail

inline ZipEntry deflated_entry(std::string name, const std::string& text) {
    ZipEntry entry;
    entry.name = std::move(name);
    entry.method = 8;
    entry.data = detail::raw_deflate(
        text.size(), [&, at = std::size_t(0)](char* buffer, std::size_t n) mutable {
            text.copy(buffer, n, at);
            at += n;
        },
        entry.crc);
    entry.size = std::uint32_t(text.size());
    return entry;
}

// `count` zero bytes, deflated: about a thousandth of their size.
inline ZipEntry deflated_zeros(std::string name, std::uint32_t count) {
    ZipEntry entry;
    entry.name = std::move(name);
    entry.method = 8;
    entry.data = detail::raw_deflate(
        count, [](char* buffer, std::size_t n) { std::fill(buffer, buffer + n, '\0'); }, entry.crc);
    entry.size = count;
    return entry;
}

// The archive: local headers and data, the central directory, its end record (no zip64).
inline std::string zip_of(const std::vector<ZipEntry>& entries) {
    using detail::put16;
    using detail::put32;
    constexpr std::uint32_t dos_time = 0x6000, dos_date = 0x5AE1;  // 2025-07-01 12:00
    std::string out, central;
    for (const ZipEntry& entry : entries) {
        const auto offset = std::uint32_t(out.size());
        put32(out, 0x04034b50);
        put16(out, 20), put16(out, 0), put16(out, entry.method), put16(out, dos_time), put16(out, dos_date);
        put32(out, entry.crc), put32(out, std::uint32_t(entry.data.size()));
        put32(out, entry.local_size.value_or(entry.size));
        put16(out, std::uint32_t(entry.name.size())), put16(out, 0);
        out += entry.name;
        out += entry.data;

        put32(central, 0x02014b50);
        put16(central, 20), put16(central, 20), put16(central, 0), put16(central, entry.method);
        put16(central, dos_time), put16(central, dos_date);
        put32(central, entry.crc), put32(central, std::uint32_t(entry.data.size())), put32(central, entry.size);
        put16(central, std::uint32_t(entry.name.size())), put16(central, 0), put16(central, 0);
        put16(central, 0), put16(central, 0), put32(central, 0), put32(central, offset);
        central += entry.name;
    }
    const auto central_offset = std::uint32_t(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0), put16(out, 0), put16(out, std::uint32_t(entries.size())), put16(out, std::uint32_t(entries.size()));
    put32(out, std::uint32_t(central.size())), put32(out, central_offset), put16(out, 0);
    return out;
}

}  // namespace codeset::test
