// The stylesheet and script every HTML page of codeset carries inline (nothing is loaded from
// the network, no fonts): the colours of the change kinds, the filter box, folding chapters and
// the print stylesheet (chapters open, filter hidden).
#pragma once

#include <string_view>

namespace codeset::detail {

extern const std::string_view html_page_style;
extern const std::string_view html_page_script;

}  // namespace codeset::detail
