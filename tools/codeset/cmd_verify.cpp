// codeset verify: checks a release against the diff from the release before it (verify_release).
#include "commands.hpp"

#include "codeset/core/code_system.hpp"
#include "codeset/verify/verify.hpp"

#include <memory>
#include <optional>

namespace codeset::cli {

int run_verify(const VerifyArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    const Store store = context.open_store(StoreAccess::read);
    const ReleaseRecord release = store.resolve_release(system.name, args.version);
    std::optional<ReleaseRecord> against;
    if (!args.against.empty()) against = store.resolve_release(system.name, args.against);
    const VerifyResult result = verify_release(store, system, release, against);
    if (args.format == "json")
        write_verify_json(*context.out, result);
    else
        write_verify_text(*context.out, result);
    return result.agrees() ? exit_ok : exit_changes;
}

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
