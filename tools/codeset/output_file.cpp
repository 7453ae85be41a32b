#include "output_file.hpp"

#include "codeset/core/error.hpp"

#include <cerrno>
#include <cstring>
#include <ostream>
#include <unistd.h>

namespace codeset::cli {

OutputFile::OutputFile(const std::string& path, std::ostream& fallback) : m_fallback(&fallback) {
    if (path.empty() || path == "-") return;
    m_path = path;
    // Devices and pipes (-o /dev/stdout) are written directly: they cannot be renamed onto.
    std::error_code ignored;
    if (std::filesystem::exists(m_path, ignored) && !std::filesystem::is_regular_file(m_path, ignored)) {
        m_file.open(m_path, std::ios::binary);
        m_temporary.clear();
        if (!m_file) throw Error(ErrorCode::io, "cannot write " + m_path.string() + ": " + std::strerror(errno));
        return;
    }
    m_temporary = m_path;
    m_temporary += ".tmp-" + std::to_string(::getpid());
    m_file.open(m_temporary, std::ios::binary | std::ios::trunc);
    if (!m_file)
        throw Error(ErrorCode::io, "cannot write " + m_path.string() + ": " + std::strerror(errno));
}

OutputFile::~OutputFile() {
    if (!m_committed && !m_temporary.empty()) {
        if (m_file.is_open()) m_file.close();
        std::error_code ignored;
        std::filesystem::remove(m_temporary, ignored);
    }
}

void OutputFile::commit() {
    if (!m_file.is_open()) {
        m_fallback->flush();
        return;
    }
    m_file.close();
    if (!m_file) throw Error(ErrorCode::io, "cannot write " + m_path.string() + ": write failed");
    if (m_temporary.empty()) {
        m_committed = true;
        return;
    }
    std::error_code error;
    std::filesystem::rename(m_temporary, m_path, error);
    if (error) throw Error(ErrorCode::io, "cannot write " + m_path.string() + ": " + error.message());
    m_committed = true;
}

}  // namespace codeset::cli
