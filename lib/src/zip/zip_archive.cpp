#include "zip/zip_archive.hpp"

#include "codeset/core/error.hpp"

#include <zip.h>

#include <algorithm>
#include <ctime>
#include <optional>

namespace codeset::detail {

namespace {

// Translates a libzip error into codeset's one error type.
[[noreturn]] void throw_zip_error(const std::string& what, zip_error_t* error) {
    const std::string detail = zip_error_strerror(error);
    throw Error(ErrorCode::io, what + ": " + detail);
}

bool unsafe_name(const std::string& name) {
    if (name.empty() || name.front() == '/' || name.find('\\') != std::string::npos) return true;
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t end = std::min(name.find('/', start), name.size());
        if (name.compare(start, end - start, "..") == 0) return true;
        start = end + 1;
    }
    return false;
}

std::optional<Date> date_of(std::time_t when) {
    std::tm parts{};
    if (!localtime_r(&when, &parts)) return std::nullopt;
    if (!Date::valid(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday)) return std::nullopt;
    return Date{parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday};
}

// What is wrong with a member's bytes, in the words of someone who downloaded it.
std::string damage_of(zip_error_t* error) {
    switch (zip_error_code_zip(error)) {
        case ZIP_ER_CRC: return "CRC mismatch (the bytes are not those the zip was made with)";
        case ZIP_ER_INCONS: return "its size disagrees with its header";
        case ZIP_ER_COMPRESSED_DATA:
        case ZIP_ER_ZLIB: return "its compressed data is damaged";
        default: return zip_error_strerror(error);
    }
}

// Streams one member. libzip checks the CRC and the size once the member is read to its end; the
// declared size is also enforced while reading, so a member that inflates past its header (a zip
// bomb) is stopped at the size it claims instead of filling the disk or memory of a reader.
class ZipMemberStream : public ByteStream {
public:
    ZipMemberStream(zip_file_t* file, std::string archive, std::string member, std::optional<std::uint64_t> declared)
        : m_file(file), m_archive(std::move(archive)), m_member(std::move(member)), m_declared(declared) {}
    ~ZipMemberStream() override { zip_fclose(m_file); }

    std::size_t read(char* buffer, std::size_t size) override {
        const zip_int64_t got = zip_fread(m_file, buffer, size);
        if (got < 0) corrupt(damage_of(zip_file_get_error(m_file)));
        m_read += std::uint64_t(got);
        if (m_declared && m_read > *m_declared)
            corrupt("it inflates to more than the " + std::to_string(*m_declared) + " bytes its header declares");
        // libzip checks the CRC at the end, not that a deflated member gave all the bytes it declared.
        if (got == 0 && size > 0 && m_declared && m_read < *m_declared) corrupt("its size disagrees with its header");
        return std::size_t(got);
    }

private:
    [[noreturn]] void corrupt(const std::string& why) const {
        throw Error(ErrorCode::io, m_archive + ": member " + m_member + " is corrupt: " + why);
    }

    zip_file_t* m_file;
    std::string m_archive;
    std::string m_member;
    std::optional<std::uint64_t> m_declared;
    std::uint64_t m_read = 0;
};

}  // namespace

ZipArchive::ZipArchive(const std::string& path) : m_path(path) {
    int code = 0;
    m_archive = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!m_archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const std::string detail = zip_error_strerror(&error);
        zip_error_fini(&error);
        throw Error(ErrorCode::io, path + ": not a readable zip archive (" + detail + ")");
    }
    try {
        read_directory();
    } catch (...) {
        // The destructor does not run when the constructor throws: close the archive here.
        zip_discard(m_archive);
        m_archive = nullptr;
        throw;
    }
}

void ZipArchive::read_directory() {
    const std::string& path = m_path;
    const zip_int64_t count = zip_get_num_entries(m_archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(m_archive, zip_uint64_t(i), 0, &stat) != 0)
            throw_zip_error(path + ": unreadable zip directory", zip_get_error(m_archive));
        std::string name = stat.name ? stat.name : "";
        if (!name.empty() && name.back() == '/') continue;  // folder entry
        if (unsafe_name(name))
            throw Error(ErrorCode::io, path + ": zip member name '" + name + "' points outside the archive");
        Entry entry;
        entry.index = zip_uint64_t(i);
        entry.info.name = std::move(name);
        entry.info.size = (stat.valid & ZIP_STAT_SIZE) ? stat.size : 0;
        if (stat.valid & ZIP_STAT_SIZE) entry.declared_size = stat.size;
        if (stat.valid & ZIP_STAT_MTIME) entry.info.modified = date_of(stat.mtime);
        m_entries.push_back(std::move(entry));
    }
}

ZipArchive::~ZipArchive() {
    if (m_archive) zip_discard(m_archive);
}

std::unique_ptr<ByteStream> ZipArchive::open(const Entry& entry) const {
    zip_file_t* file = zip_fopen_index(m_archive, entry.index, 0);
    if (!file) throw_zip_error(entry.info.name + " in " + m_path + ": cannot open zip member", zip_get_error(m_archive));
    return std::make_unique<ZipMemberStream>(file, m_path, entry.info.name, entry.declared_size);
}

void ZipArchive::check(const std::vector<std::string>& members) const {
    std::vector<char> scratch(1 << 16);
    for (const Entry& entry : m_entries) {
        if (std::find(members.begin(), members.end(), entry.info.name) == members.end()) continue;
        const auto stream = open(entry);
        while (stream->read(scratch.data(), scratch.size()) > 0) {
        }
    }
}

}  // namespace codeset::detail
