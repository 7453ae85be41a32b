// The options every command that prints content shares: --format, whose choices come from the
// writer registry, and the licence statement the registry's licence policy reads.
#pragma once

#include "commands.hpp"

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
// --table NAME and, for change sets (`with_deleted`), --deleted delete|keep.
void add_table_options(CLI::App& command, TableOptions& options, bool with_deleted);
// The table layout the options ask `writer` for. A usage error when they were given to a writer
// that fills no table; the writer checks the name.
TableLayout table_layout(const TableOptions& options, const Writer& writer);
// --my-license-covers-descriptors
CLI::Option* add_licence_flag(CLI::App& command, bool& covers_descriptors);

}  // namespace codeset::cli
