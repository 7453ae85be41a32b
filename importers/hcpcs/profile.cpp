#include "hcpcs/profile.hpp"

#include "hcpcs/action_check.hpp"
#include "hcpcs/hcpcs_anweb_importer.hpp"
#include "hcpcs/hcpcs_layout.hpp"

namespace codeset::importers {

namespace {

// Every attribute field of the record layout, typed from the layout: dates are dates,
// cross-references name the codes that replace a discontinued one, and the action fields say
// what CMS did in this file rather than what the code is.
std::vector<AttributeSpec> layout_attributes() {
    using enum AttributeRole;
    std::vector<AttributeSpec> specs;
    for (const hcpcs::LayoutField& field : hcpcs::anweb_layout) {
        if (field.attribute.empty()) continue;
        AttributeSpec spec{field.attribute, field.description, AttributeType::text, none};
        if (field.role == hcpcs::FieldRole::date) spec.type = AttributeType::date;
        if (field.attribute.starts_with("cross_reference_")) {
            spec.type = AttributeType::code_ref;
            spec.roles = replaced_by;
        }
        if (field.attribute == "action_code" || field.attribute == "action_effective_date") spec.roles = bookkeeping;
        specs.push_back(spec);
    }
    specs.push_back({hcpcs::entry_kind_attribute, "Entry kind (procedure or modifier)", AttributeType::text, entry_kind});
    return specs;
}

}  // namespace

const CodeSystem& hcpcs_profile() {
    static const CodeSystem profile{
        .name = "hcpcs",
        .title = "HCPCS Level II",
        .canonical_uri = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
        .licence = {},
        .dot_after = 0,
        .labels = LabelScheme::quarterly,
        .attributes = layout_attributes(),
        // The addenda are the file's discontinued codes (its Delete lines), not a whole change list:
        // the action codes on every record are the change list, checked by the release check.
        .addenda = {.lists_every_change = false},
        .release_check = &hcpcs::action_code_check(),
        // The letter ranges of the Level II codes (five characters), then the two-character modifiers.
        .chapters =
            {
                {"A", "Transportation services, medical and surgical supplies", "A", "A", 5},
                {"B", "Enteral and parenteral therapy", "B", "B", 5},
                {"C", "Outpatient prospective payment system (temporary)", "C", "C", 5},
                {"D", "Dental procedures", "D", "D", 5},
                {"E", "Durable medical equipment", "E", "E", 5},
                {"G", "Procedures and professional services (temporary)", "G", "G", 5},
                {"H", "Alcohol and drug abuse treatment services", "H", "H", 5},
                {"J", "Drugs administered other than oral method", "J", "J", 5},
                {"K", "Temporary codes for durable medical equipment", "K", "K", 5},
                {"L", "Orthotic and prosthetic procedures and devices", "L", "L", 5},
                {"M", "Medical services", "M", "M", 5},
                {"P", "Pathology and laboratory services", "P", "P", 5},
                {"Q", "Temporary codes", "Q", "Q", 5},
                {"R", "Diagnostic radiology services", "R", "R", 5},
                {"S", "Temporary national codes (non-Medicare)", "S", "S", 5},
                {"T", "National codes established for state Medicaid agencies", "T", "T", 5},
                {"U", "Coronavirus diagnostic panel tests", "U", "U", 5},
                {"V", "Vision, hearing and speech-language pathology services", "V", "V", 5},
                {"modifiers", "Modifiers", "", "", 2},
            },
    };
    return profile;
}

}  // namespace codeset::importers
