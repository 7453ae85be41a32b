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
    };
    return profile;
}

}  // namespace codeset::importers
