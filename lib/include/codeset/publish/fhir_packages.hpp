// codeset publish fhir: one FHIR NPM package per stored release of a system, as the FHIR
// specification's packages page describes (a .tgz holding package/package.json,
// package/.index.json and the release's CodeSystem resource), for servers and tools that install
// packages. Named and versioned after the release: codeset.<system> 2026.0.0 for FY2026.
#pragma once

#include "codeset/core/code_system.hpp"
#include "codeset/export/writer.hpp"
#include "codeset/store/store.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace codeset {

// The package's name: "codeset." and the system's name (FHIR package names are dot-separated
// lowercase namespaces, the first naming the publisher).
std::string fhir_package_name(const CodeSystem& system);
// The package's semantic version, from the label: year.month.correction, so that versions sort as
// releases come into force: FY2026 -> 2026.0.0, FY2026-04 -> 2026.4.0, 2018-01-c2 -> 2018.1.2,
// 2026-07-er -> 2026.7.0. Throws Error(usage) for text that is not a label of the system.
std::string fhir_package_version(const CodeSystem& system, std::string_view label);

struct FhirPackage {
    std::filesystem::path path;  // DIR/codeset.icd10cm-2026.0.0.tgz
    std::string release;         // "FY2026"
    std::string package_version; // "2026.0.0"
    std::uint64_t concepts = 0;
    bool descriptors_withheld = false;
};

// Writes one package per stored release of `system` into `dir` (created when missing), in
// effective-date order, each under a temporary name renamed into place: re-running rewrites
// them whole, and an interrupted run leaves no half package. The licence policy applies: without
// `terms` covering them, a licensed system's descriptors stay out and the notice goes once to
// `notices`. `written` hears of each package as it is in place. Throws Error(io) naming `dir` or the
// package that cannot be written, Error(not_found) when the store holds no release of the system.
std::vector<FhirPackage> publish_fhir_packages(const Store& store, const CodeSystem& system,
                                               const std::filesystem::path& dir, LicenceTerms terms,
                                               std::ostream* notices = nullptr,
                                               const std::function<void(const FhirPackage&)>& written = {});

}  // namespace codeset
