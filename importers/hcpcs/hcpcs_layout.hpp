// The CMS record layout of the HCPCS Level II alpha-numeric ("ANWEB") file, as one table.
//
// Source: HCPCS18_recordlayout.txt ("HCPCS Contractor Record - 2018", CMS RIF report of 10/31/2017, in
// 2018-HCPCS-Record-Layout-.zip); HCPCS17_recordlayout.txt lists the same fields at the same columns.
// Every record is 320 characters. Columns are 1-based and inclusive, as in the layout document. Fields
// that occur several times ("OCCURS MIN: 4") are listed once per occurrence, numbered from 1.
//
// Record id (column 11): 3 first line of a procedure, 4 its continuation lines; 7 first line of a modifier,
// 8 its continuation lines. Continuation lines carry the code, a sequence number and 80 more characters of
// the long description, and nothing after it ("no detail information in positions 92-275").
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace codeset::importers::hcpcs {

enum class FieldRole {
    code,               // procedure record: the 5-character procedure code
    modifier_blank,     // modifier record: blank before the modifier
    modifier,           // modifier record: the 2-character modifier code
    sequence,           // sequence number (by 100s): orders the lines of one code
    record_id,          // 3, 4, 7 or 8
    long_description,   // 80 characters per line, joined over continuation lines
    short_description,  // 28 characters, first line only
    attribute,          // kept as a CodeRecord attribute, blanks trimmed
    date,               // an attribute written YYYYMMDD, kept as YYYY-MM-DD
    filler,             // blank in every record
};

struct LayoutField {
    std::string_view attribute;  // CodeRecord attribute name; empty for the fields that are not attributes
    std::uint32_t first;         // first column (1-based)
    std::uint32_t length;
    FieldRole role;
    std::string_view description;  // the field as the CMS layout names it (its number there)

    constexpr std::uint32_t last() const { return first + length - 1; }
};

// The whole record, in column order (fields 1, 3 and 4 of the CMS layout overlap: field 2, the
// "code redefinition group", is the same 5 columns read as a modifier record).
inline constexpr std::array<LayoutField, 52> anweb_layout{{
    {"", 1, 5, FieldRole::code, "1. HCPCS code"},
    {"", 1, 3, FieldRole::modifier_blank, "3. filler (modifier records)"},
    {"", 4, 2, FieldRole::modifier, "4. HCPCS modifier code"},
    {"", 6, 5, FieldRole::sequence, "5. HCPCS sequence number"},
    {"", 11, 1, FieldRole::record_id, "6. HCPCS record identification code"},
    {"", 12, 80, FieldRole::long_description, "7. HCPCS long description"},
    {"", 92, 28, FieldRole::short_description, "8. HCPCS short description"},
    {"pricing_indicator_1", 120, 2, FieldRole::attribute, "9. HCPCS pricing indicator code (1)"},
    {"pricing_indicator_2", 122, 2, FieldRole::attribute, "9. HCPCS pricing indicator code (2)"},
    {"pricing_indicator_3", 124, 2, FieldRole::attribute, "9. HCPCS pricing indicator code (3)"},
    {"pricing_indicator_4", 126, 2, FieldRole::attribute, "9. HCPCS pricing indicator code (4)"},
    {"multiple_pricing_indicator", 128, 1, FieldRole::attribute, "10. HCPCS multiple pricing indicator code"},
    {"cim_reference_1", 129, 6, FieldRole::attribute, "11. HCPCS coverage issues manual reference section (1)"},
    {"cim_reference_2", 135, 6, FieldRole::attribute, "11. HCPCS coverage issues manual reference section (2)"},
    {"cim_reference_3", 141, 6, FieldRole::attribute, "11. HCPCS coverage issues manual reference section (3)"},
    {"mcm_reference_1", 147, 8, FieldRole::attribute, "12. HCPCS Medicare carriers manual reference section (1)"},
    {"mcm_reference_2", 155, 8, FieldRole::attribute, "12. HCPCS Medicare carriers manual reference section (2)"},
    {"mcm_reference_3", 163, 8, FieldRole::attribute, "12. HCPCS Medicare carriers manual reference section (3)"},
    {"statute", 171, 10, FieldRole::attribute, "13. HCPCS statute number"},
    {"lab_certification_1", 181, 3, FieldRole::attribute, "14. HCPCS lab certification code (1)"},
    {"lab_certification_2", 184, 3, FieldRole::attribute, "14. HCPCS lab certification code (2)"},
    {"lab_certification_3", 187, 3, FieldRole::attribute, "14. HCPCS lab certification code (3)"},
    {"lab_certification_4", 190, 3, FieldRole::attribute, "14. HCPCS lab certification code (4)"},
    {"lab_certification_5", 193, 3, FieldRole::attribute, "14. HCPCS lab certification code (5)"},
    {"lab_certification_6", 196, 3, FieldRole::attribute, "14. HCPCS lab certification code (6)"},
    {"lab_certification_7", 199, 3, FieldRole::attribute, "14. HCPCS lab certification code (7)"},
    {"lab_certification_8", 202, 3, FieldRole::attribute, "14. HCPCS lab certification code (8)"},
    {"cross_reference_1", 205, 5, FieldRole::attribute, "15. HCPCS cross reference code (1)"},
    {"cross_reference_2", 210, 5, FieldRole::attribute, "15. HCPCS cross reference code (2)"},
    {"cross_reference_3", 215, 5, FieldRole::attribute, "15. HCPCS cross reference code (3)"},
    {"cross_reference_4", 220, 5, FieldRole::attribute, "15. HCPCS cross reference code (4)"},
    {"cross_reference_5", 225, 5, FieldRole::attribute, "15. HCPCS cross reference code (5)"},
    {"coverage", 230, 1, FieldRole::attribute, "16. HCPCS coverage code"},
    {"asc_payment_group", 231, 2, FieldRole::attribute, "17. HCPCS ASC payment group code"},
    {"asc_effective_date", 233, 8, FieldRole::date, "18. HCPCS ASC payment group effective date"},
    {"mog_payment_group", 241, 3, FieldRole::attribute, "19. HCPCS MOG payment group code"},
    {"mog_payment_policy_indicator", 244, 1, FieldRole::attribute, "20. HCPCS MOG payment policy indicator"},
    {"mog_effective_date", 245, 8, FieldRole::date, "21. HCPCS MOG effective date"},
    {"processing_note", 253, 4, FieldRole::attribute, "22. HCPCS processing note number"},
    {"betos", 257, 3, FieldRole::attribute, "23. HCPCS Berenson-Eggers type of service code"},
    {"", 260, 1, FieldRole::filler, "24. filler"},
    {"type_of_service_1", 261, 1, FieldRole::attribute, "25. HCPCS type of service code (1)"},
    {"type_of_service_2", 262, 1, FieldRole::attribute, "25. HCPCS type of service code (2)"},
    {"type_of_service_3", 263, 1, FieldRole::attribute, "25. HCPCS type of service code (3)"},
    {"type_of_service_4", 264, 1, FieldRole::attribute, "25. HCPCS type of service code (4)"},
    {"type_of_service_5", 265, 1, FieldRole::attribute, "25. HCPCS type of service code (5)"},
    {"anesthesia_base_units", 266, 3, FieldRole::attribute, "26. HCPCS anesthesia base unit quantity"},
    {"add_date", 269, 8, FieldRole::date, "27. HCPCS code added date"},
    {"action_effective_date", 277, 8, FieldRole::date, "28. HCPCS action effective date"},
    {"termination_date", 285, 8, FieldRole::date, "29. HCPCS termination date"},
    {"action_code", 293, 1, FieldRole::attribute, "30. HCPCS action code"},
    {"", 294, 27, FieldRole::filler, "31. filler"},
}};

// A record's length: the end of the last field.
inline constexpr std::uint32_t record_length = anweb_layout.back().last();
static_assert(record_length == 320);

// The one row of a structural role (code, sequence, record id, descriptions).
constexpr const LayoutField& layout_row(FieldRole role) {
    for (const LayoutField& field : anweb_layout)
        if (field.role == role) return field;
    return anweb_layout.front();  // not reached for the structural roles
}

// The row of an attribute, by name; nullptr when the layout has no such attribute.
constexpr const LayoutField* layout_attribute(std::string_view name) {
    for (const LayoutField& field : anweb_layout)
        if (!field.attribute.empty() && field.attribute == name) return &field;
    return nullptr;
}

// Not a field of the file: the attribute the importer adds to tell procedures from modifiers.
inline constexpr std::string_view entry_kind_attribute = "entry_kind";

}  // namespace codeset::importers::hcpcs
