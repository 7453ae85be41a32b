// Internal: the files of one release in a published git history. Codes go to codes/<first
// character>.tsv, one line per code sorted by code, so the layout depends on the codes alone (not
// on the companion files a store holds) and `git diff` between two tags shows each changed code as
// one line out and one line in.
#pragma once

#include "codeset/core/code_record.hpp"
#include "codeset/core/code_system.hpp"

#include <string>
#include <vector>

namespace codeset::detail {

struct TreeFile {
    std::string name;  // inside codes/: "A.tsv"
    std::string content;
};

// The record as the history publishes it: without the attributes that describe the publication
// (role bookkeeping) or come from a companion file (role companion).
CodeRecord published_record(const CodeSystem& system, CodeRecord record);

// One line, without its newline: code as people write it, "billable" or "header", short title,
// long title, then `name=value` for each attribute, tab-separated; a tab, newline, carriage
// return or backslash inside a field is written \t, \n, \r, \\.
std::string code_line(const CodeSystem& system, const CodeRecord& record);

// Every code file of a release (records already published_record), by first character.
std::vector<TreeFile> code_files(const CodeSystem& system, std::vector<CodeRecord> records);

// The README at the top of the tree: what the files hold, the same for every release of a system
// published under the same licence terms.
std::string layout_readme(const CodeSystem& system, bool descriptors_withheld);

}  // namespace codeset::detail
