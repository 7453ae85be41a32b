// Internal: the licence policy the registry applies before any writer sees the content
// (codeset/export/writer.hpp says the rule).
#pragma once

#include "codeset/export/writer.hpp"

namespace codeset::detail {

bool withholds_descriptors(const CodeSystem& system, LicenceTerms terms);

// Takes every descriptor out of the content and marks it withheld (a content that holds none is
// left unmarked).
void withhold_descriptors(ChangeSetContent& content);
void withhold_descriptors(SnapshotContent& content);
void withhold_descriptors(HistoryContent& content);
void withhold_descriptors(CodeContent& content);
void withhold_descriptors(SearchContent& content);
void withhold_descriptors(MapContent& content);
void withhold_descriptors(LookupContent& content);
void withhold_descriptors(ReplacementsContent& content);
void withhold_descriptors(SummaryContent& content);

}  // namespace codeset::detail
