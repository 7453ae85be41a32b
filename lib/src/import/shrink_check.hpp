// A release that lists far fewer codes than the stored release before it is most likely a truncated
// download, not a code set that lost most of its codes: it is imported, but with a warning kept with
// the release and printed by the import.
#pragma once

#include "codeset/core/record_sink.hpp"
#include "codeset/store/store.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace codeset::detail {

class ShrinkCheck {
public:
    // Finds the stored release to compare with, on the thread that owns the store (the importer
    // runs on another). `where` names the release file in the warning; the warning's text is also
    // appended to `alerts`, for the caller to print.
    ShrinkCheck(const Store& store, const ReleaseInfo& info, std::string where, std::vector<std::string>& alerts);

    // A sink that counts the billable codes on their way to `sink`.
    RecordSink& wrap(RecordSink& sink);
    // Once every code is in: adds the warning to the wrapped sink when most codes are missing.
    void finish();

private:
    class Counting final : public RecordSink {
    public:
        void add_code(const CodeRecord& record) override;
        void add_addendum(const AddendumEntry& entry) override { next->add_addendum(entry); }
        void add_warning(const ImportWarning& warning) override { next->add_warning(warning); }
        void add_source_file(const SourceFile& file) override { next->add_source_file(file); }
        RecordSink* next = nullptr;
        std::uint64_t billable = 0;
    };

    ReleaseInfo m_info;
    std::string m_where;
    std::vector<std::string>& m_alerts;
    std::optional<ReleaseRecord> m_neighbour;  // the release compared with; none: no check
    Counting m_counting;
};

}  // namespace codeset::detail
