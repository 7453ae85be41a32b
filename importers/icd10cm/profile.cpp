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
        // The chapters of the tabular list, for releases read without it: titles and ranges as the
        // FY2016 and FY2017 tabular XML print them (chapter 22, U00-U85, came in FY2021).
        .chapters =
            {
                {"1", "Certain infectious and parasitic diseases", "A00", "B99"},
                {"2", "Neoplasms", "C00", "D49"},
                {"3", "Diseases of the blood and blood-forming organs and certain disorders involving the immune mechanism", "D50", "D89"},
                {"4", "Endocrine, nutritional and metabolic diseases", "E00", "E89"},
                {"5", "Mental, Behavioral and Neurodevelopmental disorders", "F01", "F99"},
                {"6", "Diseases of the nervous system", "G00", "G99"},
                {"7", "Diseases of the eye and adnexa", "H00", "H59"},
                {"8", "Diseases of the ear and mastoid process", "H60", "H95"},
                {"9", "Diseases of the circulatory system", "I00", "I99"},
                {"10", "Diseases of the respiratory system", "J00", "J99"},
                {"11", "Diseases of the digestive system", "K00", "K95"},
                {"12", "Diseases of the skin and subcutaneous tissue", "L00", "L99"},
                {"13", "Diseases of the musculoskeletal system and connective tissue", "M00", "M99"},
                {"14", "Diseases of the genitourinary system", "N00", "N99"},
                {"15", "Pregnancy, childbirth and the puerperium", "O00", "O9A"},
                {"16", "Certain conditions originating in the perinatal period", "P00", "P96"},
                // FY2026 added category QA0 (neurodevelopmental disorders due to pathogenic variants) here.
                {"17", "Congenital malformations, deformations and chromosomal abnormalities", "Q00", "QA0"},
                {"18", "Symptoms, signs and abnormal clinical and laboratory findings, not elsewhere classified", "R00", "R99"},
                {"19", "Injury, poisoning and certain other consequences of external causes", "S00", "T88"},
                {"20", "External causes of morbidity", "V00", "Y99"},
                {"21", "Factors influencing health status and contact with health services", "Z00", "Z99"},
                {"22", "Codes for special purposes", "U00", "U85"},
            },
    };
    return profile;
}

}  // namespace codeset::importers
