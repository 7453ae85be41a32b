// CPT descriptor files as a licensee receives them from the AMA (a folder or zip of tab-delimited
// or "code descriptor" text files), read through a CptMapping. codeset ships no CPT content:
// every example, test and fixture uses invented codes and descriptors.
//
// Each code becomes one billable CodeRecord: long_title = long descriptor, short_title = short
// descriptor, and as attributes `category` (I, II, III or MAAA), `medium_descriptor`,
// `consumer_descriptor`, `clinician_descriptors` (the descriptor itself when there is one, a JSON
// array of strings when there are several) and `concept_id`. The long file defines the codes and
// their order.
#pragma once

#include "codeset/core/importer.hpp"
#include "codeset/core/version_label.hpp"

#include "common/code_check.hpp"
#include "cpt/cpt_mapping.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeset::importers {

// The importer registered in builtin_importers() ("cpt-ama", system "cpt"), reading with
// default_cpt_mapping(). It identifies weakly: `maybe` when a member is named like the long file.
const Importer& cpt_importer();

// An importer reading with the given mapping: what `codeset import --mapping FILE` uses, as
//   auto importer = cpt_importer_with(parse_cpt_mapping(file));
// Throws Error(usage) when the mapping has no [long] file first.
std::unique_ptr<Importer> cpt_importer_with(CptMapping mapping);

// A CPT code: 5 digits (Category I); 4 digits then F (Category II), T (Category III), U (PLA) or
// A (vaccine product) codes, both Category I; or M (administrative MAAA codes). Upper case.
std::optional<CodeProblem> check_cpt_code(std::string_view code);
// "I", "II", "III" or "MAAA" for a well-formed code; empty for anything else.
std::string_view cpt_category(std::string_view code) noexcept;

// What a list of names (most specific first: the long file, its folders, the zip or folder given)
// reveals. The year is the first 4-digit year (2000-2099) of the first name holding exactly one;
// an `early`/`er` token in any name makes it an early release, whose month is a month name
// (jul, july) or a 2-digit month right after the year (2026-07). Empty when no year is found, or
// an early release without a month. The label is of the annual scheme (codeset/core/version_label.hpp):
// "2026" in force on 2026-01-01, "2026-07-er" for early-release codes in force from July 1.
struct CptNameVersion {
    std::optional<int> year;
    bool early_release = false;
    std::optional<int> month;  // early releases only
};
CptNameVersion cpt_version_in_names(const std::vector<std::string>& names);
std::optional<VersionLabel> cpt_version_from_names(const std::vector<std::string>& names);

class CptImporter : public Importer {
public:
    explicit CptImporter(CptMapping mapping);
    const CptMapping& mapping() const { return m_mapping; }

    std::string_view name() const override { return "cpt-ama"; }
    std::string_view system() const override { return "cpt"; }
    Identification identify(const Source& source) const override;
    ReleaseInfo describe(const Source& source) const override;
    void read(Source& source, RecordSink& sink, const ReadOptions& options) const override;
    // A licensee's package laid out otherwise: the mapping file says where each descriptor is.
    bool accepts_mapping() const override { return true; }
    std::unique_ptr<Importer> with_mapping(const std::filesystem::path& file) const override;

    // The member a spec names. Empty when none matches; ParseError when several do.
    std::optional<MemberInfo> member_for(const Source& source, const CptFileSpec& spec) const;

private:
    CptMapping m_mapping;
};

}  // namespace codeset::importers
