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

// Runs a shell command line (/bin/sh -c) and returns its exit status (-1 when it could not be
// started or ended by a signal). Spawned with posix_spawn, which glibc starts without copying the
// benchmark's page tables: a timed child then costs the same whatever the benchmark itself holds
// (std::system forks, and a fork of a large process costs more than a small command's run).
int run_shell(const std::string& command);

// Quotes a string for the shell.
std::string shell_quote(const std::string& text);

}  // namespace codeset::bench
