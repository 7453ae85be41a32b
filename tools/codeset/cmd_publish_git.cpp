// codeset publish git: the system's releases as a git history (codeset/publish/git_history.hpp).
#include "commands.hpp"
#include "content_options.hpp"

#include "codeset/publish/git_history.hpp"

#include <fmt/format.h>

#include <ostream>

namespace codeset::cli {

int run_publish_git(const PublishGitArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    if (args.author.empty() != args.email.empty())
        throw Error(ErrorCode::usage, "--author and --email go together");
    GitPublishOptions options;
    options.repository = args.repository;
    options.branch = args.branch;
    options.rebuild = args.rebuild;
    options.init = args.init;
    if (!args.author.empty()) options.identity = {args.author, args.email};
    options.terms = {args.licensed_text};
    const Store store = context.open_store(StoreAccess::read);
    const GitPublishResult result = publish_git_history(store, system, options, context.err);
    for (const PublishedRelease& release : result.published) {
        const DiffSummary& s = release.summary;
        std::string counts = release.against.empty()
                                 ? fmt::format("{} codes, first on the branch", release.codes)
                                 : fmt::format("{} added, {} deleted, {} revised against {}", s.added, s.deleted,
                                               s.revised, release.against);
        *context.out << fmt::format("{} {} {}: {}\n", release.tag, release.commit.substr(0, 12),
                                    result.rebuilt ? "rewritten" : "committed", counts);
    }
    if (result.published.empty())
        *context.out << fmt::format("branch {} is up to date at {}/{}\n", result.branch, system.name, result.tip);
    return exit_ok;
}

void add_publish_git_command(CLI::App& publish, Context& context, int& result) {
    auto args = std::make_shared<PublishGitArguments>();
    CLI::App* command = publish.add_subcommand("git", "Write the system's releases into a git repository, one commit and tag each");
    command->add_option("system", args->system, "Code system")->required()->type_name("SYSTEM");
    command->add_option("repo", args->repository, "The git repository (bare, or a work tree's top folder)")
        ->required()
        ->type_name("REPO");
    command->add_option("--branch", args->branch, "Branch to write (default: the system's name)")->type_name("NAME");
    command->add_flag("--rebuild", args->rebuild,
                      "Rewrite the branch and its tags from the store's releases (to add a release older than the tip)");
    command->add_flag("--init", args->init, "Create a bare repository at REPO when it is missing or an empty folder");
    CLI::Option* author =
        command->add_option("--author", args->author, "Name of the author, committer and tagger (default: codeset)")
            ->type_name("NAME");
    CLI::Option* email =
        command->add_option("--email", args->email, "Their e-mail address (default: codeset@invalid)")->type_name("ADDRESS");
    author->needs(email);
    email->needs(author);
    add_licence_flag(*command, args->licensed_text);
    command->footer(R"(One commit per stored release in effective-date order, dated its effective date (UTC midnight),
and an annotated tag <system>/<label>. Re-running adds only releases newer than the branch tip.

Examples:
  codeset publish git icd10cm /srv/git/codesets.git --init
  git -C /srv/git/codesets.git diff --stat icd10cm/FY2025 icd10cm/FY2026)");
    command->callback([args, &context, &result] { result = run_publish_git(*args, context); });
}

}  // namespace codeset::cli
