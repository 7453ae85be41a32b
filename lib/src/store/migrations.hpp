// The store schema migrations embedded from schemas/sql at build time.
#pragma once

#include <string_view>
#include <vector>

namespace codeset::detail {

struct Migration {
    int version;             // 1, 2, ...: PRAGMA user_version after it is applied
    std::string_view name;   // "0001_init"
    std::string_view sql;
};

const std::vector<Migration>& embedded_migrations();

}  // namespace codeset::detail
