#include "process_probe.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace codeset::bench {

std::string shell_quote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

int run_shell(const std::string& command) {
    const char* argv[] = {"/bin/sh", "-c", command.c_str(), nullptr};
    pid_t child = 0;
    if (posix_spawn(&child, "/bin/sh", nullptr, nullptr, const_cast<char* const*>(argv), environ) != 0) return -1;
    int status = 0;
    while (waitpid(child, &status, 0) < 0)
        if (errno != EINTR) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

namespace {

double parse_elapsed(const std::string& value) {
    // "h:mm:ss" or "m:ss.ss"
    double seconds = 0;
    std::stringstream parts(value);
    std::string part;
    while (std::getline(parts, part, ':')) seconds = seconds * 60 + std::stod(part);
    return seconds;
}

}  // namespace

ProcessFigures probe(const std::string& command) {
    if (!std::filesystem::exists("/usr/bin/time"))
        throw std::runtime_error("/usr/bin/time not found (apt-get install time)");
    const auto report = std::filesystem::temp_directory_path() / ("codeset-bench-time-" + std::to_string(::getpid()));
    const std::string line = "/usr/bin/time -v -o " + shell_quote(report.string()) + " sh -c " + shell_quote(command);
    if (run_shell(line) != 0) throw std::runtime_error("command failed: " + command);
    ProcessFigures figures;
    std::ifstream in(report);
    std::string text;
    while (std::getline(in, text)) {
        const auto colon = text.rfind(": ");
        if (colon == std::string::npos) continue;
        const std::string value = text.substr(colon + 2);
        if (text.find("Maximum resident set size") != std::string::npos) figures.peak_rss_kib = std::stol(value);
        if (text.find("Elapsed (wall clock) time") != std::string::npos) figures.seconds = parse_elapsed(value);
    }
    std::filesystem::remove(report);
    return figures;
}

}  // namespace codeset::bench
