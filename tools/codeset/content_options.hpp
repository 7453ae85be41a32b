// The options every command that prints content shares: --format, whose choices come from the
// writer registry, and the licence statement the registry's licence policy reads.
#pragma once

#include "codeset/export/writer.hpp"
#include "codeset/query/content.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace codeset::cli {

// --format NAME, described with the formats the registry writes for `kind`; the registry checks
// the name when the command runs (an unknown one is a usage error listing them). The default is
// `format`'s value, or `default_format` for commands that infer the format from -o.
CLI::Option* add_format_option(CLI::App& command, std::string& format, ContentKind kind,
                               std::string_view default_format = {});
// The writer of a command that takes -o FILE: --format when given (it always wins); else the
// writer of FILE's extension (.json, .jsonl, .csv, .md, .txt), when it writes `kind`; else
// `fallback`. A known extension whose writer does not write `kind` is a usage error.
const Writer& output_writer(const std::string& format, const std::string& output, ContentKind kind,
                            std::string_view fallback);
// --my-license-covers-descriptors
CLI::Option* add_licence_flag(CLI::App& command, bool& covers_descriptors);

}  // namespace codeset::cli
