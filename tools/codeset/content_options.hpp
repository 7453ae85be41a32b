// The options every command that prints content shares: --format, whose choices come from the
// writer registry, and the licence statement the registry's licence policy reads.
#pragma once

#include "codeset/query/content.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace codeset::cli {

// --format NAME, described with the formats the registry writes for `kind`; the registry checks
// the name when the command runs (an unknown one is a usage error listing them).
CLI::Option* add_format_option(CLI::App& command, std::string& format, ContentKind kind);
// --my-license-covers-descriptors
CLI::Option* add_licence_flag(CLI::App& command, bool& covers_descriptors);

}  // namespace codeset::cli
