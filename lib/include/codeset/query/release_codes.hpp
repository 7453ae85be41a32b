// The codes of one release as a writer walks them: read from the store on each walk, one record
// at a time, so that exporting a release never holds it whole in memory (on these machines every
// fresh page costs more than the work done on it); or records a caller built itself.
#pragma once

#include "codeset/core/code_record.hpp"
#include "codeset/store/store.hpp"

#include <cstdint>
#include <functional>
#include <vector>

namespace codeset {

class ReleaseCodes {
public:
    using Visit = std::function<void(const CodeRecord&)>;
    using Change = std::function<void(CodeRecord&)>;

    ReleaseCodes() = default;
    explicit ReleaseCodes(std::vector<CodeRecord> records) : m_records(std::move(records)) {}
    // Reads `release` from `store` on every walk: the store must outlive this object.
    ReleaseCodes(const Store& store, const ReleaseRecord& release) : m_store(&store), m_release(release) {}

    std::uint64_t size() const;
    bool empty() const { return size() == 0; }

    // Every record in order-file order, each with the changes applied. CodeFields::outline may
    // leave the titles empty (a store does not read them), for walks that need codes, flags and
    // attributes only.
    void for_each(const Visit& visit, CodeFields fields = CodeFields::all) const;
    // Whether some record (changes applied) satisfies `test`; stops reading at the first.
    bool any_of(const std::function<bool(const CodeRecord&)>& test) const;
    // Every record at once, for callers that sort, group or compare them.
    std::vector<CodeRecord> collect() const;

    // A change made to every record as it is walked (the licence policy's, a publisher's).
    void apply(Change change);

private:
    void walk(const std::function<bool(const CodeRecord&)>& visit, CodeFields fields) const;

    const Store* m_store = nullptr;
    ReleaseRecord m_release;
    std::vector<CodeRecord> m_records;  // when not read from a store
    std::vector<Change> m_changes;      // applied to store records as they are read
};

}  // namespace codeset
