// codeset upgrade: brings a store an earlier codeset wrote up to this codeset's schema and search
// index, so that the read commands (which never write) can open it.
#include "commands.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <ostream>

namespace codeset::cli {

int run_upgrade(const Context& context) {
    const std::filesystem::path path = context.store_path();
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        throw Error(ErrorCode::store, path.string() + ": no codeset store here (check --db or CODESET_DB)");
    const Store store = context.open_store(StoreAccess::write);
    if (store.schema_version_found() < store.schema_version())
        *context.out << fmt::format("{}: upgraded from schema {} to {}\n", path.string(), store.schema_version_found(),
                                    store.schema_version());
    else
        *context.out << fmt::format("{}: schema {}, up to date\n", path.string(), store.schema_version());
    return exit_ok;
}

void add_upgrade_command(CLI::App& app, Context& context, int& result) {
    CLI::App* command =
        app.add_subcommand("upgrade", "Bring a store an earlier codeset wrote up to date (schema, search index)");
    command->footer(R"(The read commands (releases, show, history, diff, verify, search, export) never write the
store; on a store written by an earlier codeset they ask for this command once. Importing into
the store upgrades it too.

Example:
  codeset --db codes.db upgrade)");
    command->callback([&context, &result] { result = run_upgrade(context); });
}

}  // namespace codeset::cli
