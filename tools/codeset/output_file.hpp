// Where a command writes its result: -o FILE, else standard output. A file is written under a
// temporary name and renamed when complete, so a failed command never leaves half a report.
#pragma once

#include <filesystem>
#include <fstream>
#include <iosfwd>
#include <string>

namespace codeset::cli {

class OutputFile {
public:
    // Empty `path`: write to `fallback` (standard output).
    OutputFile(const std::string& path, std::ostream& fallback);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    std::ostream& stream() { return m_file.is_open() ? m_file : *m_fallback; }
    // Flushes and, for a file, moves it into place. Throws Error(io) naming the file.
    void commit();

private:
    std::filesystem::path m_path;
    std::filesystem::path m_temporary;
    std::ofstream m_file;
    std::ostream* m_fallback;
    bool m_committed = false;
};

}  // namespace codeset::cli
