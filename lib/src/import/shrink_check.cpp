#include "import/shrink_check.hpp"

#include "codeset/core/code_system.hpp"

#include <fmt/format.h>

namespace codeset::detail {

namespace {

// Real releases lose a few percent of their billable codes at most (measured on every stored pair of
// ../shared/data: see docs/cli.md); a download cut short loses everything after the cut. A fifth
// missing is far from any real release and catches a cut anywhere in the first four fifths.
constexpr double missing_share_alarm = 0.2;

// Does the release list the whole code set? Early-release codes (an annual scheme's month label,
// 2026-07-er) hold only their own new codes, so they are compared with nothing.
bool lists_whole_code_set(const ReleaseInfo& info) {
    const CodeSystem* system = find_code_system(info.system);
    if (!system) return false;
    const auto label = system->parse_label(info.version);
    return !(label && label->scheme == LabelScheme::annual && label->month != 0);
}

// The stored release the new one follows (the latest effective before it), or, when it is older than
// every stored one, the one it precedes: a truncated file is truncated in whatever order it comes.
std::optional<ReleaseRecord> neighbour_of(const Store& store, const ReleaseInfo& info) {
    if (!lists_whole_code_set(info)) return std::nullopt;
    std::optional<ReleaseRecord> before, after;
    for (ReleaseRecord& stored : store.releases(info.system)) {
        if (stored.info.version == info.version || !lists_whole_code_set(stored.info)) continue;
        if (stored.info.effective <= info.effective)
            before = std::move(stored);
        else if (!after)
            after = std::move(stored);
    }
    return before ? before : after;
}

}  // namespace

ShrinkCheck::ShrinkCheck(const Store& store, const ReleaseInfo& info, std::string where,
                         std::vector<std::string>& alerts)
    : m_info(info), m_where(std::move(where)), m_alerts(alerts), m_neighbour(neighbour_of(store, info)) {}

RecordSink& ShrinkCheck::wrap(RecordSink& sink) {
    m_counting.next = &sink;
    m_counting.billable = 0;
    return m_counting;
}

void ShrinkCheck::Counting::add_code(const CodeRecord& record) {
    if (record.billable) ++billable;
    next->add_code(record);
}

void ShrinkCheck::finish() {
    if (!m_neighbour || m_neighbour->billable_count == 0 || !m_counting.next) return;
    const std::uint64_t before = m_neighbour->billable_count;
    const std::uint64_t now = m_counting.billable;
    if (now >= before || double(before - now) <= missing_share_alarm * double(before)) return;
    const std::uint64_t missing = before - now;
    std::string message = fmt::format(
        "{} {} lists {} billable codes, {} fewer than {} ({}): {:.0f}% of the codes are missing. A truncated or "
        "damaged download? Compare the file with the one published, and import a complete copy with --replace",
        m_info.system, m_info.version, now, missing, m_neighbour->info.version, before,
        100.0 * double(missing) / double(before));
    m_counting.next->add_warning(ImportWarning{m_where, message});
    m_alerts.push_back(std::move(message));
}

}  // namespace codeset::detail
