// codeset lookup: a term looked up in the Alphabetic Index of one release, as a coder does.
#include "commands.hpp"
#include "content_options.hpp"

#include "codeset/export/writer.hpp"
#include "codeset/query/queries.hpp"

namespace codeset::cli {

int run_lookup(const LookupArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    const Writer& writer = require_writer(args.format, ContentKind::lookup);
    std::string text;
    for (const std::string& word : args.words) text += (text.empty() ? "" : " ") + word;
    if (index_words(text).empty()) throw Error(ErrorCode::usage, "lookup needs a word to look up, got '" + text + "'");
    const Store store = context.open_store(StoreAccess::read);
    write_content(*context.out, writer, lookup_in_index(store, system, text, args.at, args.limit),
                  {args.licensed_text}, context.err);
    return exit_ok;
}

void add_lookup_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<LookupArguments>();
    CLI::App* command = app.add_subcommand("lookup", "Look a term up in the Alphabetic Index, as a coder does");
    command->add_option("system", args->system, "Code system")->required()->type_name("SYSTEM");
    command->add_option("term", args->words, "Words of the term (all of them, in any order)")
        ->required()
        ->type_name("TERM");
    command
        ->add_option("--at", args->at,
                     "Release label, or a date (the release in force that day); default: the latest release")
        ->type_name("VERSION|DATE");
    command->add_option("--limit", args->limit, "Most entries shown, shortest paths first (default 20; 0: all)")
        ->type_name("N")
        ->check(CLI::NonNegativeNumber);
    add_format_option(*command, args->format, ContentKind::lookup);
    add_licence_flag(*command, args->licensed_text);
    command->footer(R"(Finds the index entries whose path from the main term holds every word (in a title or a
nonessential modifier), prints the path as the index reads ("Attack, attacks > heart"),
follows its see and see also references (reporting one that leads nowhere or loops),
gives the table row by column for the Neoplasm and Drug tables, and says of each code
whether the release bills it or which billable codes lie under it.

Examples:
  codeset lookup icd10cm heart attack
  codeset lookup icd10cm neoplasm lung --at FY2016
  codeset lookup icd10cm aspirin --format json)");
    command->callback([args, &context, &result] { result = run_lookup(*args, context); });
}

}  // namespace codeset::cli
