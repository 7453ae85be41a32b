#include "codeset/query/validate.hpp"

#include "codeset/core/error.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace codeset {

std::string_view to_string(ValidationStatus status) noexcept {
    switch (status) {
        case ValidationStatus::valid: return "valid";
        case ValidationStatus::header: return "header";
        case ValidationStatus::not_yet_valid: return "not_yet_valid";
        case ValidationStatus::no_longer_valid: return "no_longer_valid";
        case ValidationStatus::unknown: return "unknown";
        case ValidationStatus::no_release: return "no_release";
        case ValidationStatus::unreadable: return "unreadable";
    }
    return "unknown";
}

namespace {

// One release's codes: a hash for lookups, and the sorted codes for a header's billable codes
// (they share its prefix, so they are a contiguous run of the sorted list).
struct CodeSet {
    std::unordered_map<std::string, bool> billable;
    std::vector<std::string> sorted;
};

}  // namespace

struct CodeValidator::Impl {
    Impl(const Store& store, const CodeSystem& system)
        : store(store), system(system), releases(store.releases(system.name)), windows(store.windows(system.name)),
          sets(releases.size()), graph(store, system) {
        for (const ReleaseRecord& release : releases) infos.push_back(release.info);
    }

    const CodeSet& codes(std::size_t index) {
        if (!sets[index]) {
            CodeSet set;
            store.for_each_code_while(
                releases[index],
                [&](const CodeRecord& record) {
                    set.billable.emplace(record.code, record.billable);
                    set.sorted.push_back(record.code);
                    return true;
                },
                CodeFields::outline);
            std::sort(set.sorted.begin(), set.sorted.end());
            sets[index] = std::move(set);
        }
        return *sets[index];
    }

    std::vector<std::string> billable_under(const CodeSet& set, const std::string& header, std::size_t& more) {
        std::vector<std::string> found;
        for (auto it = std::upper_bound(set.sorted.begin(), set.sorted.end(), header);
             it != set.sorted.end() && it->starts_with(header); ++it) {
            if (!set.billable.at(*it)) continue;
            if (found.size() < header_code_cap)
                found.push_back(*it);
            else
                ++more;
        }
        return found;
    }

    Validation judge(std::string code, std::size_t at) {
        Validation result{ValidationStatus::valid, std::move(code), releases[at].info.version, {}, {}, 0};
        const CodeSet& here = codes(at);
        if (auto found = here.billable.find(result.code); found != here.billable.end()) {
            if (!found->second) {
                result.status = ValidationStatus::header;
                result.replacements = billable_under(here, result.code, result.more_replacements);
            }
            return result;
        }
        for (std::size_t before = at; before-- > 0;) {
            if (!codes(before).billable.contains(result.code)) continue;
            result.status = ValidationStatus::no_longer_valid;
            result.since = releases[before + 1].info.version;
            for (const MapTarget& target : graph.map(result.code, releases[before], releases[at]).targets)
                result.replacements.push_back(target.code);
            return result;
        }
        for (std::size_t after = at + 1; after < releases.size(); ++after) {
            if (!codes(after).billable.contains(result.code)) continue;
            result.status = ValidationStatus::not_yet_valid;
            result.since = releases[after].info.version;
            return result;
        }
        result.status = ValidationStatus::unknown;
        return result;
    }

    const Store& store;
    const CodeSystem& system;
    std::vector<ReleaseRecord> releases;
    std::vector<ReleaseInfo> infos;  // of `releases`, for release_on
    std::vector<ReleaseWindow> windows;
    std::vector<std::optional<CodeSet>> sets;  // by release index, read when first needed
    ReplacementGraph graph;
};

CodeValidator::CodeValidator(const Store& store, const CodeSystem& system)
    : m_impl(std::make_unique<Impl>(store, system)) {
    if (m_impl->releases.empty())
        throw Error(ErrorCode::not_found, "the store holds no " + std::string(system.name) + " release");
}
CodeValidator::~CodeValidator() = default;

Validation CodeValidator::on(std::string_view typed_code, Date day) {
    const WindowLookup lookup = release_on(m_impl->system.labels, m_impl->infos, m_impl->windows, day);
    std::string code = m_impl->system.normalize(typed_code);
    if (!lookup.index) return Validation{ValidationStatus::no_release, std::move(code), lookup.missing.version, {}, {}, 0};
    return m_impl->judge(std::move(code), *lookup.index);
}

Validation CodeValidator::in(std::string_view typed_code, const ReleaseRecord& release) {
    for (std::size_t i = 0; i < m_impl->releases.size(); ++i)
        if (m_impl->releases[i].id == release.id) return m_impl->judge(m_impl->system.normalize(typed_code), i);
    throw Error(ErrorCode::not_found, release.info.system + " " + release.info.version + " is not in the store");
}

}  // namespace codeset
