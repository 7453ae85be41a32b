// The one ordered registration table of code system profiles and importers. Strong identifiers
// (names, XML roots) come first, weak ones (fixed-width layouts recognised by content) last.
#include "codeset/core/code_system.hpp"
#include "codeset/core/importer.hpp"

#include "companions/index_importer.hpp"
#include "companions/pcs_tables_importer.hpp"
#include "companions/tabular_importer.hpp"
#include "cpt/cpt_importer.hpp"
#include "hcpcs/hcpcs_anweb_importer.hpp"
#include "icd10cm/conversion_table_importer.hpp"
#include "icd10cm/icd10cm_order_importer.hpp"
#include "icd10pcs/icd10pcs_order_importer.hpp"
#include "cpt/profile.hpp"
#include "hcpcs/profile.hpp"
#include "icd10cm/profile.hpp"
#include "icd10pcs/profile.hpp"

#include <string>

namespace codeset {

const std::vector<const CodeSystem*>& code_systems() {
    static const std::vector<const CodeSystem*> systems = {
        &importers::icd10cm_profile(),
        &importers::icd10pcs_profile(),
        &importers::hcpcs_profile(),
        &importers::cpt_profile(),
    };
    return systems;
}

const std::vector<const Importer*>& builtin_importers() {
    static const std::vector<const Importer*> importers = {
        &importers::icd10cm_order_importer(),
        &importers::icd10pcs_order_importer(),
        &importers::hcpcs_anweb_importer(),
        &importers::icd10cm_tabular_importer(),  // companions: XML that annotates a release
        &importers::icd10pcs_tables_importer(),
        &importers::icd10cm_conversion_table_importer(),  // a companion kept beside the codes
        &importers::icd10cm_index_importer(IndexKind::diseases),  // the Alphabetic Index files
        &importers::icd10cm_index_importer(IndexKind::external_causes),
        &importers::icd10cm_index_importer(IndexKind::neoplasms),
        &importers::icd10cm_index_importer(IndexKind::drugs),
        &importers::cpt_importer(),  // weak: "maybe" for a file named like LONGULT.txt; keep last
    };
    return importers;
}

const Importer& choose_importer(const Source& source, std::optional<std::string_view> system) {
    const Importer* maybe = nullptr;
    for (const Importer* importer : builtin_importers()) {
        if (system && importer->system() != *system) continue;
        const Identification answer = importer->identify(source);
        if (answer == Identification::yes) return *importer;
        if (answer == Identification::maybe && !maybe) maybe = importer;
    }
    if (maybe) return *maybe;
    // The user named the system: let its importer say what it expected and what it found.
    if (system)
        for (const Importer* importer : builtin_importers())
            if (importer->system() == *system) importer->describe(source);
    std::string expected;
    for (const Importer* importer : builtin_importers())
        if (!system || importer->system() == *system) expected += (expected.empty() ? "" : ", ") + std::string(importer->name());
    if (expected.empty()) throw Error(ErrorCode::unsupported, "no importer reads code system '" + std::string(*system) + "'");
    std::string found;
    const auto& members = source.members();
    for (std::size_t i = 0; i < members.size() && i < 8; ++i) found += (i ? ", " : "") + members[i].name;
    if (members.size() > 8) found += ", ...";
    throw Error(ErrorCode::unsupported, source.path() + ": not a release codeset can read (expected a file for one of: " +
                                            expected + "; found: " + (found.empty() ? "nothing" : found) + ")");
}

}  // namespace codeset
