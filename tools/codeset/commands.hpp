// One function per subcommand: each adds itself to the app and sets its own callback.
// The callback stores its exit code in `result`.
#pragma once

#include "cli_context.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace codeset::cli {

void add_import_command(CLI::App& app, Context& context, int& result);
// What `codeset import` was given, as typed.
struct ImportArguments {
    std::vector<std::string> paths;
    std::string system;
    std::string version;
    std::string effective;
    std::string mapping;
    bool replace = false;
};
// Runs `codeset import` in-process (tests call it): prints one line per release to context.out,
// throws Error for bad input as the command does.
int run_import(const ImportArguments& args, const Context& context);
void add_releases_command(CLI::App& app, Context& context, int& result);
void add_show_command(CLI::App& app, Context& context, int& result);
void add_history_command(CLI::App& app, Context& context, int& result);
void add_diff_command(CLI::App& app, Context& context, int& result);
void add_verify_command(CLI::App& app, Context& context, int& result);
void add_export_command(CLI::App& app, Context& context, int& result);
void add_search_command(CLI::App& app, Context& context, int& result);

}  // namespace codeset::cli
