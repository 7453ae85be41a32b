// One function per subcommand: each adds itself to the app and sets its own callback, which
// stores its exit code in `result`. The commands that print content also declare their arguments
// and `run_*`, so tests can call them in-process: each parses nothing, calls one library query
// (codeset/query/queries.hpp) and hands the result to the writer registry.
#pragma once

#include "cli_context.hpp"

#include "codeset/query/change_filter.hpp"

#include <CLI/CLI.hpp>

#include <cstddef>
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
// Runs `codeset import` in-process (tests call it): prints one line per release to context.out
// and one error line per path that failed to context.err, and returns the exit code; throws Error
// for options that fit no path.
int run_import(const ImportArguments& args, const Context& context);
void add_releases_command(CLI::App& app, Context& context, int& result);
void add_show_command(CLI::App& app, Context& context, int& result);
void add_history_command(CLI::App& app, Context& context, int& result);
void add_diff_command(CLI::App& app, Context& context, int& result);
void add_verify_command(CLI::App& app, Context& context, int& result);
void add_export_command(CLI::App& app, Context& context, int& result);
void add_search_command(CLI::App& app, Context& context, int& result);
void add_map_command(CLI::App& app, Context& context, int& result);
void add_lookup_command(CLI::App& app, Context& context, int& result);
void add_validate_command(CLI::App& app, Context& context, int& result);
void add_summary_command(CLI::App& app, Context& context, int& result);
void add_upgrade_command(CLI::App& app, Context& context, int& result);
int run_upgrade(const Context& context);
// `codeset publish` and its subcommands (cmd_publish_<way>.cpp), each added to `publish`.
void add_publish_command(CLI::App& app, Context& context, int& result);
void add_publish_fhir_command(CLI::App& publish, Context& context, int& result);
void add_publish_git_command(CLI::App& publish, Context& context, int& result);

struct PublishFhirArguments {
    std::string system;
    std::string dir;
    bool licensed_text = false;  // --my-license-covers-descriptors
};
int run_publish_fhir(const PublishFhirArguments& args, const Context& context);

struct PublishGitArguments {
    std::string system;
    std::string repository;
    std::string branch;  // empty: the system's name
    bool rebuild = false;
    bool init = false;
    std::string author;  // empty: codeset's default identity
    std::string email;
    bool licensed_text = false;
};
// Prints one line per release committed, or that the branch is up to date.
int run_publish_git(const PublishGitArguments& args, const Context& context);

// --table NAME and --deleted delete|keep of the writers that fill a table (sql), as typed; empty:
// not given.
struct TableOptions {
    std::string name;
    std::string deleted;
};

struct DiffArguments {
    std::string system;
    std::string from;
    std::string to;
    std::string format;  // empty: named by the extension of `output`, else text
    std::string output;
    bool exit_code = false;
    bool licensed_text = false;  // --my-license-covers-descriptors
    TableOptions table;          // --table, --deleted (sql)
    ChangeFilter filter;         // --range, --chapter, --section
};
int run_diff(const DiffArguments& args, const Context& context);

struct ExportArguments {
    std::string system;
    std::string version;
    std::string format;  // empty: named by the extension of `output`, else csv
    std::string output;
    bool licensed_text = false;
    TableOptions table;  // --table (sql)
    std::string from;    // --from: the replacements of that release's codes, not a snapshot
};
int run_export(const ExportArguments& args, const Context& context);

struct ShowArguments {
    std::string system;
    std::string code;
    std::string at;
    std::string format = "text";
    bool licensed_text = false;
};
int run_show(const ShowArguments& args, const Context& context);

struct HistoryArguments {
    std::string system;
    std::string code;
    std::string format = "text";
    bool licensed_text = false;
};
int run_history(const HistoryArguments& args, const Context& context);

struct SearchArguments {
    std::string system;
    std::vector<std::string> words;  // TEXT, possibly given as several arguments
    std::string at;
    std::size_t limit = 20;
    std::string format = "text";
    bool licensed_text = false;
};
int run_search(const SearchArguments& args, const Context& context);

struct MapArguments {
    std::string system;
    std::string code;
    std::string from;
    std::string to;
    std::string format;  // empty: named by the extension of `output`, else text
    std::string output;
    bool licensed_text = false;
};
int run_map(const MapArguments& args, const Context& context);
struct LookupArguments {
    std::string system;
    std::vector<std::string> words;  // TERM, possibly given as several arguments
    std::string at;
    std::size_t limit = 20;
    std::string format = "text";
    bool licensed_text = false;
};
int run_lookup(const LookupArguments& args, const Context& context);

struct ValidateArguments {
    std::string system;
    std::string file;
    std::string code_column = "code";
    std::string date_column;  // empty: every row judged in --at (or the latest release)
    std::string at;
    std::string format = "text";
    std::string output;
};
// Exit code exit_ok when every row is valid, exit_changes when any is not.
int run_validate(const ValidateArguments& args, const Context& context);

struct SummaryArguments {
    std::string system;
    std::string format;  // empty: named by the extension of `output`, else text
    std::string output;
};
int run_summary(const SummaryArguments& args, const Context& context);

struct ReleasesArguments {
    std::string system;
    std::string format = "text";
    bool files = false;
    bool warnings = false;
};
int run_releases(const ReleasesArguments& args, const Context& context);
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
