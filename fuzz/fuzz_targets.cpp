// Lists the fuzz targets for tools/setup.sh fuzz: one line per harness, its name and then the
// folders of its seed corpus (tests/data/NAME..., and tests/data/fuzz/NAME, the inputs kept from
// earlier findings), separated by tabs.
#include "harnesses.hpp"

#include <filesystem>
#include <iostream>

int main() {
    const std::filesystem::path test_data = CODESET_FUZZ_TEST_DATA;
    for (const codeset::fuzz::Harness& harness : codeset::fuzz::harnesses()) {
        std::cout << harness.name;
        for (std::string_view seed : harness.seeds) std::cout << '\t' << (test_data / seed).string();
        std::cout << '\t' << (test_data / "fuzz" / harness.name).string() << '\n';
    }
    return 0;
}
