// File and folder names as words: release names carry their year and month as words
// ("icd10cm-order-Jan-2021.txt", "HCPC2018_CONTR_ANWEB.txt", "cpt-2026-07-early-release").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace codeset::importers {

struct NameToken {
    std::string text;  // lower case
    bool digits = false;
};

// Runs of letters and runs of digits, lower-cased; everything else separates.
std::vector<NameToken> name_tokens(std::string_view name);

}  // namespace codeset::importers
