#include "publish/release_notes.hpp"

#include "codeset/publish/git_history.hpp"

#include <fmt/format.h>

namespace codeset::detail {

namespace {

std::string briefly(const ReleaseInfo& release, const ChangeSet& changes, std::uint64_t billable) {
    const DiffSummary& s = changes.summary;
    std::string text = fmt::format("{} {}, in force from {}: ", release.system, release.version,
                                   release.effective.to_string());
    if (changes.from.empty()) return text + fmt::format("first release on this branch, {} billable codes", billable);
    if (changes.changes.empty() && changes.division_changes.empty())  // index changes are not code changes
        return text + fmt::format("no code changed against {}", changes.from);
    text += fmt::format("{} codes added, {} deleted, {} revised", s.added, s.deleted, s.revised);
    const std::uint64_t headers = s.headers.added + s.headers.deleted + s.headers.revised;
    if (headers > 0) text += fmt::format(", {} header changes", headers);
    if (s.attributes > 0) text += fmt::format(", {} attribute changes", s.attributes);
    return text + fmt::format(" (against {})", changes.from);
}

std::string counts(const ChangeSet& changes, std::uint64_t codes, std::uint64_t billable) {
    const DiffSummary& s = changes.summary;
    std::string text;
    const auto line = [&](std::string_view what, std::uint64_t n) { text += fmt::format("  {:<28}{:>8}\n", what, n); };
    if (!changes.from.empty()) {
        text += fmt::format("Changes against {}:\n", changes.from);
        line("billable codes added", s.added);
        line("billable codes deleted", s.deleted);
        line("  of them expanded", s.expanded);
        line("billable codes revised", s.revised);
        line("  long title", s.revised_long);
        line("  short title", s.revised_short);
        line("white space only", s.whitespace_only);
        line("attributes only", s.attributes);
        line("headers added", s.headers.added);
        line("headers deleted", s.headers.deleted);
        line("headers revised", s.headers.revised);
        text += '\n';
    }
    text += "Codes in this release:\n";
    line("billable", billable);
    line("headers", codes - billable);
    line("in all", codes);
    return text;
}

}  // namespace

ReleaseNotes release_notes(const CodeSystem& system, const ReleaseInfo& release, const ChangeSet& changes,
                           std::uint64_t codes, std::uint64_t billable, bool descriptors_withheld) {
    ReleaseNotes notes;
    notes.briefly = briefly(release, changes, billable);
    notes.counts = counts(changes, codes, billable);
    notes.news = "Briefly: " + notes.briefly + ".\n\n";
    notes.news += fmt::format("Release {} of {}, in force from {}.\n\n", release.version, system.title,
                              release.effective.to_string());
    notes.news += notes.counts;
    if (descriptors_withheld) notes.news += "\nDescriptors are left out: " + std::string(system.licence.notice) + '\n';
    notes.news += "\nThe codes are in codes/, one line per code (README tells the fields).\n";
    if (!changes.from.empty())
        notes.news += fmt::format("git diff {0}/{1} {0}/{2} -- codes/ shows each change.\n", release.system,
                                  changes.from, release.version);
    return notes;
}

std::string commit_message(const ReleaseNotes& notes, const std::string& tag) {
    return notes.briefly + "\n\n" + notes.counts + '\n' + std::string(release_trailer) + ": " + tag + '\n';
}

}  // namespace codeset::detail
