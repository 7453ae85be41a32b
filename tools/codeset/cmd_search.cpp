// codeset search: full-text search of the codes of one release.
#include "commands.hpp"
#include "release_lookup.hpp"

#include "codeset/core/code_system.hpp"

#include <nlohmann/json.hpp>

#include <unistd.h>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <ostream>

namespace codeset::cli {

namespace {

struct SearchArguments {
    std::string system;
    std::vector<std::string> words;  // TEXT, possibly given as several arguments
    std::string at;
    std::size_t limit = 20;
    std::string format = "text";
    bool licensed_text = false;
};

std::string join(const std::vector<std::string>& words) {
    std::string text;
    for (const std::string& word : words) text += (text.empty() ? "" : " ") + word;
    return text;
}

// Bold on a terminal (unless NO_COLOR is set), brackets everywhere else.
SearchOptions markers_for(const Context& context, const std::string& format) {
    SearchOptions options;
    const bool terminal = format == "text" && context.out == &std::cout && ::isatty(STDOUT_FILENO) != 0;
    const char* no_color = std::getenv("NO_COLOR");
    if (terminal && !(no_color && *no_color)) {
        options.open = "\x1b[1m";
        options.close = "\x1b[0m";
    }
    return options;
}

std::string_view field_label(SearchField field) {
    switch (field) {
        case SearchField::long_title:
            return "title";
        case SearchField::short_title:
            return "short title";
        case SearchField::terms:
            return "inclusion terms";
    }
    return "title";
}

void write_text(std::ostream& out, const CodeSystem& system, const ReleaseRecord& release, const SearchResult& result,
                bool descriptors) {
    std::size_t width = 0;
    for (const SearchHit& hit : result.hits) width = std::max(width, system.display(hit.record.code).size());
    for (const SearchHit& hit : result.hits) {
        const std::string code = system.display(hit.record.code);
        out << code;
        if (descriptors) {
            out << std::string(width - code.size() + 2, ' ') << hit.highlight;
            if (!hit.record.billable) out << "  (header)";
            const bool in_title =
                std::find(hit.matched.begin(), hit.matched.end(), SearchField::long_title) != hit.matched.end();
            if (!in_title)
                out << '\n' << std::string(width + 2, ' ') << field_label(hit.snippet_field) << ": " << hit.snippet;
        } else if (!hit.record.billable) {
            out << std::string(width - code.size() + 2, ' ') << "(header)";
        }
        out << '\n';
    }
    const std::string where = release.info.system + " " + release.info.version;
    if (result.total == 0)
        out << "no code in " << where << " matches all of " << result.expression << '\n';
    else if (result.hits.size() < result.total)
        out << result.hits.size() << " of " << result.total << " matching codes in " << where
            << ", best first (--limit N for more)\n";
    else
        out << result.total << " matching code" << (result.total == 1 ? "" : "s") << " in " << where
            << ", best first\n";
}

nlohmann::json to_json(const CodeSystem& system, const ReleaseRecord& release, const std::string& text,
                       const SearchResult& result, bool descriptors) {
    nlohmann::json hits = nlohmann::json::array();
    std::size_t rank = 0;
    for (const SearchHit& hit : result.hits) {
        nlohmann::json json = {{"rank", ++rank},
                               {"code", system.display(hit.record.code)},
                               {"billable", hit.record.billable},
                               {"order", hit.record.order},
                               {"score", std::round(hit.score * 1e4) / 1e4}};
        nlohmann::json matched = nlohmann::json::array();
        for (SearchField field : hit.matched) matched.push_back(std::string(to_string(field)));
        json["matched_in"] = matched;
        if (descriptors) {
            json["title"] = hit.record.long_title;
            json["short_title"] = hit.record.short_title;
            json["highlight"] = hit.highlight;
            json["snippet"] = hit.snippet;
            json["snippet_from"] = std::string(to_string(hit.snippet_field));
        }
        hits.push_back(std::move(json));
    }
    return {{"system", release.info.system},
            {"version", release.info.version},
            {"effective", release.info.effective.to_string()},
            {"text", text},
            {"query", result.expression},
            {"total", result.total},
            {"results", hits}};
}

int run_search(const SearchArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    const std::string text = join(args.words);
    search_expression(text);  // a text without a word is a usage error, before the store is opened
    const Store store = context.open_store();
    const ReleaseRecord release = lookup_release(store, system.name, args.at);
    const bool descriptors = !system.licensed() || args.licensed_text;
    if (!descriptors)
        *context.err
            << "note: " << system.title
            << " descriptors are licensed: listing codes only (--my-license-covers-descriptors to include them)\n";

    SearchOptions options = markers_for(context, args.format);
    options.limit = args.limit;
    const SearchResult result = store.search(release, text, options);
    if (args.format == "json")
        *context.out << to_json(system, release, text, result, descriptors).dump(2) << '\n';
    else
        write_text(*context.out, system, release, result, descriptors);
    return exit_ok;
}

}  // namespace

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
    command->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text", "json"}));
    command->add_flag("--my-license-covers-descriptors", args->licensed_text,
                      "For licensed systems (CPT): show descriptors, stating your licence covers it");
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
