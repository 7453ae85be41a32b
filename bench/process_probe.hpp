// Whole-process figures for the benchmark: wall time and peak memory of a shell command,
// read from GNU time's verbose report (/usr/bin/time -v).
#pragma once

#include <string>

namespace codeset::bench {

struct ProcessFigures {
    double seconds = 0;           // wall clock
    long peak_rss_kib = 0;        // maximum resident set size
};

// Runs `command` (a shell command line) under /usr/bin/time -v. Throws std::runtime_error
// when the command fails or GNU time is missing.
ProcessFigures probe(const std::string& command);

// Quotes a string for the shell.
std::string shell_quote(const std::string& text);

}  // namespace codeset::bench
