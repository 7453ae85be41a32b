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
// prefix and so are a contiguous run of the sorted list.
struct CodeSet {
    detail::PackedCodeTable billable;
    std::vector<std::pair<std::string, bool>> sorted;
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
            CodeSet& set = sets[index].emplace(CodeSet{detail::PackedCodeTable(releases[index].code_count), {}});
            walk(index, [&](const std::string& code, bool billable) { set.billable.insert(code, billable); });
        }
        return *sets[index];
    }

    // The release's codes sorted with their flags, made from its table on the first header asked about.
    const std::vector<std::pair<std::string, bool>>& sorted_codes(std::size_t index) {
        CodeSet& set = codes(index);
        if (set.sorted.empty()) {
            set.sorted.reserve(releases[index].code_count);
            set.billable.for_each([&](std::string_view code, bool billable) { set.sorted.emplace_back(code, billable); });
            std::sort(set.sorted.begin(), set.sorted.end());
        }
        return set.sorted;
    }

    static std::vector<std::string> billable_under(const std::vector<std::pair<std::string, bool>>& sorted,
                                                   const std::string& header, std::size_t& more) {
        std::vector<std::string> found;
        const auto after_header = [](const std::pair<std::string, bool>& entry, const std::string& code) {
            return entry.first <= code;
        };
        for (auto it = std::lower_bound(sorted.begin(), sorted.end(), header, after_header);
             it != sorted.end() && it->first.starts_with(header); ++it) {
            if (!it->second) continue;
            if (found.size() < header_code_cap)
                found.push_back(it->first);
            else
                ++more;
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
