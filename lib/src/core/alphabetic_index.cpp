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

// Reads a stored term straight into an IndexTerm, event by event (nlohmann's SAX interface),
// without building the JSON tree first: a lookup decodes whole main terms ("Neoplasm" is 190 KB
// with its subterms), and the index diff and a companion import decode every term of a release.
// Keys it does not know are skipped with their values, as the tree reader skipped them.
class TermReader final : public nlohmann::json_sax<nlohmann::json> {
public:
    explicit TermReader(IndexTerm& root) : m_root(root) {}

    bool start_object(std::size_t) override {
        if (skipping()) return ++m_skip_depth, true;
        if (m_frames.empty()) {
            if (m_started) return false;
            m_started = true;
            m_frames.push_back({Frame::term_object, &m_root});
            return true;
        }
        Frame& top = m_frames.back();
        if (top.kind == Frame::term_object) return !known(m_key) && (++m_skip_depth, true);  // an unknown key's value
        if (top.kind != Frame::subterm_array) return false;
        IndexTerm& subterm = top.term->subterms.emplace_back();
        m_frames.push_back({Frame::term_object, &subterm});
        return true;
    }
    bool end_object() override {
        if (skipping()) return --m_skip_depth, true;
        m_frames.pop_back();
        return true;
    }
    bool start_array(std::size_t) override {
        if (skipping()) return ++m_skip_depth, true;
        if (m_frames.empty()) return false;
        Frame& top = m_frames.back();
        if (top.kind == Frame::term_object) {
            if (m_key == "u") return m_frames.push_back({Frame::subterm_array, top.term}), true;
            if (m_key == "x") return m_frames.push_back({Frame::cell_array, top.term}), true;
            if (field_of(m_key)) return false;  // a text field holding a list
            return ++m_skip_depth, true;
        }
        if (top.kind != Frame::cell_array) return false;
        top.term->cells.emplace_back();
        m_frames.push_back({Frame::cell_pair, top.term});
        return true;
    }
    bool end_array() override {
        if (skipping()) return --m_skip_depth, true;
        Frame& top = m_frames.back();
        if (top.kind == Frame::cell_pair && top.items < 2) return false;  // a cell is [column, value]
        m_frames.pop_back();
        return true;
    }
    bool key(string_t& name) override {
        if (!skipping()) m_key = name;
        return true;
    }
    bool string(string_t& value) override {
        if (skipping()) return true;
        if (m_frames.empty()) return false;  // a text, not an object
        Frame& top = m_frames.back();
        if (top.kind == Frame::cell_pair) {
            if (top.items++ != 1) return top.items > 2;
            top.term->cells.back().value = std::move(value);
            return true;
        }
        if (top.kind != Frame::term_object) return false;
        if (std::string IndexTerm::*field = field_of(m_key)) top.term->*field = std::move(value);
        return !known(m_key) || field_of(m_key);  // a text field's value, or an unknown key's
    }
    bool number_unsigned(number_unsigned_t value) override { return number(static_cast<std::int64_t>(value)); }
    bool number_integer(number_integer_t value) override { return number(value); }
    bool number_float(number_float_t, const string_t&) override { return other(); }
    bool boolean(bool) override { return other(); }
    bool null() override { return other(); }
    bool binary(binary_t&) override { return other(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error) override {
        m_error = error.what();
        return false;
    }

    // Why the text was refused; empty when it was read.
    const std::string& error() const { return m_error; }

private:
    struct Frame {
        enum Kind { term_object, subterm_array, cell_array, cell_pair } kind;
        IndexTerm* term;
        int items = 0;  // of a cell: how many of [column, value] were read
    };

    bool skipping() const { return m_skip_depth > 0; }
    static std::string IndexTerm::*field_of(const std::string& key) {
        for (const auto& [field, name] : text_fields)
            if (key == name) return field;
        return nullptr;
    }
    // The keys index_term_to_json writes: the text fields, the subterms "u" and the cells "x".
    static bool known(const std::string& key) { return field_of(key) || key == "u" || key == "x"; }
    bool number(std::int64_t value) {
        if (skipping()) return true;
        if (m_frames.empty()) return false;
        Frame& top = m_frames.back();
        if (top.kind == Frame::cell_pair) {
            if (top.items++ != 0) return top.items > 2;
            top.term->cells.back().column = static_cast<int>(value);
            return true;
        }
        return top.kind == Frame::term_object && !known(m_key);  // a number under an unknown key
    }
    bool other() {
        if (skipping()) return true;
        if (m_frames.empty()) return false;
        Frame& top = m_frames.back();
        if (top.kind == Frame::cell_pair) return top.items++ >= 2;
        return top.kind == Frame::term_object && !known(m_key);
    }

    IndexTerm& m_root;
    std::vector<Frame> m_frames;
    std::string m_key;
    int m_skip_depth = 0;
    bool m_started = false;
    std::string m_error;
};

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
    IndexTerm term;
    TermReader reader(term);
    if (!nlohmann::json::sax_parse(json, &reader))
        throw Error(ErrorCode::schema, "damaged store: an index term cannot be read" +
                                           (reader.error().empty() ? std::string(": not one as codeset writes them")
                                                                   : ": " + reader.error()));
    return term;
}

}  // namespace codeset
