// Which file of an AMA CPT data package holds which descriptors, in which columns.
//
// CPT content is licensed by the AMA: codeset ships none. A licensee points `codeset import` at the
// package they received; its layout differs between package years, so a CptMapping says, for each
// kind of descriptor, which member to read and where the code, the descriptor and the concept id
// sit. The default mapping (default_cpt_mapping) matches the common package layout; a mapping file
// (parse_cpt_mapping, format in docs/cpt.md) describes any other.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeset::importers {

// The kinds of descriptor a package holds; each is one [section] of a mapping file.
enum class CptDescriptor { long_form, medium_form, short_form, consumer, clinician };
// "long", "medium", "short", "consumer", "clinician": the section names of a mapping file.
std::string_view to_string(CptDescriptor descriptor) noexcept;
std::optional<CptDescriptor> parse_cpt_descriptor(std::string_view section) noexcept;

// How a line splits into columns.
enum class CptDelimiter {
    tab,        // columns separated by TAB characters
    blank,      // "code descriptor": the code, one or more blanks, the descriptor (always 2 columns)
    automatic,  // tab when the first data line holds a TAB, blank otherwise (decided once per file)
};
std::string_view to_string(CptDelimiter delimiter) noexcept;

// text_column value meaning "the last column of the line".
inline constexpr std::uint32_t cpt_last_column = 0xFFFFFFFFu;

// One file of the package. Columns are 1-based.
struct CptFileSpec {
    CptDescriptor descriptor = CptDescriptor::long_form;
    // Base name of the member (any folder of the zip or folder), case-insensitive; '*' matches any
    // run of characters and '?' one character. Exactly one member may match.
    std::string file;
    CptDelimiter delimiter = CptDelimiter::tab;
    std::uint32_t code_column = 1;
    std::uint32_t text_column = 2;        // or cpt_last_column
    std::uint32_t concept_id_column = 0;  // 0: the file has no concept ids
    std::uint32_t header_rows = 0;        // lines skipped at the top of the file
    std::uint32_t columns = 0;            // exact column count of every row; 0: at least the mapped ones
    bool required = true;                 // a missing optional file is a warning, a required one an error

    bool operator==(const CptFileSpec&) const = default;
};

struct CptMapping {
    // The long file first (it is required and defines the codes and their order), then at most
    // one spec per other descriptor, in the order they are read.
    std::vector<CptFileSpec> files;
    std::string origin;  // "the default mapping" or the mapping file's path, for messages

    const CptFileSpec* find(CptDescriptor descriptor) const;
    const CptFileSpec& long_file() const;  // files.front()
};

// The default mapping, matching the common AMA package layout (see docs/cpt.md):
//   [long]      LONGULT.txt             auto delimiter, code 1, descriptor 2,                 required
//   [medium]    MEDU.txt                auto delimiter, code 1, descriptor 2,                 optional
//   [short]     SHORTU.txt              auto delimiter, code 1, descriptor 2,                 optional
//   [consumer]  ConsumerDescriptor.txt  tab, concept id 1, code 2, descriptor last, 1 header, optional
//   [clinician] ClinicianDescriptor.txt tab, concept id 1, code 2, descriptor last, 1 header, optional
const CptMapping& default_cpt_mapping();

// Reads a mapping file (INI-like, documented in docs/cpt.md). Throws Error(io) when it cannot be
// read and ParseError naming the file and line for anything malformed.
CptMapping parse_cpt_mapping(const std::filesystem::path& path);
// The same from text; `name` stands for the file in messages and in CptMapping::origin.
CptMapping parse_cpt_mapping_text(std::string_view text, const std::string& name);

// Case-insensitive match of a base name against a pattern with '*' and '?'.
bool cpt_file_matches(std::string_view pattern, std::string_view base_name) noexcept;

}  // namespace codeset::importers
