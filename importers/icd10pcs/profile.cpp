#include "icd10pcs/profile.hpp"

namespace codeset::importers {

// The tables XML's attributes (importers/companions/pcs_tables_importer.cpp): character_N holds
// "Axis title: label" of the code's Nth character.
const CodeSystem& icd10pcs_profile() {
    using enum AttributeRole;
    static const CodeSystem profile{
        .name = "icd10pcs",
        .title = "ICD-10-PCS (procedures)",
        .canonical_uri = "http://www.cms.gov/Medicare/Coding/ICD10",
        .licence = {},
        .dot_after = 0,
        .labels = LabelScheme::fiscal,
        .attributes =
            {
                {"character_1", "Character 1", AttributeType::text, hierarchy | companion},
                {"character_2", "Character 2", AttributeType::text, hierarchy | companion},
                {"character_3", "Character 3", AttributeType::text, hierarchy | companion, "operation_definition"},
                {"character_4", "Character 4", AttributeType::text, hierarchy | companion},
                {"character_5", "Character 5", AttributeType::text, hierarchy | companion},
                {"character_6", "Character 6", AttributeType::text, hierarchy | companion},
                {"character_7", "Character 7", AttributeType::text, hierarchy | companion},
                {"operation_definition", "Operation definition", AttributeType::text, note | companion},
            },
        // The addenda carry no billable flag: a 3-character code is a table header (section, body
        // system, operation), every longer one a code.
        .addenda = {.lists_every_change = true, .unflagged_header_length = 3},
        .companion = "tables XML",
        // The sections (a code's first character), as the FY2025 and FY2026 tables XML label them.
        .chapters =
            {
                {"0", "Medical and Surgical", "0", "0"},
                {"1", "Obstetrics", "1", "1"},
                {"2", "Placement", "2", "2"},
                {"3", "Administration", "3", "3"},
                {"4", "Measurement and Monitoring", "4", "4"},
                {"5", "Extracorporeal or Systemic Assistance and Performance", "5", "5"},
                {"6", "Extracorporeal or Systemic Therapies", "6", "6"},
                {"7", "Osteopathic", "7", "7"},
                {"8", "Other Procedures", "8", "8"},
                {"9", "Chiropractic", "9", "9"},
                {"B", "Imaging", "B", "B"},
                {"C", "Nuclear Medicine", "C", "C"},
                {"D", "Radiation Therapy", "D", "D"},
                {"F", "Physical Rehabilitation and Diagnostic Audiology", "F", "F"},
                {"G", "Mental Health", "G", "G"},
                {"H", "Substance Abuse Treatment", "H", "H"},
                {"X", "New Technology", "X", "X"},
            },
    };
    return profile;
}

}  // namespace codeset::importers
