#include "zip/zip_archive.hpp"

#include "codeset/core/error.hpp"

#include <zip.h>

#include <ctime>

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

class ZipMemberStream : public ByteStream {
public:
    ZipMemberStream(zip_file_t* file, std::string where) : m_file(file), m_where(std::move(where)) {}
    ~ZipMemberStream() override { zip_fclose(m_file); }

    std::size_t read(char* buffer, std::size_t size) override {
        const zip_int64_t got = zip_fread(m_file, buffer, size);
        if (got < 0) throw_zip_error(m_where + ": corrupt zip data", zip_file_get_error(m_file));
        return std::size_t(got);
    }

private:
    zip_file_t* m_file;
    std::string m_where;
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
        if (stat.valid & ZIP_STAT_MTIME) entry.info.modified = date_of(stat.mtime);
        m_entries.push_back(std::move(entry));
    }
}

ZipArchive::~ZipArchive() {
    if (m_archive) zip_discard(m_archive);
}

std::unique_ptr<ByteStream> ZipArchive::open(const Entry& entry) const {
    zip_file_t* file = zip_fopen_index(m_archive, entry.index, 0);
    const std::string where = entry.info.name + " in " + m_path;
    if (!file) throw_zip_error(where + ": cannot open zip member", zip_get_error(m_archive));
    return std::make_unique<ZipMemberStream>(file, where);
}

}  // namespace codeset::detail
