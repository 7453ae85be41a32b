// The one spelling of typed attribute values. CodeRecord keeps every value as text; a value whose
// profile type is `list` (the notes of the tabular list) is a JSON array of strings, written and
// read only here.
#pragma once

#include "codeset/core/code_record.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace codeset {

// ["first", "second"] as compact JSON. Invalid UTF-8 is replaced, never thrown.
std::string encode_list(const std::vector<std::string>& items);
// The items of an encoded list; a value that is not a JSON array of strings is one item (the
// text as it is), an empty value none.
std::vector<std::string> decode_list(std::string_view value);
// The items of a list attribute of a record; empty when the record has none.
std::vector<std::string> list_attribute(const CodeRecord& record, std::string_view name);

}  // namespace codeset
