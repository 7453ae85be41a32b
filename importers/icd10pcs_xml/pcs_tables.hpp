// The ICD-10-PCS tables as CMS publish them in XML (icd10pcs_tables_2025.xml): one <pcsTable> per
// section / body system / operation (axes 1-3), holding <pcsRow>s whose axes 4-7 (body part,
// approach, device, qualifier) list the characters allowed there. A row's valid codes are the
// cartesian product of its four axes.
#pragma once

#include "codeset/core/code_record.hpp"
#include "codeset/core/error.hpp"
#include "codeset/core/source.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeset::importers::icd10pcs_xml {

struct PcsLabel {
    char code = 0;     // one of 0-9, A-H, J-N, P-Z
    std::string text;  // "Cerebral Ventricle"
};

struct PcsAxis {
    int position = 0;    // 1-7: the character of the code the axis sets
    std::string title;   // "Body Part"
    std::vector<PcsLabel> labels;
    std::string definition;  // <definition>: the operation's, on axis 3; empty when none
    const PcsLabel* find(char code) const;
};

struct PcsRow {
    std::array<PcsAxis, 4> axes;  // positions 4-7: body part, approach, device, qualifier
    std::uint64_t line = 0;       // line of the <pcsRow> in the XML
    std::uint64_t code_count() const;  // the product of the four axes' label counts
};

struct PcsTable {
    std::array<PcsAxis, 3> axes;  // positions 1-3: section, body system, operation; one label each
    std::vector<PcsRow> rows;
    std::uint64_t line = 0;  // line of the <pcsTable>
    std::string code() const;  // the 3-character header code: "001"
};

struct PcsTables {
    Location where;      // the XML file (and member) read
    std::string version;  // <version>: "2025"
    std::string title;    // <title>: "2025 ICD-10-PCS Tables"
    std::vector<PcsTable> tables;  // in document order
    std::vector<ImportWarning> warnings;  // values/codes attributes that disagree with the labels, ...
};

// Receives the tables as they are read, one complete <pcsTable> at a time.
class PcsTablesVisitor {
public:
    virtual ~PcsTablesVisitor() = default;
    virtual void on_version(const std::string& version) { (void)version; }
    virtual void on_title(const std::string& title) { (void)title; }
    virtual void on_table(const PcsTable& table) = 0;
    virtual void on_warning(const ImportWarning& warning) { (void)warning; }
};

// Streams the document through the visitor. Throws ParseError (with line) for malformed XML, a
// refused DOCTYPE, a table without exactly one label on each of axes 1-3, a row without axes 4-7,
// or a label code that is not one PCS character.
void parse_pcs_tables(ByteStream& stream, const Location& where, PcsTablesVisitor& visitor);

// The whole file in memory (3 MB of XML make about 2 MB of tables).
// The role a tables XML member is listed with among the files a release was read from.
inline constexpr std::string_view tables_file_role = "tables";

PcsTables read_pcs_tables(ByteStream& stream, const Location& where);
PcsTables read_pcs_tables(Source& source, const MemberInfo& member);

// "icd10pcs_tables_2022.xml" in a release zip or folder.
std::optional<MemberInfo> find_pcs_tables_member(const Source& source);

}  // namespace codeset::importers::icd10pcs_xml
