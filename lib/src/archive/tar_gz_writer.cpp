#include "archive/tar_gz_writer.hpp"

#include "codeset/core/error.hpp"
#include "core/shared_library.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <string>

namespace codeset::detail {

namespace {

// Every libarchive function the wrapper calls, reached through the library loaded at first use
// (core/shared_library.hpp).
#define CODESET_LIBARCHIVE_FUNCTIONS(F) \
    F(archive_entry_free)               \
    F(archive_entry_new)                \
    F(archive_entry_set_filetype)       \
    F(archive_entry_set_gid)            \
    F(archive_entry_set_mtime)          \
    F(archive_entry_set_pathname)       \
    F(archive_entry_set_perm)           \
    F(archive_entry_set_size)           \
    F(archive_entry_set_uid)            \
    F(archive_error_string)             \
    F(archive_write_add_filter_gzip)    \
    F(archive_write_close)              \
    F(archive_write_data)               \
    F(archive_write_free)               \
    F(archive_write_header)             \
    F(archive_write_new)                \
    F(archive_write_open_filename)      \
    F(archive_write_set_filter_option)  \
    F(archive_write_set_format_ustar)

struct Libarchive {
    SharedLibrary library{CODESET_LIBARCHIVE_SONAME, "writing FHIR packages"};
    CODESET_LIBARCHIVE_FUNCTIONS(CODESET_LIBRARY_FUNCTION)
};

const Libarchive& libarchive() { return loaded_once<Libarchive>(); }

}  // namespace

TarGzWriter::TarGzWriter(const std::filesystem::path& path)
    : m_path(path), m_archive(libarchive().archive_write_new()) {
    if (!m_archive) throw Error(ErrorCode::io, m_path.string() + ": cannot start an archive");
    if (libarchive().archive_write_add_filter_gzip(m_archive) != ARCHIVE_OK ||
        libarchive().archive_write_set_filter_option(m_archive, "gzip", "timestamp", nullptr) != ARCHIVE_OK ||
        libarchive().archive_write_set_format_ustar(m_archive) != ARCHIVE_OK)
        fail("cannot set up gzip and tar");
    if (libarchive().archive_write_open_filename(m_archive, m_path.c_str()) != ARCHIVE_OK) fail("cannot write");
}

TarGzWriter::~TarGzWriter() {
    if (m_archive) libarchive().archive_write_free(m_archive);  // closes an unfinished archive; the caller removes it
}

void TarGzWriter::add(std::string_view name, std::string_view data, std::int64_t mtime) {
    const std::unique_ptr<archive_entry, decltype(&::archive_entry_free)> entry(libarchive().archive_entry_new(),
                                                                                libarchive().archive_entry_free);
    libarchive().archive_entry_set_pathname(entry.get(), std::string(name).c_str());
    libarchive().archive_entry_set_filetype(entry.get(), AE_IFREG);
    libarchive().archive_entry_set_perm(entry.get(), 0644);
    libarchive().archive_entry_set_size(entry.get(), static_cast<la_int64_t>(data.size()));
    libarchive().archive_entry_set_uid(entry.get(), 0);
    libarchive().archive_entry_set_gid(entry.get(), 0);
    libarchive().archive_entry_set_mtime(entry.get(), static_cast<time_t>(mtime), 0);
    if (libarchive().archive_write_header(m_archive, entry.get()) != ARCHIVE_OK)
        fail("cannot add " + std::string(name));
    if (!data.empty() && libarchive().archive_write_data(m_archive, data.data(), data.size()) < 0)
        fail("cannot add " + std::string(name));
}

void TarGzWriter::close() {
    if (libarchive().archive_write_close(m_archive) != ARCHIVE_OK) fail("cannot finish");
    libarchive().archive_write_free(m_archive);
    m_archive = nullptr;
}

void TarGzWriter::fail(std::string_view what) const {
    const char* reason = m_archive ? libarchive().archive_error_string(m_archive) : nullptr;
    throw Error(ErrorCode::io,
                m_path.string() + ": " + std::string(what) + (reason ? std::string(": ") + reason : std::string()));
}

}  // namespace codeset::detail
