// The one ordered registration table of importers. Strong identifiers (names, XML roots)
// come first, weak ones (fixed-width layouts recognised by content) last.
#include "codeset/core/importer.hpp"

#include "icd10cm/icd10cm_order_importer.hpp"
#include "icd10pcs/icd10pcs_order_importer.hpp"

#include <string>

namespace codeset {

const std::vector<const Importer*>& builtin_importers() {
    static const std::vector<const Importer*> importers = {
        &importers::icd10cm_order_importer(),
        &importers::icd10pcs_order_importer(),
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
    std::string expected;
    for (const Importer* importer : builtin_importers())
        if (!system || importer->system() == *system) expected += (expected.empty() ? "" : ", ") + std::string(importer->name());
    if (expected.empty()) throw Error(ErrorCode::unsupported, "no importer reads code system '" + std::string(*system) + "'");
    throw Error(ErrorCode::unsupported,
                source.path() + ": not a release codeset can read (expected one of: " + expected + ")");
}

}  // namespace codeset
