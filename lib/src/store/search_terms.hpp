// The `terms` column of the search index, computed in C++ on the importer's thread. View
// code_search_source (schemas/sql/0005_*.sql) computes it in SQL with a recursive query per
// content, which cost an import of the tabular XML a quarter of a second on the writing thread.
// Both must give the same text: FTS5 highlights by tokenizing the view's text again.
#pragma once

#include "codeset/core/code_system.hpp"
#include "sqlite/database.hpp"
#include "codeset/store/store.hpp"

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeset::detail {

// The names of the attributes a profile marks searchable, sorted: the rows of search_attribute.
std::vector<std::string> searchable_attributes(const CodeSystem& system);

// The view's `terms` for a content whose stored attributes are `attributes_json` (as
// attributes_to_json writes them; empty for none): the text values of the searchable attributes,
// a list's items one by one, taken breadth first (every attribute's first item, then every
// second...) as the view's recursive query yields them, joined by " | ". nullopt where the view
// gives NULL (nothing searchable).
std::optional<std::string> search_terms(std::string_view attributes_json, const std::vector<std::string>& searchable);
// The same of the object attributes_object made, before it is written as text.
std::optional<std::string> search_terms(const nlohmann::json& attributes, const std::vector<std::string>& searchable);

// The contents an import adds, indexed in one bulk statement at its end (indexing row by row is
// ten times slower: FTS5 writes its pending terms out at every statement), with their terms as
// the importer's thread computed them, kept meanwhile in a temporary table.
class ContentIndexer {
public:
    explicit ContentIndexer(Database& db);
    ~ContentIndexer();
    ContentIndexer(const ContentIndexer&) = delete;
    ContentIndexer& operator=(const ContentIndexer&) = delete;

    void add_terms(ContentId id, std::string_view terms);
    // Indexes every content whose id is above `after`, inside the import's transaction and before
    // any garbage collection.
    void index_after(ContentId after);

private:
    Database& m_db;
    Statement m_insert;
};

}  // namespace codeset::detail
