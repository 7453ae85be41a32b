// Reading a published git history with the real git program, and what `codeset diff` says its
// `git diff --numstat` must show (docs/cli.md, "publish git").
#pragma once

#include "run_command.hpp"

#include "codeset/core/code_system.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>

namespace codeset::test {

inline bool have_git() { return std::system("git --version > /dev/null 2>&1") == 0; }

// Runs `git -C repo ARGS` with a clean environment of its own (no user config).
inline CommandResult run_git(const std::filesystem::path& repo, const std::string& args) {
    return run_captured("env GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 git -C " + shell_quote(repo.string()) +
                            " " + args,
                        repo.parent_path());
}

// file -> (lines added, lines deleted)
using NumStat = std::map<std::string, std::pair<long, long>>;

// `git diff --numstat FROM TO -- codes/`
inline NumStat git_numstat(const std::filesystem::path& repo, const std::string& from, const std::string& to) {
    NumStat stat;
    std::istringstream lines(run_git(repo, "diff --numstat " + from + " " + to + " -- codes/").out);
    long added = 0;
    long deleted = 0;
    std::string file;
    while (lines >> added >> deleted >> file) stat[file] = {added, deleted};
    return stat;
}

// From `codeset diff --format json`: each code with a record in `to` and none or another line in
// `from` adds a line to codes/<first character>.tsv, each with a record in `from` and none or
// another line in `to` deletes one. A code whose only changes are attributes that the history
// leaves out (bookkeeping, companion) keeps its line.
inline NumStat expected_numstat(const nlohmann::json& diff, const CodeSystem& system) {
    struct Sides {
        bool before = false;
        bool after = false;
        bool line_changed = false;
    };
    std::map<std::string, Sides> codes;
    for (const nlohmann::json& change : diff["changes"]) {
        Sides& sides = codes[change["code"].get<std::string>()];
        sides.before = sides.before || !change["before"].is_null();
        sides.after = sides.after || !change["after"].is_null();
        if (change["change"] != "attributes") {
            sides.line_changed = true;
            continue;
        }
        for (const nlohmann::json& attribute : change["attribute_changes"]) {
            const std::string name = attribute["name"].get<std::string>();
            if (!system.attribute_has_role(name, AttributeRole::bookkeeping) &&
                !system.attribute_has_role(name, AttributeRole::companion))
                sides.line_changed = true;
        }
    }
    NumStat stat;
    for (const auto& [code, sides] : codes) {
        if (sides.before && sides.after && !sides.line_changed) continue;
        auto& [added, deleted] = stat["codes/" + code.substr(0, 1) + ".tsv"];
        added += sides.after ? 1 : 0;
        deleted += sides.before ? 1 : 0;
    }
    return stat;
}

}  // namespace codeset::test
