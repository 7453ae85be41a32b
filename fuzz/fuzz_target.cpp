// One libFuzzer target: the harness named by CODESET_FUZZ_HARNESS (fuzz/CMakeLists.txt builds one
// executable per harness from this file).
#include "harnesses.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const codeset::fuzz::Harness& harness = codeset::fuzz::harness(CODESET_FUZZ_HARNESS);
    harness.run(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
