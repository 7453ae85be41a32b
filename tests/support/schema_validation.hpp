// Validates codeset's JSON outputs against schemas/json with tests/schema/validate.js (ajv under
// node, installed by tools/setup.sh into build/schema-tools). Tests skip, visibly, where node or
// ajv is absent.
#pragma once

#include "run_command.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

namespace codeset::test {

// The folder ajv was installed in: $CODESET_SCHEMA_TOOLS, else build/schema-tools.
inline std::filesystem::path schema_tools() {
    if (const char* env = std::getenv("CODESET_SCHEMA_TOOLS"); env && *env) return env;
    return CODESET_SCHEMA_TOOLS;
}

// Why the schemas cannot be checked here, or nothing when they can.
inline std::optional<std::string> schema_tools_missing() {
    if (std::system("command -v node > /dev/null 2>&1") != 0) return "node is not installed";
    if (!std::filesystem::exists(schema_tools() / "node_modules/ajv/dist/2020.js"))
        return "ajv is not installed in " + schema_tools().string() + " (run tools/setup.sh test)";
    return std::nullopt;
}

// `file` against schemas/json/<schema>; `lines`: the file is JSON Lines. exit_code 0: valid.
inline CommandResult validate_against_schema(const std::string& schema, const std::filesystem::path& file,
                                             bool lines = false) {
    const std::filesystem::path out = file.string() + ".validation";
    std::string command = "env CODESET_SCHEMA_TOOLS=" + shell_quote(schema_tools().string()) + " node " +
                          shell_quote(CODESET_SCHEMA_VALIDATOR) + " " +
                          shell_quote((std::filesystem::path(CODESET_SCHEMA_DIR) / schema).string()) + " " +
                          shell_quote(file.string()) + (lines ? " --lines" : "");
    return run_merged(std::move(command), out);
}

}  // namespace codeset::test

// Skips the current test, visibly, when node or ajv is not installed.
#define CODESET_REQUIRE_SCHEMA_TOOLS()                                                                  \
    do {                                                                                                \
        if (const auto missing = ::codeset::test::schema_tools_missing())                              \
            GTEST_SKIP() << *missing << ": skipping the JSON Schema check";                             \
    } while (false)
