// The release writer's part for the Alphabetic Index (schema 8): each main term with its subtree
// stored once per system by digest, with its words for lookup, and the release's list of main
// terms per index file.
#pragma once

#include "codeset/core/alphabetic_index.hpp"
#include "sqlite/database.hpp"
#include "store/prepared_records.hpp"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace codeset::detail {

class IndexWriter {
public:
    IndexWriter(Database& db, std::int64_t system_id) : m_db(db), m_system_id(system_id) {}

    void add_heading(const IndexHeading& heading);
    void add_term(const PreparedIndexTerm& term);
    // Writes the words of the terms it added, and the release's release_index rows, once the
    // release row exists.
    void write(std::int64_t release_id);
    std::uint64_t new_terms() const { return m_new_terms; }

private:
    struct File {
        IndexHeading heading;
        std::vector<std::int64_t> members;
    };
    File& file(IndexKind kind);
    std::int64_t insert(const PreparedIndexTerm& term);

    Database& m_db;
    std::int64_t m_system_id;
    std::optional<Statement> m_insert_term;  // prepared when first needed
    // The words of the terms added, with their ids: written at the end in key order, which the
    // b-tree of index_word takes as appends instead of an insert at a random place per word.
    std::vector<std::pair<std::string, std::int64_t>> m_words;
    std::optional<std::unordered_map<std::uint64_t, std::int64_t>> m_known;  // digest -> id, read when first needed
    std::vector<File> m_files;  // written in the order of IndexKind, whatever order they came in
    std::uint64_t m_new_terms = 0;
};

}  // namespace codeset::detail
