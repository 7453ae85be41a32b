// search_terms, the importer's own reckoning of the search index's `terms` column, against the
// column as view code_search_source computes it in SQLite: the same text for every shape of
// stored attributes, several searchable attributes among them (the view takes them breadth first).
#include "codeset/store/store.hpp"
#include "sqlite/database.hpp"
#include "store/search_terms.hpp"
#include "store_test_support.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace codeset {
namespace {

using detail::Database;
using detail::Statement;

std::optional<std::string> view_terms(Database& db, std::int64_t id) {
    Statement terms = db.prepare("SELECT terms FROM code_search_source WHERE id = ?");
    terms.bind(1, id);
    if (!terms.step() || terms.is_null(0)) return std::nullopt;
    return std::string(terms.text(0));
}

TEST(SearchTerms, AreTheTextOfTheStoresSearchView) {
    const auto path = test::scratch_dir("search-terms") / "store.db";
    std::filesystem::remove(path);
    { Store created(path); }  // the schema, then rows of a system of the test's own
    Database db(path);
    db.exec("INSERT INTO code_system (id, name, title, licensed) VALUES (90, 'terms-test', 'Terms test', 0)");
    const std::vector<std::string> searchable = {"alpha", "beta", "gamma"};
    for (const std::string& name : searchable)
        db.exec("INSERT INTO search_attribute (system_id, name) VALUES (90, '" + name + "')");

    const std::vector<std::string> attributes = {
        "",
        R"({"alpha": "one text"})",
        R"({"alpha": ["a1", "a2", "a3"]})",
        R"({"alpha": ["a1", "a2", "a3"], "beta": ["b1"], "gamma": "g whole"})",
        R"({"beta": ["b1", "b2"], "gamma": ["g1", "g2", "g3", "g4"], "other": ["not searchable"]})",
        R"({"alpha": [1, null, "text after a number", ["nested"], {"k": "v"}]})",
        R"({"alpha": [], "beta": 7})",
        R"({"other": "not searchable"})",
        R"({"alpha": ["quoted \"word\" and \\ back", "caf\u00e9 | pipe"]})",
    };
    Statement insert = db.prepare(
        "INSERT INTO content (system_id, code, digest, billable, short_title, long_title, attributes)"
        " VALUES (90, ?, 0, 1, NULL, 'title', ?)");
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < attributes.size(); ++i) {
        insert.bind(1, "C" + std::to_string(i));
        if (attributes[i].empty())
            insert.bind_null(2);
        else
            insert.bind(2, attributes[i]);
        insert.run();
        ids.push_back(db.last_insert_rowid());
    }
    for (std::size_t i = 0; i < attributes.size(); ++i)
        EXPECT_EQ(detail::search_terms(attributes[i], searchable), view_terms(db, ids[i])) << attributes[i];
    EXPECT_EQ(detail::search_terms(attributes[3], searchable), "a1 | b1 | g whole | a2 | a3");
}

}  // namespace
}  // namespace codeset
