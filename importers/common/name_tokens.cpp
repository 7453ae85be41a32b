#include "common/name_tokens.hpp"

namespace codeset::importers {

std::vector<NameToken> name_tokens(std::string_view name) {
    std::vector<NameToken> tokens;
    int previous = 0;  // 1 digit, 2 letter, 0 separator
    for (char c : name) {
        int kind = 0;
        if (c >= '0' && c <= '9') kind = 1;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) kind = 2;
        if (kind == 0) {
            previous = 0;
            continue;
        }
        if (kind != previous) tokens.push_back(NameToken{"", kind == 1});
        tokens.back().text += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        previous = kind;
    }
    return tokens;
}

}  // namespace codeset::importers
