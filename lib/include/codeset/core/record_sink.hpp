// Importers push what they read into a sink; they never see the store.
#pragma once

#include "codeset/core/alphabetic_index.hpp"
#include "codeset/core/code_record.hpp"
#include "codeset/core/conversion_table.hpp"
#include "codeset/core/division.hpp"
#include "codeset/core/release_info.hpp"

namespace codeset {

class RecordSink {
public:
    virtual ~RecordSink() = default;
    // Codes arrive in order-file order; CodeRecord::order is set by the importer.
    virtual void add_code(const CodeRecord& record) = 0;
    virtual void add_addendum(const AddendumEntry& entry) = 0;
    virtual void add_warning(const ImportWarning& warning) = 0;
    // A source file (or zip member) the release was read from.
    virtual void add_source_file(const SourceFile& file) = 0;
    // A chapter or section with its notes (companions only; in document order).
    virtual void add_division(const Division& division) { (void)division; }
    // A companion file read with the release.
    virtual void add_companion(const CompanionRecord& companion) { (void)companion; }
    // A conversion table read as a companion (its digest set): kept apart from the codes.
    virtual void add_conversion_table(const ConversionTable& table) { (void)table; }
    // An index file's title and table columns, then its main terms in file order (index companions only).
    virtual void add_index_heading(const IndexHeading& heading) { (void)heading; }
    virtual void add_index_term(const IndexMainTerm& term) { (void)term; }
};

// A sink that keeps everything in memory: for tests and small tools.
class CollectingSink : public RecordSink {
public:
    void add_code(const CodeRecord& record) override { codes.push_back(record); }
    void add_addendum(const AddendumEntry& entry) override { addenda.push_back(entry); }
    void add_warning(const ImportWarning& warning) override { warnings.push_back(warning); }
    void add_source_file(const SourceFile& file) override { files.push_back(file); }
    void add_division(const Division& division) override { divisions.push_back(division); }
    void add_companion(const CompanionRecord& companion) override { companions.push_back(companion); }
    void add_conversion_table(const ConversionTable& table) override { conversion_tables.push_back(table); }
    void add_index_heading(const IndexHeading& heading) override { index_headings.push_back(heading); }
    void add_index_term(const IndexMainTerm& term) override { index_terms.push_back(term); }

    std::vector<CodeRecord> codes;
    std::vector<AddendumEntry> addenda;
    std::vector<ImportWarning> warnings;
    std::vector<SourceFile> files;
    std::vector<Division> divisions;
    std::vector<CompanionRecord> companions;
    std::vector<ConversionTable> conversion_tables;
    std::vector<IndexHeading> index_headings;
    std::vector<IndexMainTerm> index_terms;
};

}  // namespace codeset
