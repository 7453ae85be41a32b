// HCPCS release labels, told from the names CMS gives its files.
//
// HCPCS is versioned by calendar year, in the quarterly scheme of codeset/core/version_label.hpp
// (2018-01 the annual file, 2018-04/07/10 the quarterly updates, 2018-01-c2 a corrected re-issue):
// this file only tells the label from names; its text, kind and date come from VersionLabel.
// From a name: the year is a 4-digit token 2000-2099 ("2018-Alpha-Numeric-HCPCS-File.zip",
// "HCPC2018_CONTR_ANWEB_disc.txt") or two digits right after "HCPC"/"HCPCS" ("HCPC17_CONTR_ANWEB.txt");
// a month word jan/apr/jul/oct (or january, april, july, october), or 01/04/07/10 right after the year,
// selects the quarter; a "correction(s)"/"corrected"/"corr" token makes it a correction, numbered by a
// "v<N>" token (V2_HCPC2018_Corrections_ANWEB) or a "c<N>" token after the month (2018-01-c2), else 1.
// A "_v4" alone (HCPC2020_JAN_ANWEB_v4.txt) is CMS's revision of the posting, not a correction: ignored.
#pragma once

#include "codeset/core/release_info.hpp"
#include "codeset/core/version_label.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeset::importers::hcpcs {

// What one name reveals.
struct HcpcsNameVersion {
    std::optional<int> year;        // empty when none, or several different ones
    std::optional<int> month;       // 1, 4, 7, 10
    std::optional<int> correction;  // set when the name says "correction"
};
HcpcsNameVersion hcpcs_version_in_name(std::string_view name);

struct DetectedHcpcsVersion {
    VersionLabel label;  // of the quarterly scheme
    std::string year_from;  // the name the year was read from
};

// Looks at names from the most specific (the ANWEB file) to the most general (the zip the user gave):
// the year comes from the first name that reveals one, the month and the correction from the first
// name that has them.
std::optional<DetectedHcpcsVersion> detect_hcpcs_version(const std::vector<std::string>& names);

}  // namespace codeset::importers::hcpcs
