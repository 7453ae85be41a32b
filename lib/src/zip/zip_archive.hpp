// The only code that touches libzip: a read-only view of a zip archive.
// Members are streamed, never extracted to disk; names that could escape a folder
// (absolute, "..") are refused.
#pragma once

#include "codeset/core/source.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct zip;

namespace codeset::detail {

class ZipArchive {
public:
    struct Entry {
        std::uint64_t index = 0;
        MemberInfo info;
        std::optional<std::uint64_t> declared_size;  // from the central directory, when it says
    };

    // Throws Error(io) naming the path when it is not a readable zip (truncated, corrupt).
    explicit ZipArchive(const std::string& path);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    const std::vector<Entry>& entries() const { return m_entries; }
    // Streams a member. Reading throws Error(io) "<zip>: member <name> is corrupt: <why>" when its
    // bytes fail the CRC, inflate past or short of the size its header declares, or do not inflate.
    std::unique_ptr<ByteStream> open(const Entry& entry) const;
    // Reads every named member to its end, throwing that Error(io) for the first that is corrupt.
    void check(const std::vector<std::string>& members) const;

private:
    void read_directory();  // lists the entries, refusing unsafe names

    std::string m_path;
    ::zip* m_archive = nullptr;
    std::vector<Entry> m_entries;
};

}  // namespace codeset::detail
