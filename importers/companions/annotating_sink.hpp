// Passes a release's records on, each annotated by the companions read with it, then adds the
// companions' divisions (chapters, sections) and their checks against the release as warnings.
// A companion that annotates less than half of the release's codes is not the release's own and
// is refused, saying how much it covers.
#pragma once

#include "codeset/core/code_system.hpp"
#include "codeset/core/importer.hpp"

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace codeset::importers {

class AnnotatingSink final : public RecordSink {
public:
    // `reannotating`: the records come back from the store and may carry the attributes of an
    // earlier reading of a companion, which are removed first (every attribute `system` marks as
    // written by a companion), so a different companion leaves nothing of the one it replaces;
    // without annotations (only companions kept beside the codes were added) they stay.
    AnnotatingSink(RecordSink& next, const std::vector<std::unique_ptr<Annotations>>& annotations,
                   const CodeSystem& system, bool reannotating = false)
        : m_next(next), m_annotations(annotations), m_system(system), m_reannotating(reannotating) {}

    void add_code(const CodeRecord& record) override;
    void add_addendum(const AddendumEntry& entry) override { m_next.add_addendum(entry); }
    // The same warning (a re-annotated release's kept ones and the new check's) is kept once.
    void add_warning(const ImportWarning& warning) override;
    // A file listed by two readers of one zip (an order file and its tables XML) is kept once.
    void add_source_file(const SourceFile& file) override;
    void add_companion(const CompanionRecord& companion) override { m_next.add_companion(companion); }
    void add_conversion_table(const ConversionTable& table) override { m_next.add_conversion_table(table); }
    void add_index_heading(const IndexHeading& heading) override { m_next.add_index_heading(heading); }
    void add_index_term(const IndexMainTerm& term) override { m_next.add_index_term(term); }
    // Refuses companions that cover too little (Error(parse) naming them and the share covered),
    // passes their divisions on and runs every companion's check on the records seen.
    // `what`: the companions as the user gave them ("ICD10CM_FY2017_Full_XML.zip").
    void finish(const std::string& what);

private:
    RecordSink& m_next;
    const std::vector<std::unique_ptr<Annotations>>& m_annotations;
    const CodeSystem& m_system;
    bool m_reannotating = false;
    std::vector<CodeRow> m_seen;     // what the checks compare
    std::uint64_t m_covered = 0;     // records that gained an attribute
    std::set<std::pair<std::string, std::string>> m_files;
    std::set<std::pair<std::string, std::string>> m_warnings;
};

// A companion covering fewer of a release's codes than this share is refused.
inline constexpr double least_companion_coverage = 0.5;

}  // namespace codeset::importers
