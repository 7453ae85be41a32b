// Streaming reader of the ICD-10-CM Alphabetic Index files (icd10cm_index.xsd and
// icd10cm_drug_neoplasm.xsd; Index.xml, E-Index.xml, Neoplasm.xml, Drug.xml): one main term at a
// time is built with its subtree and handed over, so memory holds one main term, not the file.
#pragma once

#include "codeset/core/alphabetic_index.hpp"
#include "codeset/core/error.hpp"
#include "codeset/core/source.hpp"

#include <functional>
#include <optional>
#include <string_view>

namespace codeset::importers::icd10cm_xml {

// Which of the four files a document is, from what it says of itself: the columns of a table's
// <indexHeading> (Malignant Primary ...: the Neoplasm Table; Poisoning ...: the Drug Table), else
// the <title> (External Cause ...: the External Cause Index; Index to Diseases: the Index).
std::optional<IndexKind> index_kind_of(std::string_view title, const std::vector<IndexCell>& columns);

// The first bytes of a file (up to its first <letter>) tell its kind without parsing it all: for
// identify() on a plain file. Empty when the bytes are no index file or say too little.
std::optional<IndexKind> peek_index_kind(std::string_view first_bytes);

struct IndexVisitor {
    std::function<void(const IndexHeading&)> on_heading;  // once, before the first main term
    std::function<void(const IndexMainTerm&)> on_main_term;
};

// Parses one index file. Throws ParseError naming the file, member and line for a document that
// is not `expected`, an element the schema does not allow where it stands, a term without a
// title, a level out of order or deeper than 9, or a table cell without its column.
void parse_index(ByteStream& stream, const Location& where, IndexKind expected, const IndexVisitor& visitor);

}  // namespace codeset::importers::icd10cm_xml
