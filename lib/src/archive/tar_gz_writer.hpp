// Internal: the one wrapper of libarchive. Writes a gzip-compressed tar (ustar) whose bytes depend
// only on what is added: every entry has the same owner (0:0, no names), mode 0644 and the mtime
// given, and the gzip header carries no timestamp. Entries are written in the order added.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>

struct archive;

namespace codeset::detail {

class TarGzWriter {
public:
    // Opens `path` for writing; throws Error(io) naming it.
    explicit TarGzWriter(const std::filesystem::path& path);
    ~TarGzWriter();
    TarGzWriter(const TarGzWriter&) = delete;
    TarGzWriter& operator=(const TarGzWriter&) = delete;

    // One regular file, `name` inside the archive ("package/package.json"), modified at `mtime`
    // (seconds since 1970-01-01 UTC). Throws Error(io).
    void add(std::string_view name, std::string_view data, std::int64_t mtime);
    // Writes the end of the archive and closes the file. Throws Error(io).
    void close();

private:
    [[noreturn]] void fail(std::string_view what) const;

    std::filesystem::path m_path;
    ::archive* m_archive = nullptr;
};

}  // namespace codeset::detail
