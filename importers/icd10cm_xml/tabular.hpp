// The ICD-10-CM tabular list as CDC/CMS publish it in XML (Tabular.xml, icd10cm_tabular_2017.xml):
// chapters, sections and nested <diag> elements with their notes and 7th-character definitions.
//
// The document is read as a stream: codes reach a visitor one category (a 3-character <diag>
// and everything under it) at a time, so memory stays flat whatever the file size.
// read_tabular() collects them when the caller wants the whole release.
#pragma once

#include "codeset/core/code_record.hpp"
#include "codeset/core/error.hpp"
#include "codeset/core/source.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace codeset::importers::icd10cm_xml {

// Note kinds, the keys of `notes` maps: the XML element each one comes from.
//   inclusion_terms <inclusionTerm>   includes <includes>       excludes1 <excludes1>
//   excludes2 <excludes2>             code_first <codeFirst>    code_also <codeAlso>
//   use_additional_code <useAdditionalCode>                     notes <notes>
// Each holds the texts of its <note> children, white space cleaned (xml::clean_text).
using Notes = std::map<std::string, std::vector<std::string>>;

struct Section {
    std::string id;     // "E08-E13" (the section's id attribute)
    std::string title;  // "Diabetes mellitus (E08-E13)", its <desc>
    std::string first;  // "E08": first category of the range (chapter's sectionRef, else the id)
    std::string last;   // "E13"
    Notes notes;
};

struct Chapter {
    std::string number;  // "4"
    std::string title;   // "Endocrine, nutritional and metabolic diseases (E00-E89)"
    Notes notes;
    std::vector<Section> sections;  // in document order
};

struct TabularCode {
    std::string code;  // stored form: upper case, no dot ("S52521")
    std::string name;  // as written in the XML ("S52.521")
    std::string title;
    std::string parent;  // stored form of the enclosing <diag>; empty for a category
    std::string chapter;  // "4"
    std::string chapter_title;
    std::string section;  // "E08-E13"
    std::string section_title;
    Notes notes;
    // The 7th characters that apply here: this diag's own <sevenChrDef>, else the nearest
    // ancestor's (diag, section or chapter). Empty when none applies.
    std::vector<std::pair<char, std::string>> seventh_characters;
    // Terms listed under one of those characters (a <note> after its <extension>, e.g. 'B' "initial
    // encounter for open fracture NOS"), inherited with them.
    std::vector<std::pair<char, std::string>> seventh_character_terms;
    // The <sevenChrNote> that applies here: this diag's own, else the nearest ancestor's.
    std::string seventh_character_note;
    bool has_children = false;  // holds <diag> elements: a header row, never billable itself
    std::uint64_t line = 0;     // line of the <diag> in the XML
};

struct TabularRelease {
    Location where;       // the XML file (and member) read
    std::string version;  // <version>: "2017"
    std::vector<TabularCode> codes;  // every <diag>, in document order
    std::vector<Chapter> chapters;
    std::vector<ImportWarning> warnings;  // elements skipped, odd values
};

// Receives the tabular list as it is read. Codes arrive in document order, each complete (its
// notes and effective 7th characters known), a category at a time; a chapter arrives after its
// codes, with all its sections.
class TabularVisitor {
public:
    virtual ~TabularVisitor() = default;
    virtual void on_version(const std::string& version) { (void)version; }
    virtual void on_code(const TabularCode& code) = 0;
    virtual void on_chapter(const Chapter& chapter) { (void)chapter; }
    virtual void on_warning(const ImportWarning& warning) { (void)warning; }
};

// Streams the document through the visitor. Throws ParseError (with line) for malformed XML, a
// refused DOCTYPE, or a <diag> without a well-formed ICD-10-CM <name>, and rethrows the stream's
// errors.
void parse_tabular(ByteStream& stream, const Location& where, TabularVisitor& visitor);

// The whole release in memory. Also refuses a code listed twice.
TabularRelease read_tabular(ByteStream& stream, const Location& where);
TabularRelease read_tabular(Source& source, const MemberInfo& member);

// The tabular XML of a release: "Tabular.xml" (FY2016) or "icd10cm_tabular_2017.xml" (FY2017),
// not the index, drug or neoplasm files next to it.
std::optional<MemberInfo> find_tabular_member(const Source& source);

}  // namespace codeset::importers::icd10cm_xml
