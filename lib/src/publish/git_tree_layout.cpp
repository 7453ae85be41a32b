#include "publish/git_tree_layout.hpp"

#include <algorithm>
#include <map>

namespace codeset::detail {

namespace {

void append_field(std::string& line, std::string_view field) {
    for (const char c : field) {
        switch (c) {
            case '\t': line += "\\t"; break;
            case '\n': line += "\\n"; break;
            case '\r': line += "\\r"; break;
            case '\\': line += "\\\\"; break;
            default: line += c;
        }
    }
}

}  // namespace

CodeRecord published_record(const CodeSystem& system, CodeRecord record) {
    std::erase_if(record.attributes, [&](const Attribute& attribute) {
        return system.attribute_has_role(attribute.name, AttributeRole::bookkeeping) ||
               system.attribute_has_role(attribute.name, AttributeRole::companion);
    });
    record.order = 0;
    return record;
}

std::string code_line(const CodeSystem& system, const CodeRecord& record) {
    std::string line = system.display(record.code);
    line += record.billable ? "\tbillable\t" : "\theader\t";
    append_field(line, record.short_title);
    line += '\t';
    append_field(line, record.long_title);
    for (const Attribute& attribute : record.attributes) {
        line += '\t';
        line += attribute.name;
        line += '=';
        append_field(line, attribute.value);
    }
    return line;
}

std::vector<TreeFile> code_files(const CodeSystem& system, std::vector<CodeRecord> records) {
    std::sort(records.begin(), records.end(), [](const CodeRecord& a, const CodeRecord& b) { return a.code < b.code; });
    std::map<char, std::string> by_first;
    for (const CodeRecord& record : records) {
        if (record.code.empty()) continue;
        std::string& content = by_first[record.code.front()];
        content += code_line(system, record);
        content += '\n';
    }
    std::vector<TreeFile> files;
    for (auto& [first, content] : by_first) files.push_back({std::string(1, first) + ".tsv", std::move(content)});
    return files;
}

std::string layout_readme(const CodeSystem& system, bool descriptors_withheld) {
    std::string text;
    text += std::string(system.title) + ", as published by codeset (one commit per release).\n\n";
    text += "NEWS      what changed in this release against the one before, starting with a Briefly: line\n";
    text += "codes/    one file per first character of the code (codes/A.tsv), one line per code, sorted by code\n\n";
    text += "Each line holds tab-separated fields:\n";
    text += "  code as people write it, \"billable\" or \"header\", short title, long title,\n";
    text += "  then name=value for each of the code's attributes, by name";
    std::vector<std::string_view> names;
    for (const AttributeSpec& spec : system.attributes)
        if (!has_role(spec.roles, AttributeRole::bookkeeping) && !has_role(spec.roles, AttributeRole::companion))
            names.push_back(spec.name);
    std::sort(names.begin(), names.end());
    if (names.empty()) {
        text += " (this system has none).\n";
    } else {
        text += ":\n";
        for (const std::string_view name : names) text += "    " + std::string(name) + '\n';
    }
    text += "A tab, newline, carriage return or backslash inside a field is written \\t, \\n, \\r, \\\\.\n";
    text += "\ngit diff " + std::string(system.name) + "/<label> " + std::string(system.name) +
            "/<label> -- codes/ shows every changed code as one line out\n"
            "and one line in; an added code is one line in, a deleted code one line out.\n";
    if (descriptors_withheld)
        text += "\nTitles and descriptor attributes are left out: " + std::string(system.licence.notice) + '\n';
    return text;
}

}  // namespace codeset::detail
