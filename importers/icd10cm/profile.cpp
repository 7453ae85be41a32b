#include "icd10cm/profile.hpp"

namespace codeset::importers {

// The tabular list's attributes (importers/companions/tabular_importer.cpp). Note kinds are the
// XML elements they come from; labels are the words the tabular list prints before them.
const CodeSystem& icd10cm_profile() {
    using enum AttributeRole;
    static const CodeSystem profile{
        .name = "icd10cm",
        .title = "ICD-10-CM (diagnoses)",
        .canonical_uri = "http://hl7.org/fhir/sid/icd-10-cm",
        .licence = {},
        .dot_after = 3,
        .labels = LabelScheme::fiscal,
        .attributes =
            {
                {"chapter", "Chapter", AttributeType::text, hierarchy | chapter, "chapter_title"},
                {"chapter_title", "Chapter title", AttributeType::text, hierarchy},
                {"section", "Section", AttributeType::text, hierarchy, "section_title"},
                {"section_title", "Section title", AttributeType::text, hierarchy},
                {"parent", "Parent", AttributeType::code_ref, parent},
                {"inclusion_terms", "Inclusion term", AttributeType::list, note | searchable},
                {"includes", "Includes", AttributeType::list, note},
                {"notes", "Note", AttributeType::list, note},
                {"code_first", "Code first", AttributeType::list, note},
                {"code_also", "Code also", AttributeType::list, note},
                {"use_additional_code", "Use additional code", AttributeType::list, note},
                {"excludes1", "Excludes1", AttributeType::list, note},
                {"excludes2", "Excludes2", AttributeType::list, note},
                {"seventh_characters", "7th characters", AttributeType::map, note},
                {"seventh_character_note", "7th character note", AttributeType::text, note},
                {"seventh_character", "7th character", AttributeType::text, hierarchy, "seventh_character_meaning"},
                {"seventh_character_meaning", "7th character meaning", AttributeType::text, hierarchy},
            },
    };
    return profile;
}

}  // namespace codeset::importers
