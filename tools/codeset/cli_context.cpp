#include "cli_context.hpp"

#include <cstdlib>

namespace codeset::cli {

int exit_code_for(ErrorCode code) noexcept {
    switch (code) {
        case ErrorCode::usage: return exit_usage;
        case ErrorCode::io:
        case ErrorCode::parse:
        case ErrorCode::unsupported: return exit_input;
        case ErrorCode::schema:
        case ErrorCode::store:
        case ErrorCode::conflict: return exit_store;
        case ErrorCode::not_found: return exit_not_found;
    }
    return exit_input;
}

std::filesystem::path Context::store_path() const {
    if (!db_option.empty()) return db_option;
    if (const char* env = std::getenv("CODESET_DB"); env && *env) return env;
    return "codeset.db";
}

Store Context::open_store(StoreAccess access) const { return Store(store_path(), access); }

}  // namespace codeset::cli
