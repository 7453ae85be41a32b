// --system, --version and --effective applied on top of what an importer detected.
#pragma once

#include "codeset/core/importer.hpp"
#include "codeset/core/version_label.hpp"

#include <string>

namespace codeset {

// Describes the release in `source`, then applies the overrides. --version is read with the
// grammar of the system's labels (its profile) and written canonically: for HCPCS, "2018" is
// 2018-01, the release the file names tell. A label of the grammar also sets the kind and, unless
// --effective, the effective date; any other label needs --effective (Error(usage) otherwise).
ReleaseInfo describe_release(const Importer& importer, const Source& source, const ReleaseOverrides& overrides);

// The forms of a label scheme, for messages: "FY2026, FY2023-04 (April update), FY2021-01 (January update)".
std::string label_forms(LabelScheme scheme);

}  // namespace codeset
