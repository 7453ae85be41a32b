// Invented ICD-10-CM order files written by tests: one fixed-width line per code, as CMS lays
// them out (order number, code, billable flag, short title, long title).
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace codeset::test {

struct OrderLine {
    std::string code;
    bool billable;
    std::string title;
};

inline std::string order_file(const std::vector<OrderLine>& lines) {
    std::string text;
    int order = 0;
    for (const OrderLine& line : lines) {
        char row[256];
        std::snprintf(row, sizeof row, "%05d %-7s %d %-60s %s\n", ++order, line.code.c_str(), line.billable ? 1 : 0,
                      line.title.substr(0, 60).c_str(), line.title.c_str());
        text += row;
    }
    return text;
}

}  // namespace codeset::test
