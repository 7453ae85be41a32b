#include "export/index_report.hpp"

#include <fmt/format.h>

namespace codeset::detail {

bool has_index_part(const ChangeSet& changes) {
    return !changes.without_index.empty() || !changes.index_files.empty();
}

std::string index_statement(const ChangeSet& changes) {
    if (changes.without_index.empty()) return {};
    return changes.without_index + " has no Alphabetic Index: index not compared";
}

std::string index_file_counts(const IndexFileComparison& file) {
    if (!file.missing_in.empty()) return "not compared: " + file.missing_in + " has none";
    const IndexChangeCounts& c = file.counts;
    std::string text;
    const auto add = [&](std::string_view what, std::uint64_t n) {
        if (n) text += fmt::format("{}{} {}", text.empty() ? "" : ", ", what, n);
    };
    add("added", c.added);
    add("removed", c.removed);
    add("codes", c.code);
    add("references", c.reference);
    add("modifiers", c.modifiers);
    add("cells", c.cell);
    return text.empty() ? "no changes" : text;
}

std::string_view index_change_label(IndexChangeKind kind) {
    switch (kind) {
        case IndexChangeKind::added: return "added";
        case IndexChangeKind::removed: return "removed";
        case IndexChangeKind::code: return "code changed";
        case IndexChangeKind::reference: return "reference changed";
        case IndexChangeKind::modifiers: return "modifiers changed";
        case IndexChangeKind::cell: return "cell changed";
    }
    return "";
}

std::string index_field_label(const IndexChange& change) {
    if (change.field == "see_also") return "see also";
    if (change.field == "see_category") return "see category";
    if (change.field == "subcategory") return "see subcategory";
    if (change.field == "nonessential") return "nonessential modifiers";
    return change.field;
}

std::string index_change_what(const IndexChange& change) {
    std::string what(index_change_label(change.kind));
    if (change.kind != IndexChangeKind::added && change.kind != IndexChangeKind::removed)
        return what + ": " + index_field_label(change);
    if (change.subterms) what += fmt::format(", {} subterm{}", change.subterms, change.subterms == 1 ? "" : "s");
    return what;
}

std::string index_value_text(const std::optional<std::string>& value) { return value ? *value : "(none)"; }

std::string index_change_text(const IndexChange& change) {
    if (change.kind == IndexChangeKind::added || change.kind == IndexChangeKind::removed) {
        const std::string text = index_change_what(change);
        const std::optional<std::string>& gives = change.kind == IndexChangeKind::added ? change.after : change.before;
        return gives ? text + ": " + *gives : text;
    }
    return index_field_label(change) + ": " + index_value_text(change.before) + " \u2192 " +
           index_value_text(change.after);
}

}  // namespace codeset::detail
