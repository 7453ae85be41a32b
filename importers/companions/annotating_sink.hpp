// Passes a release's records on, each annotated by the companions read with it, then adds the
// companions' checks against the release as warnings.
#pragma once

#include "codeset/core/importer.hpp"

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace codeset::importers {

class AnnotatingSink final : public RecordSink {
public:
    // `reannotating`: the records come back from the store and may carry the attributes of an
    // earlier reading of the same companions, which are replaced (see reannotate).
    AnnotatingSink(RecordSink& next, const std::vector<std::unique_ptr<Annotations>>& annotations,
                   bool reannotating = false)
        : m_next(next), m_annotations(annotations), m_reannotating(reannotating) {}

    void add_code(const CodeRecord& record) override;
    void add_addendum(const AddendumEntry& entry) override { m_next.add_addendum(entry); }
    void add_warning(const ImportWarning& warning) override { m_next.add_warning(warning); }
    // A file listed by two readers of one zip (an order file and its tables XML) is kept once.
    void add_source_file(const SourceFile& file) override;
    // Runs every companion's check on the records seen.
    void finish();

private:
    RecordSink& m_next;
    const std::vector<std::unique_ptr<Annotations>>& m_annotations;
    bool m_reannotating = false;
    std::vector<CodeRecord> m_seen;  // code and flag only: what the checks compare
    std::set<std::pair<std::string, std::string>> m_files;
};

// Removes the attributes a companion sets before it annotates again, so re-adding the same
// XML to a release in the store replaces its attributes instead of doubling them.
void reannotate(CodeRecord& record, const Annotations& annotations);

}  // namespace codeset::importers
