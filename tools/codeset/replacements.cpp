#include "replacements.hpp"

namespace codeset::cli {

std::vector<std::string> replacements_of(const Store& store, const ReleaseRecord& release, const std::string& code) {
    std::vector<std::string> codes;
    for (const AddendumEntry& entry : store.addenda(release)) {
        if (entry.action != AddendumAction::remove || entry.code != code) continue;
        for (const Attribute& attribute : entry.attributes)
            if (attribute.name.rfind("cross_reference", 0) == 0 && !attribute.value.empty())
                codes.push_back(attribute.value);
    }
    return codes;
}

}  // namespace codeset::cli
