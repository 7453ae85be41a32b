#include "release_overrides.hpp"

#include "codeset/core/error.hpp"

#include <cctype>

namespace codeset::cli {

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
        std::string version = *overrides.version;
        for (char& c : version) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (const auto label = FiscalLabel::parse(version)) {
            info.version = label->to_string();
            info.kind = label->kind;
            info.effective = label->effective();
        } else {
            info.version = *overrides.version;
            if (!overrides.effective)
                throw Error(ErrorCode::usage, "--version " + *overrides.version +
                                                  " is not a fiscal-year label such as FY2026 or FY2023-04; "
                                                  "give --effective YYYY-MM-DD too");
        }
    }
    if (overrides.effective) info.effective = *overrides.effective;
    return info;
}

}  // namespace codeset::cli
