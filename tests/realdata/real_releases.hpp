// The real CMS releases in ../shared/data, imported the way `codeset import` imports them.
#pragma once

#include "codeset/import/describe_release.hpp"
#include "test_paths.hpp"

#include "codeset/core/importer.hpp"
#include "codeset/core/source.hpp"
#include "codeset/store/store.hpp"

#include <optional>
#include <string>

namespace codeset::test {

// One real release: its file under ../shared/data and, where the name does not tell, its label.
struct RealRelease {
    std::string file;                    // relative to shared_data()
    std::string version;                 // the label it must end up with
    bool needs_version_option = false;   // the user passes --version for it
};

inline ImportResult import_real(Store& store, const RealRelease& release) {
    auto source = Source::open(shared_data() / release.file);
    const Importer& importer = choose_importer(*source);
    ReleaseOverrides overrides;
    if (release.needs_version_option) overrides.version = release.version;
    const ReleaseInfo info = describe_release(importer, *source, overrides);
    return store.import_release(info, [&](RecordSink& sink) { importer.read(*source, sink, ReadOptions{}); });
}

// Every order-file release here, by label.
inline const std::vector<RealRelease>& real_icd10cm_releases() {
    static const std::vector<RealRelease> releases = {
        {"icd10cm/cms_2016_dx.zip", "FY2016"},
        {"icd10cm/cms_2017_dx.zip", "FY2017"},
        {"icd10cm/cms_2018_dx.zip", "FY2018"},
        {"icd10cm/icd10cm-codes-order-Jan-2021.zip", "FY2021-01"},
        {"icd10cm/Code Descriptions zip.zip", "FY2022"},
        {"icd10cm/cms_2022_dx.zip", "FY2022-04", true},
        {"icd10cm/icd10-Order-CodeFiles2023.zip", "FY2023"},
        {"icd10cm/cms_2023_dx.zip", "FY2023-04", true},
        {"icd10cm/icd10cm-CodesDescriptions-2024.zip", "FY2024"},
        {"icd10cm/ICD10-CM Code Descriptions 2025.zip", "FY2025"},
        {"icd10cm/icd10cm-Code Descriptions-2026.zip", "FY2026"},
    };
    return releases;
}

inline const std::vector<RealRelease>& real_icd10pcs_releases() {
    static const std::vector<RealRelease> releases = {
        {"icd10pcs/cms_2016_pr.zip", "FY2016"},
        {"icd10pcs/cms_2017_pr.zip", "FY2017"},
        {"icd10pcs/cms_2018_pr.zip", "FY2018"},
        {"icd10pcs/cms_2021_pr.zip", "FY2021-01", true},
        {"icd10pcs/cms_2022_pr.zip", "FY2022"},
        {"icd10pcs/cms_2022_errata.zip", "FY2022-01", true},
        {"icd10pcs/cms_2023_pr.zip", "FY2023-04", true},
        {"icd10pcs/cms_2024_pr.zip", "FY2024-04", true},
        {"icd10pcs/cms_2025_pr.zip", "FY2025"},
        {"icd10pcs/cms_2026_pr.zip", "FY2026"},
    };
    return releases;
}

inline RealRelease real_release(const std::string& system, const std::string& version) {
    for (const RealRelease& release : system == "icd10cm" ? real_icd10cm_releases() : real_icd10pcs_releases())
        if (release.version == version) return release;
    throw std::invalid_argument("no real release " + system + " " + version);
}

}  // namespace codeset::test
