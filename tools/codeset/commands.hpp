// One function per subcommand: each adds itself to the app and sets its own callback.
// The callback stores its exit code in `result`.
#pragma once

#include "cli_context.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace codeset::cli {

void add_import_command(CLI::App& app, Context& context, int& result);
void add_releases_command(CLI::App& app, Context& context, int& result);
void add_show_command(CLI::App& app, Context& context, int& result);
void add_history_command(CLI::App& app, Context& context, int& result);
void add_diff_command(CLI::App& app, Context& context, int& result);
void add_verify_command(CLI::App& app, Context& context, int& result);
void add_export_command(CLI::App& app, Context& context, int& result);
void add_search_command(CLI::App& app, Context& context, int& result);

// `codeset verify`, callable in-process: writes the report to context.out and returns the exit code
// (exit_ok when every check agrees, exit_changes when one does not). Throws codeset::Error.
struct VerifyArguments {
    std::string system;
    std::string version;
    std::string against;  // empty: the release just before
    std::string format = "text";
};
int run_verify(const VerifyArguments& args, const Context& context);

}  // namespace codeset::cli
