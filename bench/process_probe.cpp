#include "process_probe.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace codeset::bench {

std::string shell_quote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
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
    if (std::system(line.c_str()) != 0) throw std::runtime_error("command failed: " + command);
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
