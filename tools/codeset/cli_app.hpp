// The codeset command line: parses arguments, runs one subcommand, maps errors to exit codes.
#pragma once

#include <iosfwd>

namespace codeset::cli {

// Runs `codeset` with the given arguments, writing to `out` and `err`. Returns the exit code.
int run(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace codeset::cli
