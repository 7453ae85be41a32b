#include "codeset/query/replacements.hpp"

namespace codeset {

std::map<std::string, std::vector<std::string>> replacements_in(const Store& store, const CodeSystem& system,
                                                                const ReleaseRecord& release) {
    std::map<std::string, std::vector<std::string>> codes;
    for (const AddendumEntry& entry : store.addenda(release)) {
        if (entry.action != AddendumAction::remove) continue;
        for (const Attribute& attribute : entry.attributes)
            if (!attribute.value.empty() && system.attribute_has_role(attribute.name, AttributeRole::replaced_by))
                codes[entry.code].push_back(attribute.value);
    }
    return codes;
}

}  // namespace codeset
