// The fuzz harnesses of codeset: one per parser of outside input. Each reads one input as the
// parser's users give it (a download, a mapping file, a claims extract) and returns normally when
// the parser reads it or refuses it with codeset::Error, which is what bad input must get. Any
// other exception, a crash, a hang or a leak is a bug: libFuzzer and the sanitizers report it.
// The same harnesses run in the ordinary test suite over their seeds and the inputs kept from
// earlier findings (tests/data/fuzz/NAME), so every fix stays fixed.
#pragma once

#include <string_view>
#include <vector>

namespace codeset::fuzz {

struct Harness {
    std::string_view name;                // "order_file_cm": the fuzz target fuzz_order_file_cm
    void (*run)(std::string_view input);  // reads one input
    std::vector<std::string_view> seeds;  // folders under tests/data whose files seed its corpus
};

const std::vector<Harness>& harnesses();
// The harness called `name`; throws std::invalid_argument for a name no harness has.
const Harness& harness(std::string_view name);

}  // namespace codeset::fuzz
