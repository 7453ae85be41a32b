// codeset publish: releases written for other systems to load; one subcommand per way in.
#include "commands.hpp"

namespace codeset::cli {

void add_publish_command(CLI::App& app, Context& context, int& result) {
    CLI::App* command = app.add_subcommand("publish", "Publish every stored release of a system for other systems to load");
    command->require_subcommand(1);
    add_publish_fhir_command(*command, context, result);
    add_publish_git_command(*command, context, result);
}

}  // namespace codeset::cli
