#include "companions/annotating_sink.hpp"

#include <algorithm>

namespace codeset::importers {

void AnnotatingSink::add_code(const CodeRecord& record) {
    CodeRecord annotated = record;
    for (const auto& annotations : m_annotations) {
        if (m_reannotating)
            reannotate(annotated, *annotations);
        else
            annotations->annotate(annotated);
    }
    CodeRecord seen;
    seen.code = record.code;
    seen.billable = record.billable;
    m_seen.push_back(std::move(seen));
    m_next.add_code(annotated);
}

void AnnotatingSink::add_source_file(const SourceFile& file) {
    if (m_files.emplace(file.path, file.member).second) m_next.add_source_file(file);
}

void AnnotatingSink::finish() {
    for (const auto& annotations : m_annotations)
        for (const ImportWarning& warning : annotations->check(m_seen)) m_next.add_warning(warning);
}

void reannotate(CodeRecord& record, const Annotations& annotations) {
    CodeRecord fresh;
    fresh.code = record.code;
    fresh.billable = record.billable;
    annotations.annotate(fresh);
    std::erase_if(record.attributes, [&](const Attribute& attribute) {
        return std::any_of(fresh.attributes.begin(), fresh.attributes.end(),
                           [&](const Attribute& added) { return added.name == attribute.name; });
    });
    record.attributes.insert(record.attributes.end(), fresh.attributes.begin(), fresh.attributes.end());
    sort_attributes(record.attributes);
}

}  // namespace codeset::importers
