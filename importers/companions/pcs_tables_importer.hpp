// The ICD-10-PCS tables XML as a companion of the order file: every code gains the meaning of each
// of its characters (section, body system, operation, body part, approach, device, qualifier),
// and each table row its operation's definition.
#pragma once

#include "codeset/core/importer.hpp"

namespace codeset::importers {

const Importer& icd10pcs_tables_importer();

}  // namespace codeset::importers
