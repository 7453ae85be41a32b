// Like compared with like: what a companion file writes (the attributes the profile marks
// `companion`) is compared only between releases that both were read with one. Shared by
// diff_releases and code_history.
#pragma once

#include "codeset/core/code_system.hpp"
#include "codeset/store/store.hpp"

#include <algorithm>

namespace codeset::detail {

// Whether the two releases differ in having a companion.
inline bool companion_differs(const ReleaseRecord& a, const ReleaseRecord& b) { return a.annotated() != b.annotated(); }

// The record without what companions write.
inline void drop_companion_attributes(CodeRecord& record, const CodeSystem& system) {
    std::erase_if(record.attributes, [&](const Attribute& attribute) {
        return system.attribute_has_role(attribute.name, AttributeRole::companion);
    });
}

}  // namespace codeset::detail
