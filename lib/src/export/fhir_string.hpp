// Internal: FHIR's rules for a string, and JSON text written by hand for the FHIR writer (which
// streams a whole release, one concept at a time).
#pragma once

#include <string>
#include <string_view>

namespace codeset::detail {

// `text` as a FHIR string: the FHIR string pattern (^[ \r\n\t\S]+$, JavaScript's \s) rejects the
// no-break space and every other Unicode space, so they become U+0020, as do control characters;
// bytes that are not UTF-8 become U+FFFD; leading and trailing spaces go. Empty: leave the element out.
std::string fhir_string(std::string_view text);
// The same, without a copy for the common text that needs no cleaning (printable ASCII): a view
// of `text`, or of `scratch` holding the cleaned copy.
std::string_view fhir_string(std::string_view text, std::string& scratch);

// `text` (already valid UTF-8) as a quoted JSON string, appended to `out`.
void append_json_string(std::string& out, std::string_view text);

}  // namespace codeset::detail
