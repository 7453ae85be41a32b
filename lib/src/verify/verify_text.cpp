// The text report of `codeset verify`: scripts read it, so its lines stay as they are.
#include "codeset/verify/verify.hpp"

#include <fmt/format.h>

#include <ostream>

namespace codeset {

namespace {

constexpr std::size_t listed_codes = 20;

std::string code_list(const CodeSystem& system, const std::vector<std::string>& codes) {
    std::string text;
    for (std::size_t i = 0; i < codes.size() && i < listed_codes; ++i) text += " " + system.display(codes[i]);
    if (codes.size() > listed_codes) text += fmt::format(" ... ({} in all)", codes.size());
    return text;
}

void write_addenda(std::ostream& out, const VerifyResult& result, const AddendaCheck& check) {
    const CodeSystem& system = *result.system;
    out << fmt::format("{} {}: {} addenda lines checked against the diff from {}\n", result.release.info.system,
                       result.release.info.version, check.entries, result.against->info.version);
    for (const AddendaComparison& c : check.comparisons) {
        const char* verdict = c.agrees() ? "agree" : (c.required ? "DISAGREE" : "differ");
        out << fmt::format("  {:<15} addenda {:>6}  diff {:>6}  {}\n", to_string(c.kind), c.listed, c.found, verdict);
        if (!c.listed_not_found.empty())
            out << "      listed in the addenda, not found by the diff:" << code_list(system, c.listed_not_found) << '\n';
        if (!c.found_not_listed.empty())
            out << "      found by the diff, not listed in the addenda:" << code_list(system, c.found_not_listed) << '\n';
        if (!c.listed_whitespace_only.empty())
            out << "      listed in the addenda, changed in white space only:"
                << code_list(system, c.listed_whitespace_only) << '\n';
    }
    out << (check.agrees() ? "the addenda agree with the diff\n" : "the addenda DISAGREE with the diff\n");
}

void write_release_check(std::ostream& out, const VerifyResult& result, const ReleaseCheckReport& report) {
    out << fmt::format("{} {}: {} checked against the diff from {}\n", result.release.info.system,
                       result.release.info.version, report.subject, result.against->info.version);
    if (!result.missing_between.empty()) {
        std::string missing;
        for (const MissingRelease& gap : result.missing_between)
            missing += (missing.empty() ? "" : ", ") + gap.version + " (" + gap.effective.to_string() + ")";
        out << "  not in the store between " << result.against->info.version << " and " << result.release.info.version
            << ": " << missing << "; changes made there count as changes of " << result.release.info.version << '\n';
    }
    for (const CheckTally& tally : report.tallies) {
        std::string line = fmt::format("  {} {:<2}", report.value_label, tally.value);
        for (std::size_t i = 0; i < report.columns.size() && i < tally.counts.size(); ++i)
            line += fmt::format(" {:>{}} {}", tally.counts[i], report.columns[i].width, report.columns[i].name);
        out << line << '\n';
    }
    for (const CheckDisagreement& d : report.disagreements)
        out << fmt::format("  {:<7} {} {:<2} diff: {:<18} {}\n", result.system->display(d.code), report.value_label,
                           d.value.empty() ? "-" : d.value, d.computed, d.reason);
    out << (report.agrees() ? fmt::format("the {}s agree with the diff\n", report.value_name)
                            : fmt::format("{} codes where the {} and the diff disagree\n", report.disagreements.size(),
                                          report.value_name));
}

}  // namespace

void write_verify_text(std::ostream& out, const VerifyResult& result) {
    if (!result.checked()) {
        out << result.system->name << ' ' << result.release.info.version
            << " carries no addenda entries: nothing to verify\n";
        return;
    }
    if (result.addenda) write_addenda(out, result, *result.addenda);
    if (result.release_check) write_release_check(out, result, *result.release_check);
}

}  // namespace codeset
