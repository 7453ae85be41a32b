// One function per subcommand: each adds itself to the app and sets its own callback.
// The callback stores its exit code in `result`.
#pragma once

#include "cli_context.hpp"

#include <CLI/CLI.hpp>

namespace codeset::cli {

void add_import_command(CLI::App& app, Context& context, int& result);
void add_releases_command(CLI::App& app, Context& context, int& result);
void add_show_command(CLI::App& app, Context& context, int& result);
void add_history_command(CLI::App& app, Context& context, int& result);
void add_diff_command(CLI::App& app, Context& context, int& result);
void add_verify_command(CLI::App& app, Context& context, int& result);
void add_export_command(CLI::App& app, Context& context, int& result);
void add_search_command(CLI::App& app, Context& context, int& result);

}  // namespace codeset::cli
