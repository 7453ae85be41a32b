// codeset verify: checks a release's own CMS addenda against the diff from the release before it.
#include "action_verify.hpp"
#include "commands.hpp"

#include "codeset/core/code_system.hpp"
#include "codeset/diff/addenda_check.hpp"
#include "codeset/diff/diff.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <ostream>

namespace codeset::cli {

namespace {

constexpr std::size_t listed_codes = 20;

struct VerifyArguments {
    std::string system;
    std::string version;
    std::string against;
    std::string format = "text";
};

ReleaseRecord release_before(const Store& store, const ReleaseRecord& release) {
    const std::vector<ReleaseRecord> releases = store.releases(release.info.system);
    const ReleaseRecord* previous = nullptr;
    for (const ReleaseRecord& candidate : releases) {
        if (candidate.id == release.id) break;
        previous = &candidate;
    }
    if (!previous)
        throw Error(ErrorCode::not_found, release.info.system + " " + release.info.version +
                                              " is the first release in the store: import the release its addenda "
                                              "are written against, or name it with --against");
    return *previous;
}

std::string code_list(const CodeSystem& system, const std::vector<std::string>& codes) {
    std::string text;
    for (std::size_t i = 0; i < codes.size() && i < listed_codes; ++i) text += " " + system.display(codes[i]);
    if (codes.size() > listed_codes) text += fmt::format(" ... ({} in all)", codes.size());
    return text;
}

void write_text(std::ostream& out, const CodeSystem& system, const ChangeSet& changes, const AddendaCheck& check) {
    out << fmt::format("{} {}: {} addenda lines checked against the diff from {}\n", changes.system, changes.to,
                       check.entries, changes.from);
    for (const AddendaComparison& c : check.comparisons) {
        const char* verdict = c.agrees() ? "agree" : (c.required ? "DISAGREE" : "differ");
        out << fmt::format("  {:<15} addenda {:>6}  diff {:>6}  {}\n", c.kind, c.listed, c.found, verdict);
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

nlohmann::json to_json(const CodeSystem& system, const ChangeSet& changes, const AddendaCheck& check) {
    auto display_all = [&](const std::vector<std::string>& codes) {
        nlohmann::json list = nlohmann::json::array();
        for (const std::string& code : codes) list.push_back(system.display(code));
        return list;
    };
    nlohmann::json comparisons = nlohmann::json::array();
    for (const AddendaComparison& c : check.comparisons)
        comparisons.push_back({{"kind", c.kind},
                               {"listed", c.listed},
                               {"found", c.found},
                               {"required", c.required},
                               {"agrees", c.agrees()},
                               {"listed_not_found", display_all(c.listed_not_found)},
                               {"found_not_listed", display_all(c.found_not_listed)},
                               {"listed_whitespace_only", display_all(c.listed_whitespace_only)}});
    return {{"system", changes.system}, {"release", changes.to},   {"against", changes.from},
            {"entries", check.entries}, {"agrees", check.agrees()}, {"comparisons", comparisons}};
}

// The diff from the release the check is written against: --against, else the one just before.
ChangeSet diff_to(const Store& store, const ReleaseRecord& release, const VerifyArguments& args) {
    const ReleaseRecord before = args.against.empty() ? release_before(store, release)
                                                      : store.resolve_release(release.info.system, args.against);
    return diff_releases(store, before, release);
}

int run_verify(const VerifyArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    const Store store = context.open_store();
    const ReleaseRecord release = store.resolve_release(system.name, args.version);
    const bool json = args.format == "json";
    if (system.name == "hcpcs") {
        const bool agrees = verify_action_codes(*context.out, store, system, release, diff_to(store, release, args), json);
        return agrees ? exit_ok : exit_changes;
    }
    const std::vector<AddendumEntry> addenda = store.addenda(release);
    if (addenda.empty()) {
        *context.out << system.name << ' ' << release.info.version << " carries no addenda entries: nothing to verify\n";
        return exit_ok;
    }
    const ChangeSet changes = diff_to(store, release, args);
    const AddendaCheck check = check_addenda(changes, addenda);
    if (json)
        *context.out << to_json(system, changes, check).dump(2) << '\n';
    else
        write_text(*context.out, system, changes, check);
    return check.agrees() ? exit_ok : exit_changes;
}

}  // namespace

void add_verify_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<VerifyArguments>();
    CLI::App* command = app.add_subcommand("verify", "Check a release's CMS addenda against the computed diff");
    command->add_option("system", args->system, "Code system")->required()->type_name("SYSTEM");
    command->add_option("version", args->version, "Release whose addenda are checked")->required()->type_name("VERSION");
    command->add_option("--against", args->against, "Release the addenda are written against "
                                                    "(default: the release just before)")
        ->type_name("VERSION");
    command->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text", "json"}));
    command->footer(R"(Every Add and Delete line must match the codes the diff adds and deletes, and every
Revise line must be a revision the diff found. For HCPCS, the action code of every record (A, B,
C, D, F, N, P, R, S, T) is checked against the change the diff computed for it. Exit 0 when they
agree, 1 when they do not.

Examples:
  codeset verify icd10cm FY2026
  codeset verify icd10pcs FY2022-01 --against FY2022
  codeset verify hcpcs 2018-01)");
    command->callback([args, &context, &result] { result = run_verify(*args, context); });
}

}  // namespace codeset::cli
