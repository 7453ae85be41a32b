// The names a release takes in FHIR, shared by the FHIR writer (lib/src/export/fhir_writer.cpp)
// and the FHIR package publisher (codeset/publish/fhir_packages.hpp).
#pragma once

#include "codeset/core/code_system.hpp"

#include <string>
#include <string_view>

namespace codeset {

// The CodeSystem resource's id: the system's name and the release label, "icd10cm-FY2026"
// (FHIR ids hold letters, digits, '-' and '.', at most 64).
std::string fhir_code_system_id(const CodeSystem& system, std::string_view version);

// The FHIR version the CodeSystem resources are written for.
inline constexpr std::string_view fhir_version = "4.0.1";

}  // namespace codeset
