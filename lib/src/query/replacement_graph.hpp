// The inside of ReplacementGraph (codeset/query/code_map.hpp): what one hop between two
// consecutive stored releases says about one code, from every kind of evidence. code_map.cpp
// walks the hops; this file reads and classifies them.
#pragma once

#include "codeset/diff/change_set.hpp"
#include "codeset/query/code_map.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace codeset::detail {

// Relations from weakest to strongest: a chain carries the strongest of its hops.
enum class Relation { identity, retitled, one_to_one, merge, split, deleted };
std::string_view to_string(Relation relation) noexcept;

struct HopResult {
    Relation relation = Relation::identity;
    std::vector<std::string> targets;  // stored forms in the hop's `to`, sorted
    std::vector<std::string> evidence;
    std::string title_before, title_after;
};

// One row of the stored conversion tables (every table of the system, rows repeated by the
// cumulative tables kept once), with the table it is cited from.
struct TableRow {
    const ConversionRow* row = nullptr;
    const ConversionTable* table = nullptr;
};

class HopReader {
public:
    HopReader(const Store& store, const CodeSystem& system);

    const std::vector<ReleaseRecord>& releases() const { return m_releases; }
    const std::vector<ReleaseWindow>& windows() const { return m_windows; }
    bool has(const ReleaseRecord& release, const std::string& code);
    // What `code` of `from` is in `to`, the next stored release before or after it.
    HopResult step(const ReleaseRecord& from, const ReleaseRecord& to, const std::string& code);

private:
    // A code's flag and stored content, read without titles: a walk over a few codes of two
    // releases should not read every title of both. The same content id is the same title.
    struct Entry {
        bool billable = false;
        ContentId content = 0;
    };
    // A release's codes sorted, for lookups and for the codes of a range: as packed keys (one
    // word each, which sort as their codes do: no string per code, and a sort of words), and
    // the codes that do not pack (none of today's profiles) as strings beside them.
    struct Codes {
        std::vector<std::pair<std::uint64_t, Entry>> packed;
        std::vector<std::pair<std::string, Entry>> other;
        const Entry* find(const std::string& code) const;
        const Entry& at(const std::string& code) const;  // of a code the release has
        // Each code from `first` on in code order, with its entry, while `visit` returns true.
        void for_each_from(const std::string& first, const std::function<bool(const std::string&, const Entry&)>& visit) const;
    };
    struct Hop {  // between an older and a newer release
        std::unordered_map<std::string, Change> changes;
        std::map<std::string, std::vector<std::string>> expanded_from;  // new subcode -> the codes it came from
        std::map<std::string, std::vector<std::string>> replaced_by;    // cross-references of discontinued codes
        std::map<std::string, std::vector<std::string>> replacing;      // their inverse
    };

    const Codes& codes(const ReleaseRecord& release);
    const Hop& hop(const ReleaseRecord& older, const ReleaseRecord& newer);
    void load_tables();
    HopResult forward(const ReleaseRecord& older, const ReleaseRecord& newer, const std::string& code);
    HopResult backward(const ReleaseRecord& newer, const ReleaseRecord& older, const std::string& code);
    // Same code in both: identity or retitled; nullopt when the code is not kept as it was.
    std::optional<HopResult> kept(const ReleaseRecord& from, const ReleaseRecord& to, const std::string& code);
    // Rows effective in (after, until] whose previous codes cover `code` / whose current code is `code`.
    std::vector<TableRow> rows_replacing(const std::string& code, Date after, Date until);
    std::vector<TableRow> rows_of(const std::string& code, Date after, Date until);
    // Codes of `release` an item of a previous-codes cell names.
    std::vector<std::string> codes_named(const ReleaseRecord& release, const PreviousCodes& item);
    std::string cite(const TableRow& row) const;

    const Store& m_store;
    const CodeSystem& m_system;
    std::vector<ReleaseRecord> m_releases;
    std::vector<ReleaseWindow> m_windows;
    std::map<std::int64_t, Codes> m_codes;
    std::map<std::pair<std::int64_t, std::int64_t>, Hop> m_hops;
    bool m_tables_loaded = false;
    std::vector<ConversionTable> m_tables;
    std::vector<TableRow> m_rows;
    std::unordered_map<std::string, std::vector<std::size_t>> m_rows_by_category;  // previous codes' categories
    std::unordered_map<std::string, std::vector<std::size_t>> m_rows_by_code;      // current code
};

}  // namespace codeset::detail
