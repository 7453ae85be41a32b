// What the release writer needs of a record besides the record itself (its digests, its stored
// JSON, an index term's words), computed on the importer's thread: the writing thread, which
// alone may touch SQLite, is the import's bottleneck, and these cost it a third of its time.
#pragma once

#include "codeset/core/alphabetic_index.hpp"
#include "codeset/core/code_record.hpp"
#include "codeset/core/code_system.hpp"
#include "codeset/core/record_sink.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace codeset::detail {

struct PreparedCode {
    CodeRecord record;        // its attributes sorted by name
    std::uint64_t digest = 0;     // content_digest
    std::uint64_t code_hash = 0;  // code_hash of record.code
    std::string attributes;   // attributes_to_json: empty when there are none
    std::optional<std::string> terms;  // search_terms of the attributes (store/search_terms.hpp)
};

struct PreparedIndexTerm {
    IndexKind kind = IndexKind::diseases;
    std::string title;            // the main term's title
    std::string body;             // index_term_to_json of its subtree
    std::uint64_t digest = 0;     // of kind and body
    std::string key;              // the first of index_key_parts of the title, or empty
    std::vector<std::string> words;  // of every title and nonessential modifier in the subtree, sorted, once each
};

// `searchable`: searchable_attributes(system).
PreparedCode prepare_code(CodeRecord record, const CodeSystem& system, const std::vector<std::string>& searchable);
PreparedIndexTerm prepare_index_term(const IndexMainTerm& term);

// A sink that also takes records already prepared: the release writer.
class PreparedSink : public RecordSink {
public:
    virtual void add_prepared_code(PreparedCode&& code) = 0;
    virtual void add_prepared_index_term(PreparedIndexTerm&& term) = 0;
};

}  // namespace codeset::detail
