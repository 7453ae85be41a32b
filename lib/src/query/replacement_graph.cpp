#include "query/replacement_graph.hpp"

#include "codeset/core/error.hpp"
#include "codeset/diff/diff.hpp"
#include "codeset/query/replacements.hpp"
#include "core/packed_codes.hpp"

#include <algorithm>
#include <chrono>
#include <functional>
#include <tuple>

namespace codeset::detail {

namespace {

constexpr std::string_view code_characters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

// Every category (three characters) from `first` to `last`, in order.
std::vector<std::string> categories_between(const std::string& first, const std::string& last) {
    if (first >= last) return {first};
    std::vector<std::string> categories;
    for (char a = first[0]; a <= last[0]; ++a)
        for (char b : code_characters)
            for (char c : code_characters) {
                const std::string category{a, b, c};
                if (category >= first && category <= last) categories.push_back(category);
            }
    return categories;
}

bool covers(const PreviousCodes& item, const std::string& code) {
    switch (item.kind) {
    case PreviousCodes::Kind::code: return code == item.first;
    case PreviousCodes::Kind::range:
        return (code >= item.first && code <= item.last) || code.starts_with(item.last);
    case PreviousCodes::Kind::categories: {
        const std::string category = code.substr(0, 3);
        return category >= item.first && category <= item.last;
    }
    }
    return false;
}

Date day_before(const Date& day) {
    using namespace std::chrono;
    const year_month_day before{sys_days{year{day.year} / month{unsigned(day.month)} / ::std::chrono::day{unsigned(day.day)}} - days{1}};
    return Date{int(before.year()), int(unsigned(before.month())), int(unsigned(before.day()))};
}

void add_unique(std::vector<std::string>& codes, const std::string& code) {
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
}

}  // namespace

std::string_view to_string(Relation relation) noexcept {
    switch (relation) {
    case Relation::identity: return "identity";
    case Relation::retitled: return "retitled";
    case Relation::one_to_one: return "one_to_one";
    case Relation::merge: return "merge";
    case Relation::split: return "split";
    case Relation::deleted: return "deleted";
    }
    return "identity";
}

HopReader::HopReader(const Store& store, const CodeSystem& system)
    : m_store(store),
      m_system(system),
      m_releases(store.releases(system.name)),
      m_windows(store.windows(system.name)) {}

const HopReader::Codes& HopReader::codes(const ReleaseRecord& release) {
    auto found = m_codes.find(release.id);
    if (found != m_codes.end()) return found->second;
    Codes& codes = m_codes[release.id];
    const std::vector<ContentId> contents = m_store.members(release);  // in the walk's order
    codes.packed.reserve(contents.size());
    m_store.for_each_code_while(release, [&](const CodeRecord& record) {
        const Entry entry{record.billable, contents.at(record.order - 1)};
        if (const auto key = pack_code(record.code))
            codes.packed.emplace_back(*key, entry);
        else
            codes.other.emplace_back(record.code, entry);
        return true;
    }, CodeFields::flags);
    // Most order files list their codes sorted already.
    const auto by_code = [](const auto& a, const auto& b) { return a.first < b.first; };
    if (!std::is_sorted(codes.packed.begin(), codes.packed.end(), by_code))
        std::sort(codes.packed.begin(), codes.packed.end(), by_code);
    std::sort(codes.other.begin(), codes.other.end(), by_code);
    return codes;
}

const HopReader::Entry* HopReader::Codes::find(const std::string& code) const {
    const auto by_code = [](const auto& entry, const auto& key) { return entry.first < key; };
    if (const auto key = pack_code(code)) {
        const auto it = std::lower_bound(packed.begin(), packed.end(), *key, by_code);
        return it != packed.end() && it->first == *key ? &it->second : nullptr;
    }
    const auto it = std::lower_bound(other.begin(), other.end(), code, by_code);
    return it != other.end() && it->first == code ? &it->second : nullptr;
}

const HopReader::Entry& HopReader::Codes::at(const std::string& code) const {
    const Entry* entry = find(code);
    if (!entry) throw Error(ErrorCode::not_found, "replacement graph: " + code + " is not a code of the release");
    return *entry;
}

void HopReader::Codes::for_each_from(const std::string& first,
                                     const std::function<bool(const std::string&, const Entry&)>& visit) const {
    // The packed codes from the first key not before `first` (a key of its first 8 bytes, so
    // the codes after it that it does not pack are skipped below), merged with the others.
    std::uint64_t from = 0;
    for (std::size_t i = 0; i < 8; ++i) from = from << 8 | (i < first.size() ? static_cast<unsigned char>(first[i]) : 0u);
    auto at = std::lower_bound(packed.begin(), packed.end(), from, [](const auto& e, std::uint64_t k) { return e.first < k; });
    auto beside = std::lower_bound(other.begin(), other.end(), first, [](const auto& e, const std::string& k) { return e.first < k; });
    std::string code;
    char bytes[8];
    while (at != packed.end() || beside != other.end()) {
        if (at != packed.end()) code.assign(bytes, unpack_code(at->first, bytes));
        const bool take_packed = at != packed.end() && (beside == other.end() || code < beside->first);
        if (take_packed) {
            const bool before_first = code < first;
            const Entry& entry = (at++)->second;
            if (!before_first && !visit(code, entry)) return;
        } else {
            const auto& [name, entry] = *beside++;
            if (!visit(name, entry)) return;
        }
    }
}

bool HopReader::has(const ReleaseRecord& release, const std::string& code) {
    return codes(release).find(code) != nullptr;
}

const HopReader::Hop& HopReader::hop(const ReleaseRecord& older, const ReleaseRecord& newer) {
    const auto key = std::make_pair(older.id, newer.id);
    auto found = m_hops.find(key);
    if (found != m_hops.end()) return found->second;
    Hop& hop = m_hops[key];
    for (Change& change : diff_releases(m_store, older, newer, IndexComparison::skip).changes) {
        for (const std::string& subcode : change.expanded_into) hop.expanded_from[subcode].push_back(change.code);
        std::string code = change.code;
        hop.changes.emplace(std::move(code), std::move(change));
    }
    // The release that discontinues a code names its replacements; either side may carry them.
    for (const ReleaseRecord* release : {&newer, &older})
        for (auto& [code, replacements] : replacements_in(m_store, m_system, *release))
            if (!hop.replaced_by.contains(code) && has(older, code) && !has(newer, code)) {
                for (const std::string& replacement : replacements) hop.replacing[replacement].push_back(code);
                hop.replaced_by.emplace(code, std::move(replacements));
            }
    return hop;
}

void HopReader::load_tables() {
    if (m_tables_loaded) return;
    m_tables_loaded = true;
    for (const ReleaseRecord& release : m_releases)
        for (ConversionTable& table : m_store.conversion_tables(release)) m_tables.push_back(std::move(table));
    // The newest table first: a row the cumulative tables repeat is cited from the newest one.
    std::stable_sort(m_tables.begin(), m_tables.end(),
                     [](const ConversionTable& a, const ConversionTable& b) { return a.fiscal_year > b.fiscal_year; });
    std::set<std::tuple<std::string, Date, std::string>> seen;
    for (const ConversionTable& table : m_tables)
        for (const ConversionRow& row : table.rows) {
            if (!seen.emplace(row.code, row.effective, row.previous_text).second) continue;
            const std::size_t index = m_rows.size();
            m_rows.push_back({&row, &table});
            m_rows_by_code[row.code].push_back(index);
            std::set<std::string> categories;
            for (const PreviousCodes& item : row.previous)
                for (std::string& category : categories_between(item.first.substr(0, 3), item.last.substr(0, 3)))
                    categories.insert(std::move(category));
            for (const std::string& category : categories) m_rows_by_category[category].push_back(index);
        }
}

std::vector<TableRow> HopReader::rows_replacing(const std::string& code, Date after, Date until) {
    load_tables();
    std::vector<TableRow> rows;
    const auto found = m_rows_by_category.find(code.substr(0, 3));
    if (found == m_rows_by_category.end()) return rows;
    for (const std::size_t index : found->second) {
        const TableRow& row = m_rows[index];
        if (!(after < row.row->effective) || until < row.row->effective) continue;
        if (std::any_of(row.row->previous.begin(), row.row->previous.end(),
                        [&](const PreviousCodes& item) { return covers(item, code); }))
            rows.push_back(row);
    }
    return rows;
}

std::vector<TableRow> HopReader::rows_of(const std::string& code, Date after, Date until) {
    load_tables();
    std::vector<TableRow> rows;
    const auto found = m_rows_by_code.find(code);
    if (found == m_rows_by_code.end()) return rows;
    for (const std::size_t index : found->second) {
        const TableRow& row = m_rows[index];
        if (after < row.row->effective && !(until < row.row->effective)) rows.push_back(row);
    }
    return rows;
}

std::vector<std::string> HopReader::codes_named(const ReleaseRecord& release, const PreviousCodes& item) {
    const Codes& known = codes(release);
    std::vector<std::string> named;
    if (item.kind == PreviousCodes::Kind::code) {
        if (known.find(item.first)) named.push_back(item.first);
        return named;
    }
    if (item.kind == PreviousCodes::Kind::categories) {
        for (const std::string& category : categories_between(item.first, item.last))
            if (known.find(category)) named.push_back(category);
        return named;
    }
    // A range: its billable codes.
    known.for_each_from(item.first, [&](const std::string& code, const Entry& entry) {
        if (!covers(item, code)) return false;
        if (entry.billable) named.push_back(code);
        return true;
    });
    return named;
}

std::string HopReader::cite(const TableRow& row) const {
    std::string previous = row.row->previous_text.empty() ? "None" : row.row->previous_text;
    return "conversion table FY" + std::to_string(row.table->fiscal_year) + " (" + row.table->path + ") row " +
           std::to_string(row.row->row) + ": " + m_system.display(row.row->code) + " effective " +
           row.row->effective.to_string() + ", previously " + previous;
}

std::optional<HopResult> HopReader::kept(const ReleaseRecord& from, const ReleaseRecord& to, const std::string& code) {
    const Codes& before = codes(from);
    const Codes& after = codes(to);
    const Entry* then = before.find(code);
    const Entry* now = after.find(code);
    if (!now) return std::nullopt;
    // A billable code that became a header is not kept: it was expanded (or replaced).
    if (then && then->billable && !now->billable) return std::nullopt;
    HopResult result;
    result.targets = {code};
    if (!then || then->content == now->content) return result;
    const ContentId pair[] = {then->content, now->content};
    const std::vector<CodeRecord> records = m_store.load_contents(pair);
    const std::string& title_before = records[0].long_title;
    const std::string& title_after = records[1].long_title;
    if (title_before != title_after && !same_but_whitespace(title_before, title_after)) {
        result.relation = Relation::retitled;
        result.title_before = title_before;
        result.title_after = title_after;
        result.evidence.push_back("same code, new title in " + to.info.version);
    }
    return result;
}

HopResult HopReader::forward(const ReleaseRecord& older, const ReleaseRecord& newer, const std::string& code) {
    if (auto same = kept(older, newer, code)) return *same;
    const Hop& between = hop(older, newer);
    HopResult result;
    std::vector<std::string> targets;
    if (const auto change = between.changes.find(code);
        change != between.changes.end() && !change->second.expanded_into.empty()) {
        for (const std::string& subcode : change->second.expanded_into) add_unique(targets, subcode);
        result.evidence.push_back("expanded into subcodes in " + newer.info.version + " (diff " + older.info.version +
                                  " -> " + newer.info.version + ")");
    }
    // Conversion-table rows, followed through the releases the store misses: a code created in a
    // missing year and replaced again before `newer` leads on to its own replacements.
    std::set<std::string> visited{code};
    std::function<void(const std::string&, Date)> follow = [&](const std::string& from_code, Date since) {
        for (const TableRow& row : rows_replacing(from_code, since, newer.info.effective)) {
            result.evidence.push_back(cite(row));
            const std::string& next = row.row->code;
            if (!visited.insert(next).second) continue;  // a cycle in the evidence
            if (has(newer, next))
                add_unique(targets, next);
            else
                follow(next, row.row->effective);
        }
    };
    follow(code, older.info.effective);
    if (const auto named = between.replaced_by.find(code); named != between.replaced_by.end())
        for (const std::string& replacement : named->second) {
            const std::string stored = m_system.normalize(replacement);
            const bool here = has(newer, stored);
            // A cross-reference may name a code of another code set (HCPCS G0202 -> CPT 77067).
            result.evidence.push_back("cross-reference of the discontinued code: " + m_system.display(code) +
                                      " replaced by " + m_system.display(stored) +
                                      (here ? "" : " (not a code of " + newer.info.version + ": another code set)"));
            add_unique(targets, stored);
        }
    std::sort(targets.begin(), targets.end());
    result.targets = targets;
    if (targets.empty()) {
        result.relation = Relation::deleted;
        result.evidence.push_back("not in " + newer.info.version + ", no replacement named");
    } else if (targets.size() > 1) {
        result.relation = Relation::split;
    } else {
        // One target: a merge when it existed already or other discontinued codes also went to it.
        const std::string& target = targets.front();
        bool shared = has(older, target) && codes(older).at(target).billable;
        for (const TableRow& row : rows_of(target, older.info.effective, newer.info.effective))
            for (const PreviousCodes& item : row.row->previous)
                for (const std::string& other : codes_named(older, item))
                    if (other != code && !has(newer, other)) shared = true;
        if (const auto others = between.replacing.find(target); others != between.replacing.end())
            shared = shared || others->second.size() > 1;
        result.relation = shared ? Relation::merge : Relation::one_to_one;
    }
    return result;
}

HopResult HopReader::backward(const ReleaseRecord& newer, const ReleaseRecord& older, const std::string& code) {
    if (auto same = kept(newer, older, code)) {
        // Kept going back, unless it was a header before and a billable code now: then its
        // predecessors are looked for like a new code's.
        if (!(codes(newer).at(code).billable && !codes(older).at(code).billable)) return *same;
    }
    const Hop& between = hop(older, newer);
    HopResult result;
    std::vector<std::string> targets;
    if (const auto from = between.expanded_from.find(code); from != between.expanded_from.end()) {
        for (const std::string& parent : from->second) add_unique(targets, parent);
        result.evidence.push_back("expanded from " + m_system.display(from->second.front()) + " in " +
                                  newer.info.version + " (diff " + older.info.version + " -> " + newer.info.version +
                                  ")");
    }
    std::set<std::string> visited{code};
    std::function<void(const std::string&, Date)> follow = [&](const std::string& to_code, Date until) {
        for (const TableRow& row : rows_of(to_code, older.info.effective, until)) {
            result.evidence.push_back(cite(row));
            for (const PreviousCodes& item : row.row->previous) {
                const std::vector<std::string> named = codes_named(older, item);
                for (const std::string& previous : named) add_unique(targets, previous);
                // A previous code the store misses (created in a missing year): its own predecessors.
                if (named.empty() && item.kind == PreviousCodes::Kind::code && visited.insert(item.first).second)
                    follow(item.first, day_before(row.row->effective));
            }
        }
    };
    follow(code, newer.info.effective);
    if (const auto replaced = between.replacing.find(code); replaced != between.replacing.end())
        for (const std::string& discontinued : replaced->second) {
            result.evidence.push_back("cross-reference of the discontinued code: " + m_system.display(discontinued) +
                                      " replaced by " + m_system.display(code));
            add_unique(targets, discontinued);
        }
    std::sort(targets.begin(), targets.end());
    result.targets = targets;
    if (targets.empty()) {
        result.relation = Relation::deleted;
        result.evidence.push_back("not in " + older.info.version + ", no predecessor named");
    } else if (targets.size() > 1) {
        result.relation = Relation::merge;  // several older codes became this one
    } else {
        // One predecessor: a split when it went to other codes as well (or stays beside this one).
        const std::string& target = targets.front();
        bool shared = has(newer, target) && codes(newer).at(target).billable;
        if (const auto change = between.changes.find(target); change != between.changes.end())
            shared = shared || change->second.expanded_into.size() > 1;
        if (const auto named = between.replaced_by.find(target); named != between.replaced_by.end())
            shared = shared || named->second.size() > 1;
        shared = shared || rows_replacing(target, older.info.effective, newer.info.effective).size() > 1;
        result.relation = shared ? Relation::split : Relation::one_to_one;
    }
    return result;
}

HopResult HopReader::step(const ReleaseRecord& from, const ReleaseRecord& to, const std::string& code) {
    return from.info.effective < to.info.effective || (from.info.effective == to.info.effective && from.id < to.id)
               ? forward(from, to, code)
               : backward(from, to, code);
}

}  // namespace codeset::detail
