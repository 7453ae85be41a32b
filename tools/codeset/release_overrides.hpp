// --system, --version and --effective applied on top of what an importer detected.
#pragma once

#include "codeset/core/importer.hpp"

namespace codeset::cli {

// Describes the release in `source`, then applies the overrides. A fiscal-year label given
// with --version (FY2023-04) also sets the kind and, unless --effective, the effective date.
ReleaseInfo describe_release(const Importer& importer, const Source& source, const ReleaseOverrides& overrides);

}  // namespace codeset::cli
