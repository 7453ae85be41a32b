// codeset show as people read it: the code, its titles, where it sits, the notes that apply, and
// for a header the billable codes under it.
#include "export/content_writers.hpp"

#include <ostream>

namespace codeset::detail {

namespace {

constexpr std::size_t listed_subcodes = 25;

// "  E11.9  Type 2 diabetes ..." or, with the descriptors withheld, the code alone.
void code_line(std::ostream& out, std::string_view indent, const CodeSystem& system, const CodeRecord& record,
               bool withheld) {
    out << indent << system.display(record.code);
    if (!withheld) out << "  " << record.long_title;
    out << '\n';
}

void context_text(std::ostream& out, const CodeContent& content) {
    const CodeContext& context = content.context;
    for (const Placement& placement : context.placement) {
        out << "  " << placement.label << ' ' << placement.value;
        if (!placement.explanation.empty()) out << " (" << placement.explanation << ")";
        out << '\n';
    }
    for (const CodeRecord& ancestor : context.ancestry)
        code_line(out, "  ", *content.system, ancestor, content.descriptors_withheld);
    if (context.notes.empty()) return;
    out << "  notes that apply (from the chapter and section down to the code):\n";
    for (const InheritedNote& note : context.notes) {
        out << "    ";
        if (note.level.empty())
            out << content.system->display(note.from);
        else
            out << note.level_label << ' ' << note.from;
        out << "  " << note.label << ": " << note.text << '\n';
    }
}

}  // namespace

void write_text_code(std::ostream& out, const CodeContent& content) {
    const CodeSystem& system = *content.system;
    const CodeRecord& record = content.record;
    const ReleaseRecord& release = content.release;
    code_line(out, "", system, record, content.descriptors_withheld);
    out << "  " << (record.billable ? "billable code" : "header (not billable)") << ", order " << record.order
        << " in " << release.info.system << ' ' << release.info.version << " (effective "
        << release.info.effective.to_string() << ")\n";
    if (!content.descriptors_withheld) out << "  short title: " << record.short_title << '\n';
    context_text(out, content);
    for (const Attribute& attribute : record.attributes)
        if (!presented_by_context(system, attribute.name)) out << "  " << attribute.name << ": " << attribute.value << '\n';
    if (record.billable) return;
    const std::vector<CodeRecord>& subcodes = content.subcodes;
    out << "  " << subcodes.size() << " billable code" << (subcodes.size() == 1 ? "" : "s") << " under it";
    out << (subcodes.empty() ? "\n" : ":\n");
    for (std::size_t i = 0; i < subcodes.size() && i < listed_subcodes; ++i)
        code_line(out, "    ", system, subcodes[i], content.descriptors_withheld);
    if (subcodes.size() > listed_subcodes)
        out << "    ... and " << subcodes.size() - listed_subcodes << " more (--format json lists all)\n";
}

}  // namespace codeset::detail
