// The CMS order-file importer shared by ICD-10-CM and ICD-10-PCS. Both systems ship the same
// fixed-width layout (columns 1-based):
//   1-5 order number (5 digits, sequential from 00001), 6 blank, 7-13 code (no dot, blank-padded),
//   14 blank, 15 flag (0 header, 1 billable), 16 blank, 17-76 short title (60, blank-padded),
//   77 blank, 78- long title.
// They differ in file names, code shape, and the layout of their addenda, which OrderFormat holds.
#pragma once

#include "codeset/core/importer.hpp"

#include "common/addenda.hpp"
#include "common/code_check.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeset::importers {

// What a member of a release is, judged from its base name.
enum class MemberRole { none, order, order_addenda, codes_addenda, other_addenda };

struct OrderFormat {
    std::string_view importer_name;  // "icd10cm-order"
    std::string_view system;         // "icd10cm"
    std::string_view title;          // "ICD-10-CM"
    std::string_view example_name;   // "icd10cm-order-YYYY.txt", for messages
    CodeCheck check_code;
    MemberRole (*classify)(std::string_view base_name);
    // Does the first code of a lone, unnamed text file look like this system's? ("A00" vs "001")
    bool (*first_code_fits)(std::string_view code);
    AddendaLayout order_addenda_layout;
    // A data-quality oddity of one well-formed row (kept as a warning), or an empty view.
    std::string_view (*row_oddity)(const CodeRecord& record);
};

// "icd10cm-order-Jan-2021.txt" -> "icd10cmorderjan2021": lower-case letters and digits of the
// name without its extension; `extension` gets the lower-case extension ("txt").
std::string compact_name(std::string_view base_name, std::string* extension = nullptr);

struct OrderFileStats {
    std::uint64_t rows = 0;
    std::uint64_t billable = 0;
    std::uint64_t lines = 0;  // including trailing blank lines
    std::uint64_t bytes = 0;
};

// Parses an order file from a stream, sending one CodeRecord per row to the sink in file order.
// Throws ParseError at the first malformed line. `total` is the member size, for progress reports.
OrderFileStats parse_order_file(ByteStream& stream, const OrderFormat& format, const Location& where,
                                std::uint64_t total, RecordSink& sink, const ReadOptions& options = {});

class OrderFileImporter : public Importer {
public:
    explicit OrderFileImporter(const OrderFormat& format) : m_format(format) {}
    const OrderFormat& format() const { return m_format; }

    std::string_view name() const override { return m_format.importer_name; }
    std::string_view system() const override { return m_format.system; }
    Identification identify(const Source& source) const override;
    ReleaseInfo describe(const Source& source) const override;
    void read(Source& source, RecordSink& sink, const ReadOptions& options) const override;

    // The order member of a release: found by name, or the file itself when a lone file was given.
    // Throws ParseError naming the members when there is none, or several.
    MemberInfo order_member(const Source& source) const;
    // The addenda member kept with the release (order addenda preferred over codes addenda), if any.
    std::optional<MemberInfo> addenda_member(const Source& source, const MemberInfo& order) const;
    // Does this lone file's first line have the order layout with a code of this system?
    bool first_line_fits(std::string_view line) const;

private:
    OrderFormat m_format;
};

}  // namespace codeset::importers
