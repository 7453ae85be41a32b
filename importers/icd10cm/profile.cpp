#include "icd10cm/profile.hpp"

namespace codeset::importers {

// The tabular list's attributes (importers/companions/tabular_importer.cpp). Note kinds are the
// XML elements they come from; labels are the words the tabular list prints before them. Every
// attribute comes from the tabular XML: a release read without it has none.
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
                {"chapter", "Chapter", AttributeType::text, hierarchy | chapter | companion, "chapter_title"},
                {"chapter_title", "Chapter title", AttributeType::text, hierarchy | companion},
                {"section", "Section", AttributeType::text, hierarchy | companion, "section_title"},
                {"section_title", "Section title", AttributeType::text, hierarchy | companion},
                {"parent", "Parent", AttributeType::code_ref, parent | companion},
                {"inclusion_terms", "Inclusion term", AttributeType::list, note | searchable | companion},
                {"includes", "Includes", AttributeType::list, note | companion},
                {"notes", "Note", AttributeType::list, note | companion},
                {"code_first", "Code first", AttributeType::list, note | companion},
                {"code_also", "Code also", AttributeType::list, note | companion},
                {"use_additional_code", "Use additional code", AttributeType::list, note | companion},
                {"excludes1", "Excludes1", AttributeType::list, note | companion},
                {"excludes2", "Excludes2", AttributeType::list, note | companion},
                {"seventh_characters", "7th characters", AttributeType::map, note | companion},
                {"seventh_character_note", "7th character note", AttributeType::text, note | companion},
                {"seventh_character", "7th character", AttributeType::text, hierarchy | companion, "seventh_character_meaning"},
                {"seventh_character_meaning", "7th character meaning", AttributeType::text, hierarchy | companion},
            },
        .companion = "tabular XML",
    };
    return profile;
}

}  // namespace codeset::importers
