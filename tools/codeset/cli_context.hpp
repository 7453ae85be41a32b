// What every subcommand shares: the store path, the output streams and the exit codes.
#pragma once

#include "codeset/core/error.hpp"
#include "codeset/store/store.hpp"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

namespace codeset::cli {

// Documented in docs/cli.md; kept stable for scripts.
enum ExitCode : int {
    exit_ok = 0,
    exit_changes = 1,      // diff --exit-code found changes
    exit_usage = 2,        // bad command line
    exit_input = 3,        // unreadable or malformed release files
    exit_store = 4,        // store cannot be opened, newer schema, version conflict
    exit_not_found = 5,    // unknown system, version or code
};

int exit_code_for(ErrorCode code) noexcept;

struct Context {
    std::string db_option;  // --db, empty when not given
    std::ostream* out = nullptr;
    std::ostream* err = nullptr;
    bool err_is_terminal = false;

    // --db FILE, else $CODESET_DB, else ./codeset.db
    std::filesystem::path store_path() const;
    // Read commands open the store with StoreAccess::read: a missing store is an error, never a
    // new empty file.
    Store open_store(StoreAccess access) const;
};

}  // namespace codeset::cli
