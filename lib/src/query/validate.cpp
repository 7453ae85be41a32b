#include "codeset/query/validate.hpp"

#include "codeset/core/error.hpp"
#include "core/packed_codes.hpp"

#include <algorithm>
#include <optional>

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

// One release's codes: a flat table for the lookup every row makes, and (made from the table on a
// header's first row) the codes sorted with their flags for a header's billable codes, which share its
// prefix and so are a contiguous run of the sorted list. Sorted as packed keys (which sort as their
// codes do): a hundred thousand words sort several times faster than as many strings.
struct CodeSet {
    explicit CodeSet(std::size_t expected) : billable(expected) {}
    detail::PackedCodeTable billable;
    bool sorted_made = false;
    std::vector<std::pair<std::uint64_t, bool>> sorted;
    std::vector<std::pair<std::string, bool>> sorted_other;  // codes that do not pack (none of today's profiles)
};

// Judgements other than `valid` are kept per release and code: a claims extract names the same
// few thousand codes again and again, and a header's codes or a replacement chain cost far more
// than a lookup. Bounded, so that a file of millions of distinct unknown codes stays flat.
constexpr std::size_t remembered_per_release = 1 << 16;
struct Remembered {
    detail::PackedKeyIndex index;  // packed code -> its judgement
    std::vector<Validation> judgements;
};

}  // namespace

struct CodeValidator::Impl {
    Impl(const Store& store, const CodeSystem& system)
        : store(store), system(system), releases(store.releases(system.name)), windows(store.windows(system.name)),
          sets(releases.size()), remembered(releases.size()), graph(store, system) {
        for (const ReleaseRecord& release : releases) infos.push_back(release.info);
    }

    // Every code of release `index` with its flag, read from the store without titles.
    template <class Visit> void walk(std::size_t index, Visit visit) const {
        store.for_each_code_while(releases[index], [&](const CodeRecord& record) {
            visit(record.code, record.billable);
            return true;
        }, CodeFields::flags);
    }

    CodeSet& codes(std::size_t index) {
        if (!sets[index]) {
            CodeSet& set = sets[index].emplace(releases[index].code_count);
            walk(index, [&](const std::string& code, bool billable) { set.billable.insert(code, billable); });
        }
        return *sets[index];
    }

    // The release's codes sorted with their flags, made from its table on the first header asked about.
    const CodeSet& sorted_codes(std::size_t index) {
        CodeSet& set = codes(index);
        if (!set.sorted_made) {
            set.sorted_made = true;
            set.sorted.reserve(releases[index].code_count);
            set.billable.for_each([&](std::string_view code, bool billable) {
                if (const auto key = detail::pack_code(code))
                    set.sorted.emplace_back(*key, billable);
                else
                    set.sorted_other.emplace_back(code, billable);
            });
            std::sort(set.sorted.begin(), set.sorted.end());
            std::sort(set.sorted_other.begin(), set.sorted_other.end());
        }
        return set;
    }

    // The billable codes under `header` in code order, the first `header_code_cap` named.
    static std::vector<std::string> billable_under(const CodeSet& set, const std::string& header, std::size_t& more) {
        std::vector<std::string> found;
        // Packed codes under a packed header: the keys after it whose leading bytes are its own.
        if (const auto key = detail::pack_code(header)) {
            const std::uint64_t prefix = ~std::uint64_t{0} << (8 * (8 - header.size()));
            auto it = std::upper_bound(set.sorted.begin(), set.sorted.end(), std::pair(*key, true));
            for (char bytes[8]; it != set.sorted.end() && (it->first & prefix) == *key; ++it)
                if (it->second) found.emplace_back(bytes, detail::unpack_code(it->first, bytes));
        }
        for (auto it = std::upper_bound(set.sorted_other.begin(), set.sorted_other.end(), std::pair(header, true));
             it != set.sorted_other.end() && it->first.starts_with(header); ++it)
            if (it->second) found.push_back(it->first);
        if (!set.sorted_other.empty()) std::sort(found.begin(), found.end());
        if (found.size() > header_code_cap) {
            more += found.size() - header_code_cap;
            found.resize(header_code_cap);
        }
        return found;
    }

    const Validation& judge(const std::string& code, std::size_t at) {
        if (codes(at).billable.find(code) == std::optional(true)) {
            valid.code = code;
            valid.release = releases[at].info.version;
            return valid;
        }
        // Remembered by packed code; a code that does not pack (no code of any profile) is judged afresh.
        Remembered& known = remembered[at];
        const auto key = detail::pack_code(code);
        if (key)
            if (const auto index = known.index.find(*key)) return known.judgements[*index];
        if (key && known.judgements.size() < remembered_per_release) {
            known.index.insert(*key, static_cast<std::uint32_t>(known.judgements.size()));
            return known.judgements.emplace_back(judge_anew(code, at));
        }
        scratch = judge_anew(code, at);
        return scratch;
    }

    // The judgement of a code that is not a billable code of release `at`.
    Validation judge_anew(const std::string& code, std::size_t at) {
        Validation result{ValidationStatus::valid, code, releases[at].info.version, {}, {}, 0};
        if (codes(at).billable.contains(result.code)) {
            result.status = ValidationStatus::header;
            result.replacements = billable_under(sorted_codes(at), result.code, result.more_replacements);
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
    std::vector<Remembered> remembered;  // by release index
    ReplacementGraph graph;
    std::string code;    // the code being judged, in stored form
    Validation valid;    // the answer for a valid code, refilled for each
    Validation scratch;  // an answer not remembered
};

CodeValidator::CodeValidator(const Store& store, const CodeSystem& system)
    : m_impl(std::make_unique<Impl>(store, system)) {
    if (m_impl->releases.empty())
        throw Error(ErrorCode::not_found, "the store holds no " + std::string(system.name) + " release");
}
CodeValidator::~CodeValidator() = default;

const Validation& CodeValidator::on(std::string_view typed_code, Date day) {
    Impl& impl = *m_impl;
    const WindowLookup lookup = release_on(impl.system.labels, impl.infos, impl.windows, day);
    impl.code = impl.system.normalize(typed_code);
    if (!lookup.index) {
        impl.scratch = Validation{ValidationStatus::no_release, impl.code, lookup.missing.version, {}, {}, 0};
        return impl.scratch;
    }
    return impl.judge(impl.code, *lookup.index);
}

const Validation& CodeValidator::in(std::string_view typed_code, const ReleaseRecord& release) {
    Impl& impl = *m_impl;
    for (std::size_t i = 0; i < impl.releases.size(); ++i)
        if (impl.releases[i].id == release.id) {
            impl.code = impl.system.normalize(typed_code);
            return impl.judge(impl.code, i);
        }
    throw Error(ErrorCode::not_found, release.info.system + " " + release.info.version + " is not in the store");
}

}  // namespace codeset
