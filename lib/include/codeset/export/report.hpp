// Writers for change sets: a terminal report, JSON, CSV and Markdown.
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
// titles and attributes are left out unless `include_licensed_text` (the caller states its
// licence covers it).
void write_change_report(std::ostream& out, const ChangeSet& changes, const CodeSystem& system,
                         ReportFormat format, bool include_licensed_text = false);

}  // namespace codeset
