#include "scratch_file.hpp"

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace codeset::fuzz {
namespace {

// Removed when the process ends normally; a crashing run leaves it for the crash to be read.
struct ScratchFolder {
    std::filesystem::path path;
    ScratchFolder() {
        // In memory where the machine has it: a fuzzer writes thousands of inputs a second.
        std::error_code error;
        const std::filesystem::path base =
            std::filesystem::is_directory("/dev/shm", error) ? "/dev/shm" : std::filesystem::temp_directory_path();
        path = base / ("codeset-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
    }
    ~ScratchFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

}  // namespace

std::filesystem::path write_scratch_file(std::string_view name, std::string_view bytes) {
    static const ScratchFolder folder;
    const std::filesystem::path file = folder.path / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) throw std::runtime_error("codeset fuzz: cannot write " + file.string());
    return file;
}

}  // namespace codeset::fuzz
