#include "archive/tar_gz_writer.hpp"

#include "codeset/core/error.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <string>

namespace codeset::detail {

TarGzWriter::TarGzWriter(const std::filesystem::path& path) : m_path(path), m_archive(archive_write_new()) {
    if (!m_archive) throw Error(ErrorCode::io, m_path.string() + ": cannot start an archive");
    if (archive_write_add_filter_gzip(m_archive) != ARCHIVE_OK ||
        archive_write_set_filter_option(m_archive, "gzip", "timestamp", nullptr) != ARCHIVE_OK ||
        archive_write_set_format_ustar(m_archive) != ARCHIVE_OK)
        fail("cannot set up gzip and tar");
    if (archive_write_open_filename(m_archive, m_path.c_str()) != ARCHIVE_OK) fail("cannot write");
}

TarGzWriter::~TarGzWriter() {
    if (m_archive) archive_write_free(m_archive);  // closes an unfinished archive; the caller removes it
}

void TarGzWriter::add(std::string_view name, std::string_view data, std::int64_t mtime) {
    const std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), archive_entry_free);
    archive_entry_set_pathname(entry.get(), std::string(name).c_str());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), static_cast<la_int64_t>(data.size()));
    archive_entry_set_uid(entry.get(), 0);
    archive_entry_set_gid(entry.get(), 0);
    archive_entry_set_mtime(entry.get(), static_cast<time_t>(mtime), 0);
    if (archive_write_header(m_archive, entry.get()) != ARCHIVE_OK) fail("cannot add " + std::string(name));
    if (!data.empty() && archive_write_data(m_archive, data.data(), data.size()) < 0)
        fail("cannot add " + std::string(name));
}

void TarGzWriter::close() {
    if (archive_write_close(m_archive) != ARCHIVE_OK) fail("cannot finish");
    archive_write_free(m_archive);
    m_archive = nullptr;
}

void TarGzWriter::fail(std::string_view what) const {
    const char* reason = m_archive ? archive_error_string(m_archive) : nullptr;
    throw Error(ErrorCode::io,
                m_path.string() + ": " + std::string(what) + (reason ? std::string(": ") + reason : std::string()));
}

}  // namespace codeset::detail
