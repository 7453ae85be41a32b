// Which parts of a licensed system's content are descriptors, read from its profile: the titles,
// and every attribute except those typed as dates or code references (an undeclared attribute
// counts as a descriptor). Codes, billable flags, orders and change kinds are never descriptors.
#include "export/licence_policy.hpp"

#include <algorithm>

namespace codeset::detail {

namespace {

bool is_descriptor(const CodeSystem& system, std::string_view attribute) {
    const AttributeSpec* spec = system.attribute(attribute);
    return !spec || (spec->type != AttributeType::date && spec->type != AttributeType::code_ref);
}

void strip(const CodeSystem& system, CodeRecord& record) {
    record.short_title.clear();
    record.long_title.clear();
    std::erase_if(record.attributes, [&](const Attribute& a) { return is_descriptor(system, a.name); });
}

void strip(const CodeSystem& system, std::optional<CodeRecord>& record) {
    if (record) strip(system, *record);
}

void strip(const CodeSystem& system, Change& change) {
    strip(system, change.before);
    strip(system, change.after);
    std::erase_if(change.attribute_changes,
                  [&](const AttributeChange& a) { return is_descriptor(system, a.name); });
}

}  // namespace

bool withholds_descriptors(const CodeSystem& system, LicenceTerms terms) {
    return system.licensed() && !terms.covers_descriptors;
}

void withhold_descriptors(ChangeSetContent& content) {
    for (Change& change : content.changes.changes) strip(*content.system, change);
    content.changes.division_changes.clear();  // titles and notes: descriptors
    content.changes.index_changes.clear();     // index terms: words of the classification
    for (IndexFileComparison& file : content.changes.index_files) file.counts = {};
    for (Division& division : content.changes.divisions) division.title.clear();
    content.descriptors_withheld = true;
}

void withhold_descriptors(SnapshotContent& content) {
    content.codes.apply([system = content.system](CodeRecord& record) { strip(*system, record); });
    content.descriptors_withheld = true;
}

void withhold_descriptors(HistoryContent& content) {
    for (HistoryEntry& entry : content.entries) {
        strip(*content.system, entry.record);
        for (Change& change : entry.changes) strip(*content.system, change);
    }
    content.descriptors_withheld = true;
}

void withhold_descriptors(CodeContent& content) {
    const CodeSystem& system = *content.system;
    strip(system, content.record);
    for (CodeRecord& record : content.subcodes) strip(system, record);
    for (CodeRecord& record : content.context.ancestry) strip(system, record);
    std::erase_if(content.context.placement, [&](const Placement& p) { return is_descriptor(system, p.name); });
    for (Placement& placement : content.context.placement) placement.explanation.clear();
    std::erase_if(content.context.notes, [&](const InheritedNote& n) { return is_descriptor(system, n.kind); });
    content.descriptors_withheld = true;
}

void withhold_descriptors(SearchContent& content) {
    for (SearchHit& hit : content.result.hits) {
        strip(*content.system, hit.record);
        hit.highlight.clear();
        hit.snippet.clear();
    }
    content.descriptors_withheld = true;
}

void withhold_descriptors(MapContent& content) {
    for (MapHop& hop : content.map.hops) {
        hop.title_before.clear();
        hop.title_after.clear();
    }
    content.descriptors_withheld = true;
}

void withhold_descriptors(ReplacementsContent& content) {
    for (Replacement& replacement : content.replacements) {
        strip(*content.system, replacement.source);
        for (CodeRecord& target : replacement.targets) strip(*content.system, target);
        for (MapHop& hop : replacement.map.hops) {
            hop.title_before.clear();
            hop.title_after.clear();
        }
    }
    content.descriptors_withheld = true;
}

// The index's own words are not the licensed descriptors; the titles of the codes it leads to are.
void withhold_descriptors(LookupContent& content) {
    const auto strip_codes = [&](std::vector<LookupCode>& codes) {
        for (LookupCode& code : codes) {
            code.title.clear();
            for (CodeRecord& record : code.completions) strip(*content.system, record);
        }
    };
    for (LookupHit& hit : content.hits) {
        strip_codes(hit.entry.codes);
        for (LookupReference& reference : hit.references)
            for (LookupEntry& entry : reference.chain) strip_codes(entry.codes);
    }
    content.descriptors_withheld = true;
}

// Counts of codes per kind of change name no code and carry no title: nothing to take out.
void withhold_descriptors(SummaryContent&) {}

}  // namespace codeset::detail
