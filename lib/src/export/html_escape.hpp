// Text as HTML character data or a quoted attribute value: the five characters HTML reads as
// markup are written as entities, so a title holding <, & or quotes stays text.
#pragma once

#include <string>
#include <string_view>

namespace codeset::detail {

std::string html_escape(std::string_view text);

}  // namespace codeset::detail
