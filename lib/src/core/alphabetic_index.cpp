#include "codeset/core/alphabetic_index.hpp"

#include "codeset/core/error.hpp"

#include <nlohmann/json.hpp>

#include <cctype>

namespace codeset {

namespace {

struct KindNames {
    IndexKind kind;
    std::string_view name;
    std::string_view title;
};
constexpr KindNames kind_names[] = {
    {IndexKind::diseases, "index", "Index to Diseases and Injuries"},
    {IndexKind::external_causes, "eindex", "External Cause of Injuries Index"},
    {IndexKind::neoplasms, "neoplasm", "Neoplasm Table"},
    {IndexKind::drugs, "drug", "Table of Drugs and Chemicals"},
};

// Short keys: the Index to Diseases has 77,000 terms, and every byte is kept once per content.
constexpr std::pair<std::string IndexTerm::*, const char*> text_fields[] = {
    {&IndexTerm::title, "t"},         {&IndexTerm::nonessential, "n"},  {&IndexTerm::code, "c"},
    {&IndexTerm::manifestation, "m"}, {&IndexTerm::see, "s"},           {&IndexTerm::see_also, "a"},
    {&IndexTerm::see_category, "sc"}, {&IndexTerm::subcategory, "sb"},
};

nlohmann::json to_json(const IndexTerm& term) {
    nlohmann::json object = nlohmann::json::object();
    for (const auto& [field, key] : text_fields)
        if (!(term.*field).empty()) object[key] = term.*field;
    if (!term.cells.empty()) {
        nlohmann::json cells = nlohmann::json::array();
        for (const IndexCell& cell : term.cells) cells.push_back(nlohmann::json::array({cell.column, cell.value}));
        object["x"] = std::move(cells);
    }
    if (!term.subterms.empty()) {
        nlohmann::json subterms = nlohmann::json::array();
        for (const IndexTerm& subterm : term.subterms) subterms.push_back(to_json(subterm));
        object["u"] = std::move(subterms);
    }
    return object;
}

IndexTerm from_json(const nlohmann::json& object) {
    if (!object.is_object()) throw Error(ErrorCode::schema, "damaged store: an index term is not a JSON object");
    IndexTerm term;
    for (const auto& [field, key] : text_fields)
        if (const auto found = object.find(key); found != object.end()) term.*field = found->get<std::string>();
    if (const auto cells = object.find("x"); cells != object.end())
        for (const nlohmann::json& cell : *cells) term.cells.push_back({cell.at(0).get<int>(), cell.at(1).get<std::string>()});
    if (const auto subterms = object.find("u"); subterms != object.end())
        for (const nlohmann::json& subterm : *subterms) term.subterms.push_back(from_json(subterm));
    return term;
}

// A code is a letter and a digit first ("I21.9", "C79.8-"); a cell of dashes says none, and the
// Neoplasm Table's one <manif> is words.
bool names_a_code(const std::string& value) {
    return value.size() >= 3 && std::isalpha(static_cast<unsigned char>(value[0])) &&
           std::isdigit(static_cast<unsigned char>(value[1]));
}

}  // namespace

std::string_view to_string(IndexKind kind) {
    for (const KindNames& names : kind_names)
        if (names.kind == kind) return names.name;
    return "index";
}

std::optional<IndexKind> parse_index_kind(std::string_view name) {
    for (const KindNames& names : kind_names)
        if (names.name == name) return names.kind;
    return std::nullopt;
}

std::string_view index_title(IndexKind kind) {
    for (const KindNames& names : kind_names)
        if (names.kind == kind) return names.title;
    return "";
}

bool is_table(IndexKind kind) { return kind == IndexKind::neoplasms || kind == IndexKind::drugs; }

std::vector<std::string> codes_named(const IndexTerm& term) {
    std::vector<std::string> codes;
    for (const std::string* value : {&term.code, &term.manifestation, &term.see_category, &term.subcategory})
        if (names_a_code(*value)) codes.push_back(*value);
    for (const IndexCell& cell : term.cells)
        if (names_a_code(cell.value)) codes.push_back(cell.value);
    return codes;
}

std::vector<std::string> index_words(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || byte >= 0x80) {
            word += static_cast<char>(std::tolower(byte));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

std::string index_key(std::string_view text) {
    std::string key;
    int depth = 0;
    for (const char c : text) {
        if (c == '(' || c == '[') ++depth;
        else if ((c == ')' || c == ']') && depth > 0) --depth;
        else if (depth == 0) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    std::string collapsed;
    for (const char c : key)
        if (c != ' ' || (!collapsed.empty() && collapsed.back() != ' ')) collapsed += c;
    while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
    return collapsed;
}

std::vector<std::string> index_key_parts(std::string_view text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = text.find(',', start);
        const std::size_t end = comma == std::string_view::npos ? text.size() : comma;
        if (std::string part = index_key(text.substr(start, end - start)); !part.empty()) parts.push_back(std::move(part));
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return parts;
}

std::string index_term_to_json(const IndexTerm& term) { return to_json(term).dump(); }

IndexTerm index_term_from_json(std::string_view json) {
    try {
        return from_json(nlohmann::json::parse(json));
    } catch (const nlohmann::json::exception& error) {
        throw Error(ErrorCode::schema, std::string("damaged store: an index term cannot be read: ") + error.what());
    }
}

}  // namespace codeset
