#include "codeset/query/release_codes.hpp"

namespace codeset {

std::uint64_t ReleaseCodes::size() const { return m_store ? m_release.code_count : m_records.size(); }

void ReleaseCodes::apply(Change change) {
    if (!m_store) {
        for (CodeRecord& record : m_records) change(record);  // built records change once, in place
        return;
    }
    m_changes.push_back(std::move(change));
}

void ReleaseCodes::walk(const std::function<bool(const CodeRecord&)>& visit, CodeFields fields) const {
    if (!m_store) {
        for (const CodeRecord& record : m_records)
            if (!visit(record)) return;
        return;
    }
    if (m_changes.empty()) {
        m_store->for_each_code_while(m_release, visit, fields);
        return;
    }
    CodeRecord changed;  // reused: assigning keeps its strings' storage from record to record
    m_store->for_each_code_while(m_release, [&](const CodeRecord& record) {
        changed = record;
        for (const Change& change : m_changes) change(changed);
        return visit(changed);
    }, fields);
}

void ReleaseCodes::for_each(const Visit& visit, CodeFields fields) const {
    walk(
        [&](const CodeRecord& record) {
            visit(record);
            return true;
        },
        fields);
}

bool ReleaseCodes::any_of(const std::function<bool(const CodeRecord&)>& test) const {
    bool found = false;
    walk(
        [&](const CodeRecord& record) {
            found = test(record);
            return !found;
        },
        CodeFields::all);
    return found;
}

std::vector<CodeRecord> ReleaseCodes::collect() const {
    if (!m_store) return m_records;
    if (m_changes.empty()) return m_store->codes(m_release);
    std::vector<CodeRecord> records;
    records.reserve(size());
    for_each([&](const CodeRecord& record) { records.push_back(record); });
    return records;
}

}  // namespace codeset
