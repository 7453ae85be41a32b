#include "content_options.hpp"

#include "codeset/core/error.hpp"

#include <filesystem>
#include <unistd.h>

namespace codeset::cli {

CLI::Option* add_format_option(CLI::App& command, std::string& format, ContentKind kind,
                               std::string_view default_format) {
    const std::string_view marked = default_format.empty() ? std::string_view(format) : default_format;
    std::string names;
    for (const std::string_view name : format_names(kind))
        names += (names.empty() ? "" : ", ") + std::string(name) + (name == marked ? " (default)" : "");
    if (!default_format.empty()) names += "; without it, the one -o FILE's extension names";
    return command.add_option("--format", format, "Output format: " + names)->type_name("FORMAT");
}

const Writer& output_writer(const std::string& format, const std::string& output, ContentKind kind,
                            std::string_view fallback) {
    if (!format.empty()) {
        const Writer& writer = require_writer(format, kind);
        // A workbook is bytes: to a file or a pipe, never onto the terminal.
        if (writer.binary && output.empty() && isatty(STDOUT_FILENO))
            throw Error(ErrorCode::usage, "--format " + format + " writes a file: give -o FILE." +
                                              std::string(writer.extension) + " or redirect the output");
        return writer;
    }
    const std::string extension = std::filesystem::path(output).extension().string();
    const Writer* writer = extension.size() > 1 ? find_writer_by_extension(extension.substr(1), kind) : nullptr;
    if (!writer) return require_writer(fallback, kind);
    if (writer->writes(kind)) return *writer;
    std::string names;
    for (const std::string_view name : format_names(kind)) names += (names.empty() ? "" : ", ") + std::string(name);
    throw Error(ErrorCode::usage, "-o " + output + ": " + std::string(to_string(kind)) + " are not written as " +
                                      std::string(writer->name) + " (" + extension + "); name one of " + names +
                                      " with --format");
}

void add_table_options(CLI::App& command, TableOptions& options, bool with_deleted) {
    command.add_option("--table", options.name, "With --format sql: the table's name, optionally schema.table (default: the system's)")
        ->type_name("NAME");
    if (with_deleted)
        command
            .add_option("--deleted", options.deleted,
                        "With --format sql: delete the rows of deleted codes (default), or keep them with valid_until set")
            ->check(CLI::IsMember({"delete", "keep"}))
            ->type_name("delete|keep");
}

TableLayout table_layout(const TableOptions& options, const Writer& writer) {
    if (writer.name != "sql" && (!options.name.empty() || !options.deleted.empty()))
        throw Error(ErrorCode::usage, std::string(options.name.empty() ? "--deleted" : "--table") +
                                          " is for --format sql, not " + std::string(writer.name));
    return {options.name, options.deleted == "keep" ? TableLayout::Deleted::keep : TableLayout::Deleted::remove};
}

CLI::Option* add_licence_flag(CLI::App& command, bool& covers_descriptors) {
    return command.add_flag("--my-license-covers-descriptors", covers_descriptors,
                            "For licensed systems (CPT): include descriptors, stating your licence covers it");
}

}  // namespace codeset::cli
