#include "companions/annotating_sink.hpp"

#include "codeset/core/error.hpp"

#include <algorithm>
#include <cstdio>

namespace codeset::importers {

namespace {

std::string thousands(std::uint64_t value) {
    std::string digits = std::to_string(value);
    for (std::ptrdiff_t at = std::ptrdiff_t(digits.size()) - 3; at > 0; at -= 3) digits.insert(std::size_t(at), ",");
    return digits;
}

bool gives_attributes(const std::vector<std::unique_ptr<Annotations>>& annotations) {
    return std::any_of(annotations.begin(), annotations.end(), [](const auto& a) { return a->annotates_codes(); });
}

}  // namespace

void AnnotatingSink::add_code(const CodeRecord& record) {
    CodeRecord annotated = record;
    const bool any_annotates = gives_attributes(m_annotations);
    if (m_reannotating && any_annotates)
        std::erase_if(annotated.attributes, [&](const Attribute& attribute) {
            return m_system.attribute_has_role(attribute.name, AttributeRole::companion);
        });
    const std::size_t own = annotated.attributes.size();
    for (const auto& annotations : m_annotations) annotations->annotate(annotated);
    sort_attributes(annotated.attributes);
    if (annotated.attributes.size() > own) ++m_covered;
    // No order number: the checks locate their warnings in the companion's file, where it is no line.
    m_seen.push_back(CodeRow{record.code, record.billable, 0});
    m_next.add_code(annotated);
}

void AnnotatingSink::add_warning(const ImportWarning& warning) {
    if (m_warnings.emplace(warning.where, warning.message).second) m_next.add_warning(warning);
}

void AnnotatingSink::add_source_file(const SourceFile& file) {
    if (m_files.emplace(file.path, file.member).second) m_next.add_source_file(file);
}

void AnnotatingSink::finish(const std::string& what) {
    const auto total = static_cast<std::uint64_t>(m_seen.size());
    const bool any_annotates = gives_attributes(m_annotations);
    if (any_annotates && total > 0 && double(m_covered) < least_companion_coverage * double(total)) {
        char share[32];
        std::snprintf(share, sizeof share, "%.1f%%", 100.0 * double(m_covered) / double(total));
        throw Error(ErrorCode::parse, what + " covers " + thousands(m_covered) + " of the release's " +
                                          thousands(total) + " codes (" + share + "): it is not this release's " +
                                          std::string(m_system.companion.empty() ? "companion" : m_system.companion) +
                                          " (at least half of the codes are expected)");
    }
    for (const auto& annotations : m_annotations)
        for (const Division& division : annotations->divisions()) m_next.add_division(division);
    for (const auto& annotations : m_annotations)
        for (const ImportWarning& warning : annotations->check(m_seen)) add_warning(warning);
}

}  // namespace codeset::importers
