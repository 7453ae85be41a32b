#include "codeset/import/describe_release.hpp"

#include "codeset/core/code_system.hpp"
#include "codeset/core/error.hpp"

namespace codeset {

std::string label_forms(LabelScheme scheme) {
    switch (scheme) {
    case LabelScheme::fiscal: return "FY2026, FY2023-04 for an April update, FY2021-01 for a January update";
    case LabelScheme::quarterly:
        return "2018 or 2018-01 for the annual file, 2018-04, 2018-07 or 2018-10 for a quarterly update, "
               "2018-01-c2 for a corrected re-issue";
    case LabelScheme::annual: return "2026, or 2026-07-er for early-release codes";
    }
    return {};
}

ReleaseInfo describe_release(const Importer& importer, const Source& source, const ReleaseOverrides& overrides) {
    ReleaseInfo info;
    try {
        info = importer.describe(source);
    } catch (const Error& e) {
        // Names that reveal no version are fine when the user says which release it is.
        if (!overrides.version || e.code() != ErrorCode::parse) throw;
        info.system = std::string(importer.system());
        info.importer = std::string(importer.name());
    }
    if (overrides.version) {
        const CodeSystem& system = require_code_system(info.system);
        if (const auto label = system.parse_label(*overrides.version)) {
            info.version = label->to_string();
            info.kind = label->kind();
            info.effective = label->effective();
        } else {
            info.version = *overrides.version;
            if (!overrides.effective)
                throw Error(ErrorCode::usage, "--version " + *overrides.version + " is not a label of " +
                                                  std::string(system.name) + " (" +
                                                  label_forms(system.labels) + "); give --effective YYYY-MM-DD too");
        }
    }
    if (overrides.effective) info.effective = *overrides.effective;
    return info;
}

}  // namespace codeset
