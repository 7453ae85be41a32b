// Small hand-written records for the diff and report tests.
#pragma once

#include "codeset/diff/change_set.hpp"

#include <string>
#include <vector>

namespace codeset::test {

inline CodeRecord billable(std::string code, std::string long_title, std::string short_title = "",
                           std::vector<Attribute> attributes = {}) {
    CodeRecord record;
    record.code = std::move(code);
    record.billable = true;
    record.long_title = std::move(long_title);
    record.short_title = short_title.empty() ? record.long_title.substr(0, 20) : std::move(short_title);
    record.attributes = std::move(attributes);
    return record;
}

inline CodeRecord header(std::string code, std::string long_title, std::string short_title = "") {
    CodeRecord record = billable(std::move(code), std::move(long_title), std::move(short_title));
    record.billable = false;
    return record;
}

// "A0472:added" ... for compact expectations.
inline std::vector<std::string> kinds(const ChangeSet& changes) {
    std::vector<std::string> out;
    for (const Change& change : changes.changes) out.push_back(change.code + ":" + std::string(to_string(change.kind)));
    return out;
}

}  // namespace codeset::test
