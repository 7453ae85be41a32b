#include "cli_app.hpp"

#include "commands.hpp"

#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <unistd.h>

namespace codeset::cli {

namespace {

constexpr const char* overview = R"(codeset keeps every release of ICD-10-CM, ICD-10-PCS, HCPCS and CPT in one SQLite
file and tells exactly what changed between any two of them.

Examples:
  codeset import "icd10cm-Code Descriptions-2026.zip"
  codeset releases
  codeset diff icd10cm FY2025 FY2026
  codeset verify icd10cm FY2026
  codeset show icd10cm E11.9 --at 2024-06-30
  codeset history icd10cm Z28.3
  codeset search icd10cm type 2 diabetes

The store is --db FILE, else $CODESET_DB, else ./codeset.db.
Exit codes: 0 ok, 1 changes found (diff --exit-code), 2 usage, 3 unreadable or malformed
input, 4 store error or version conflict, 5 unknown system, version or code.)";

}  // namespace

int run(int argc, char** argv, std::ostream& out, std::ostream& err) {
    CLI::App app{overview, "codeset"};
    app.set_version_flag("--version", std::string("codeset ") + CODESET_VERSION);
    app.require_subcommand(1);
    app.fallthrough();

    Context context;
    context.out = &out;
    context.err = &err;
    context.err_is_terminal = (&err == &std::cerr) && ::isatty(STDERR_FILENO);
    app.add_option("--db", context.db_option, "Store file (default: $CODESET_DB, else ./codeset.db)")
        ->type_name("FILE");

    int result = exit_ok;
    add_import_command(app, context, result);
    add_releases_command(app, context, result);
    add_show_command(app, context, result);
    add_history_command(app, context, result);
    add_diff_command(app, context, result);
    add_summary_command(app, context, result);
    add_verify_command(app, context, result);
    add_export_command(app, context, result);
    add_search_command(app, context, result);
    add_map_command(app, context, result);
    add_lookup_command(app, context, result);
    add_validate_command(app, context, result);
    add_upgrade_command(app, context, result);
    add_publish_command(app, context, result);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        out << app.help();
        return exit_ok;
    } catch (const CLI::CallForAllHelp&) {
        out << app.help("", CLI::AppFormatMode::All);
        return exit_ok;
    } catch (const CLI::CallForVersion&) {
        out << app.version() << '\n';
        return exit_ok;
    } catch (const CLI::ParseError& e) {
        // Help requested on a subcommand arrives here too, with exit code 0.
        if (e.get_exit_code() == 0) return app.exit(e, out, err);
        err << "codeset: error: " << e.what() << "\n(run 'codeset --help' or 'codeset COMMAND --help')\n";
        return exit_usage;
    } catch (const Error& e) {
        err << "codeset: error: " << e.what() << '\n';
        return exit_code_for(e.code());
    } catch (const std::exception& e) {
        err << "codeset: error: " << e.what() << '\n';
        return exit_input;
    }
    return result;
}

}  // namespace codeset::cli
