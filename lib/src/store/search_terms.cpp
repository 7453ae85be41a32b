#include "store/search_terms.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace codeset::detail {

std::vector<std::string> searchable_attributes(const CodeSystem& system) {
    std::vector<std::string> names;
    for (const AttributeSpec& spec : system.attributes)
        if (has_role(spec.roles, AttributeRole::searchable)) names.emplace_back(spec.name);
    std::sort(names.begin(), names.end());
    return names;
}

std::optional<std::string> search_terms(std::string_view attributes_json, const std::vector<std::string>& searchable) {
    if (attributes_json.empty() || searchable.empty()) return std::nullopt;
    return search_terms(nlohmann::json::parse(attributes_json, nullptr, false), searchable);
}

std::optional<std::string> search_terms(const nlohmann::json& object, const std::vector<std::string>& searchable) {
    if (searchable.empty() || !object.is_object()) return std::nullopt;
    std::vector<const nlohmann::json*> values;
    std::size_t depth = 0;
    for (const std::string& name : searchable) {
        const auto found = object.find(name);
        if (found == object.end()) continue;
        values.push_back(&*found);
        if (found->is_array()) depth = std::max(depth, found->size());
        if (found->is_string()) depth = std::max<std::size_t>(depth, 1);
    }
    std::optional<std::string> terms;
    const auto add = [&](const nlohmann::json& item) {
        if (!item.is_string()) return;
        if (terms)
            *terms += " | ";
        else
            terms.emplace();
        *terms += item.get_ref<const std::string&>();
    };
    for (std::size_t i = 0; i < depth; ++i)
        for (const nlohmann::json* value : values) {
            if (value->is_array() && i < value->size()) add((*value)[i]);
            if (value->is_string() && i == 0) add(*value);
        }
    return terms;
}

ContentIndexer::ContentIndexer(Database& db) : m_db(db) {
    m_db.exec("CREATE TEMP TABLE IF NOT EXISTS new_search_terms (id INTEGER PRIMARY KEY, terms TEXT NOT NULL)");
    m_db.exec("DELETE FROM temp.new_search_terms");
    m_insert = m_db.prepare("INSERT INTO temp.new_search_terms (id, terms) VALUES (?, ?)");
}

ContentIndexer::~ContentIndexer() {
    m_insert = Statement();
    try {
        m_db.exec("DROP TABLE IF EXISTS temp.new_search_terms");
    } catch (...) {
        // A connection that failed is closed next; its temporary tables go with it.
    }
}

void ContentIndexer::add_terms(ContentId id, std::string_view terms) {
    m_insert.bind(1, id).bind_unowned(2, terms);
    m_insert.run();
}

void ContentIndexer::index_after(ContentId after) {
    Statement index = m_db.prepare(
        "INSERT INTO code_search (rowid, long_title, short_title, terms)"
        " SELECT c.id, c.long_title, c.short_title, t.terms FROM content c"
        " LEFT JOIN temp.new_search_terms t ON t.id = c.id WHERE c.id > ?");
    index.bind(1, after);
    index.run();
}

}  // namespace codeset::detail
