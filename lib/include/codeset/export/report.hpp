// Change reports by format, for callers that hold a ChangeSet (the diff tests, the CPT licence
// test): a shorthand over the writer registry (codeset/export/writer.hpp), licence policy included.
#pragma once

#include "codeset/core/code_system.hpp"
#include "codeset/diff/change_set.hpp"

#include <optional>
#include <ostream>
#include <string_view>

namespace codeset {

enum class ReportFormat { text, json, csv, markdown };
std::optional<ReportFormat> parse_report_format(std::string_view name) noexcept;

// Codes are written as users write them (CodeSystem::display). For a licensed system (CPT)
// descriptors are left out unless `include_licensed_text` (the caller states its licence covers
// it); the notice is the caller's to show.
void write_change_report(std::ostream& out, const ChangeSet& changes, const CodeSystem& system,
                         ReportFormat format, bool include_licensed_text = false);

}  // namespace codeset
