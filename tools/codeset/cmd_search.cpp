// codeset search: full-text search of the codes of one release.
#include "commands.hpp"
#include "content_options.hpp"

#include "codeset/export/writer.hpp"
#include "codeset/query/queries.hpp"

#include <unistd.h>
#include <cstdlib>
#include <iostream>

namespace codeset::cli {

namespace {

std::string join(const std::vector<std::string>& words) {
    std::string text;
    for (const std::string& word : words) text += (text.empty() ? "" : " ") + word;
    return text;
}

// Bold on a terminal (unless NO_COLOR is set), brackets everywhere else.
SearchOptions markers_for(const Context& context, const Writer& writer) {
    SearchOptions options;
    const bool terminal = writer.name == "text" && context.out == &std::cout && ::isatty(STDOUT_FILENO) != 0;
    const char* no_color = std::getenv("NO_COLOR");
    if (terminal && !(no_color && *no_color)) {
        options.open = "\x1b[1m";
        options.close = "\x1b[0m";
    }
    return options;
}

}  // namespace

int run_search(const SearchArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    const Writer& writer = require_writer(args.format, ContentKind::search);
    const std::string text = join(args.words);
    search_expression(text);  // a text without a word is a usage error, before the store is opened
    const Store store = context.open_store(StoreAccess::read);
    SearchOptions options = markers_for(context, writer);
    options.limit = args.limit;
    write_content(*context.out, writer, search_release(store, system, text, args.at, options), {args.licensed_text},
                  context.err);
    return exit_ok;
}

void add_search_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<SearchArguments>();
    CLI::App* command = app.add_subcommand("search", "Find codes by words of their titles and inclusion terms");
    command->add_option("system", args->system, "Code system")->required()->type_name("SYSTEM");
    command->add_option("text", args->words, "Words to find (all of them); a trailing * makes a word a prefix")
        ->required()
        ->type_name("TEXT");
    command
        ->add_option("--at", args->at,
                     "Release label, or a date (the release in force that day); "
                     "default: the latest release")
        ->type_name("VERSION|DATE");
    command->add_option("--limit", args->limit, "Most results shown, best first (default 20; 0: all)")
        ->type_name("N")
        ->check(CLI::NonNegativeNumber);
    add_format_option(*command, args->format, ContentKind::search);
    add_licence_flag(*command, args->licensed_text);
    command->footer(R"(TEXT is plain words, not a query language: every word must match (in the long or
short title, or an inclusion term), in any order; punctuation and quotes are ignored;
a * right after a word matches words that begin with it. Words match their other
forms (fracture, fractures, fractured).

Examples:
  codeset search icd10cm type 2 diabetes
  codeset search icd10cm "diabet* retinopathy" --limit 50
  codeset search icd10cm cholera --at FY2024 --format json)");
    command->callback([args, &context, &result] { result = run_search(*args, context); });
}

}  // namespace codeset::cli
