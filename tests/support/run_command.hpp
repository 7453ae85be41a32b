// Runs the codeset binary as a user would, capturing its exit code, stdout and stderr.
#pragma once

#include "test_paths.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <utility>
#include <vector>

namespace codeset::test {

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

inline std::string shell_quote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

inline std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Runs a shell command with its output captured in files of `dir`.
inline CommandResult run_captured(std::string command, const std::filesystem::path& dir) {
    const auto out = dir / ".stdout";
    const auto err = dir / ".stderr";
    command += " > " + shell_quote(out.string()) + " 2> " + shell_quote(err.string());
    const int status = std::system(command.c_str());
    CommandResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_text(out);
    result.err = read_text(err);
    return result;
}

// Runs a shell command with standard output and error together in `err` (through the file `log`,
// removed afterwards): for tools that report on either.
inline CommandResult run_merged(std::string command, const std::filesystem::path& log) {
    command += " > " + shell_quote(log.string()) + " 2>&1";
    const int status = std::system(command.c_str());
    CommandResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.err = read_text(log);
    std::filesystem::remove(log);
    return result;
}

// Runs `codeset ARGS...` in `dir` with CODESET_DB unset unless `db_env` is given.
inline CommandResult run_codeset(const std::vector<std::string>& args, const std::filesystem::path& dir,
                                 const std::string& db_env = "") {
    std::string command = "cd " + shell_quote(dir.string()) + " && ";
    command += db_env.empty() ? "env -u CODESET_DB " : "env CODESET_DB=" + shell_quote(db_env) + " ";
    command += shell_quote(CODESET_BINARY);
    for (const std::string& arg : args) command += " " + shell_quote(arg);
    return run_captured(std::move(command), dir);
}

}  // namespace codeset::test
