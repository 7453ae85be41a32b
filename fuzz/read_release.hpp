// How a harness reads a release through its importer, as `codeset import` does: describe it, then
// read its codes (or, for a companion, its annotations and their check) into a sink.
#pragma once

#include "codeset/core/importer.hpp"
#include "codeset/core/source.hpp"

#include <filesystem>
#include <memory>
#include <string_view>

namespace codeset::fuzz {

// The source at `path`, or null when Source::open refuses it (codeset::Error).
std::unique_ptr<Source> open_source(const std::filesystem::path& path);
// Returns when the importer read the source or refused it with codeset::Error.
void read_release(const Importer& importer, Source& source);
// The same for `input` written as the plain file `name`.
void read_file_as(const Importer& importer, std::string_view name, std::string_view input);

}  // namespace codeset::fuzz
