#include "content_options.hpp"

#include "codeset/export/writer.hpp"

namespace codeset::cli {

CLI::Option* add_format_option(CLI::App& command, std::string& format, ContentKind kind) {
    std::string names;
    for (const std::string_view name : format_names(kind))
        names += (names.empty() ? "" : ", ") + std::string(name) + (name == format ? " (default)" : "");
    return command.add_option("--format", format, "Output format: " + names)->type_name("FORMAT");
}

CLI::Option* add_licence_flag(CLI::App& command, bool& covers_descriptors) {
    return command.add_flag("--my-license-covers-descriptors", covers_descriptors,
                            "For licensed systems (CPT): include descriptors, stating your licence covers it");
}

}  // namespace codeset::cli
