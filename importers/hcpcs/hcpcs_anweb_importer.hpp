// The HCPCS Level II alpha-numeric file ("ANWEB": HCPC17_CONTR_ANWEB.txt, HCPC2018_CONTR_ANWEB_disc.txt,
// HCPC2020_ANWEB_w_disclaimer.txt, ...) read from the CMS zip as downloaded, its extracted folder, or the
// text file alone. The layout is the table in hcpcs_layout.hpp; docs/hcpcs.md describes what is kept.
//
// - Free-text disclaimer lines before the first record are skipped: any line before it that is not
//   320 characters long and does not look like a record (digits in columns 6-10 and 11).
// - One CodeRecord per procedure (record id 3 + its 4 lines) and per modifier (7 + its 8 lines): the long
//   description joined over the continuation lines with single spaces, the short description, every
//   non-blank field as an attribute (dates as YYYY-MM-DD), `entry_kind` procedure or modifier, sorted by
//   name. Every entry is billable: HCPCS has no header rows.
// - A code whose termination date is before the release's effective date is not valid in that release:
//   it is left out, and one ImportWarning says how many were (CMS keeps discontinued codes in the file
//   for four years). The effective date comes from the file names (hcpcs_version.hpp); when they do not
//   tell it, from the file (implied_effective_date, with a warning).
#pragma once

#include "codeset/core/importer.hpp"

#include "common/line_reader.hpp"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace codeset::importers {

const Importer& hcpcs_anweb_importer();

// Is this base name an ANWEB file (*HCPC*ANWEB*.txt, any case: HCPC17_CONTR_ANWEB.txt,
// V2_HCPC2018_Corrections_ANWEB.txt)?
bool is_hcpcs_anweb_name(std::string_view base_name);

namespace hcpcs {

struct AnwebStats {
    std::uint64_t records = 0;     // first lines (record id 3 or 7)
    std::uint64_t procedures = 0;  // of which record id 3
    std::uint64_t modifiers = 0;   // of which record id 7
    std::uint64_t continuations = 0;
    std::uint64_t skipped_lines = 0;  // disclaimer lines before the first record
    std::uint64_t left_out = 0;       // terminated before the effective date
    std::uint64_t lines = 0;
    std::uint64_t bytes = 0;
};

// Parses an ANWEB file from a stream: the valid entries go to the sink in file order (order 1, 2, ...),
// the entries terminated before `effective` to `left_out` when given (their order is 0); without an
// effective date nothing is left out. Throws ParseError at the first malformed line. `total` is the
// member size, for progress reports.
AnwebStats parse_anweb_file(ByteStream& stream, const Location& where, std::optional<Date> effective,
                            std::uint64_t total, RecordSink& sink, const ReadOptions& options = {},
                            std::vector<CodeRecord>* left_out = nullptr);

// The effective date an ANWEB file implies, for when its names do not tell the release: CMS ends a code
// it discontinues on the day before the update that drops it, so the day after the termination date most
// codes with action D share (or, without any, the day after the latest termination date). Empty when no
// code has a termination date.
struct ImpliedEffective {
    Date effective;
    Date terminated;                 // the termination date it follows
    bool from_discontinued = false;  // read from the action D codes
};
std::optional<ImpliedEffective> implied_effective_date(ByteStream& stream);

// The ANWEB member of a source: found by name, or the file itself when a lone file was given. Throws
// ParseError naming the members when there is none, or several.
MemberInfo anweb_member(const Source& source);

// Reads a release like the importer does and also hands back the entries it left out as terminated:
// check_action_codes (hcpcs/action_check.hpp) needs them to confirm CMS's D actions.
void read_anweb_release(Source& source, RecordSink& sink, const ReadOptions& options,
                        std::vector<CodeRecord>* left_out);

}  // namespace hcpcs

}  // namespace codeset::importers
