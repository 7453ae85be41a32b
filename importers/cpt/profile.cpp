#include "cpt/profile.hpp"

namespace codeset::importers {

const CodeSystem& cpt_profile() {
    static const CodeSystem profile{
        .name = "cpt",
        .title = "CPT (AMA licensed)",
        .canonical_uri = "http://www.ama-assn.org/go/cpt",
        .licence = {.restricted = true,
                    .holder = "American Medical Association",
                    .notice = "CPT descriptors are licensed by the AMA: pass --my-license-covers-descriptors "
                              "if your licence covers this use"},
        .dot_after = 0,
        .labels = LabelScheme::annual,
        .attributes =
            {
                {"category", "Category (I, II or III)", AttributeType::text, AttributeRole::hierarchy},
                {"clinician_descriptors", "Clinician descriptors", AttributeType::list, AttributeRole::none},
                {"concept_id", "AMA concept id", AttributeType::text, AttributeRole::bookkeeping},
                {"consumer_descriptor", "Consumer descriptor", AttributeType::text, AttributeRole::none},
                {"medium_descriptor", "Medium descriptor", AttributeType::text, AttributeRole::none},
            },
    };
    return profile;
}

}  // namespace codeset::importers
