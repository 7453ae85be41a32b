// The bytes of one fuzz input written to a file the parsers open as users' downloads are opened
// (Source::open): one folder per process, the same name each time, so nothing accumulates.
#pragma once

#include <filesystem>
#include <string_view>

namespace codeset::fuzz {

// Writes `bytes` to `name` ("cpt-2026/LONGULT.txt": folders made as needed) in this process's
// scratch folder, replacing what was there; its path.
std::filesystem::path write_scratch_file(std::string_view name, std::string_view bytes);

}  // namespace codeset::fuzz
