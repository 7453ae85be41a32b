// A release as downloaded: a zip, an extracted folder, or a single file.
// Importers look at member names and read members as streams; they never care
// which of the three they were given.
#pragma once

#include "codeset/core/date.hpp"
#include "codeset/core/error.hpp"
#include "codeset/core/release_info.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace codeset {

struct MemberInfo {
    std::string name;  // relative, '/'-separated ("Code Descriptions/icd10cm-order-2022.txt")
    std::uint64_t size = 0;
    std::optional<Date> modified;  // zip entry date or file modification date

    // The last path component ("icd10cm-order-2022.txt").
    std::string base_name() const;
};

// A forward-only byte stream over one member.
class ByteStream {
public:
    virtual ~ByteStream() = default;
    // Reads up to `size` bytes; returns 0 only at the end. Throws Error(io|parse) on failure.
    virtual std::size_t read(char* buffer, std::size_t size) = 0;
};

class Source {
public:
    virtual ~Source() = default;

    // Opens a zip (recognised by its signature, whatever its name), a folder or a plain file.
    // Throws Error(io) naming the path when it cannot be opened or is not a valid zip.
    static std::unique_ptr<Source> open(const std::filesystem::path& path);

    // The path as the user gave it.
    const std::string& path() const { return m_path; }
    // Members, sorted by name. A plain file is a source with one member: its own name.
    virtual const std::vector<MemberInfo>& members() const = 0;
    // Streams a member. Its SHA-256 is computed while it is read and, once read to the
    // end, it is listed by read_files().
    std::unique_ptr<ByteStream> open_member(const MemberInfo& member, std::string role);
    // Reads a whole member into memory (for small files: addenda, layouts).
    std::string read_member(const MemberInfo& member, std::string role);

    // The first member whose base name matches the ECMAScript regex, case-insensitively.
    std::optional<MemberInfo> find_member(const std::string& base_name_regex) const;

    // A plain file given itself (not a zip or folder): its one member is the file.
    bool is_plain_file() const { return m_plain_file; }
    // Up to `size` first bytes of a plain file, read directly: identify() stays quiet and cheap
    // and the file is not marked as read. Empty for a zip or folder, or a file that cannot be read.
    std::string peek(std::size_t size) const;

    // Location of a member, for error messages.
    Location locate(const MemberInfo& member, std::uint64_t line = 0, std::uint32_t column = 0) const;

    // The given file itself (zip or plain file) with its SHA-256, followed by every member read
    // to the end. Folders list only members.
    std::vector<SourceFile> read_files() const;

    // Reads the members opened so far again, to their end, and throws Error(io) "<zip>: member
    // <name> is corrupt: <why>" for the first whose bytes are damaged (CRC, sizes, compressed data).
    // A member that fails to parse may be a damaged download rather than a malformed file: the
    // import asks before it blames the format. Folders and plain files carry no check: no-op.
    void check_opened_members();

protected:
    explicit Source(std::string path) : m_path(std::move(path)) {}
    virtual std::unique_ptr<ByteStream> open_raw(const MemberInfo& member) = 0;
    virtual std::optional<SourceFile> container_file() const = 0;
    virtual void check_members(const std::vector<std::string>& names) { (void)names; }
    void set_plain_file() { m_plain_file = true; }

private:
    friend class HashingStream;
    std::string m_path;
    bool m_plain_file = false;
    std::vector<SourceFile> m_read;
    std::vector<std::string> m_opened;  // member names, each once
};

}  // namespace codeset
