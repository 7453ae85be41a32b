// Store::search: full-text search of a release's codes, and the upkeep of the search index
// (table code_search, schemas/sql/0002_search.sql).
//
// The index holds every content of every release once (rowid = content.id). A search runs the
// FTS5 query over the whole index, keeps the matches that are members of the release searched
// (a table of order numbers indexed by content id, built from the release's member list), ranks
// them by bm25 and reads highlights and snippets for the best only.
#include "codeset/core/error.hpp"
#include "codeset/store/store.hpp"
#include "store/search_index.hpp"
#include "store/store_impl.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_set>

namespace codeset {

using detail::Statement;

namespace {

// Relevance as bm25 with per-column weights: long title, short title (an abbreviation of the long
// title, stored and indexed only when it differs), searchable attributes. Read as an integer (the
// statement wrapper reads no floating point): bm25 is negative, better is lower.
constexpr std::string_view match_sql =
    "SELECT rowid, CAST(bm25(code_search, 1.0, 0.25, 0.5) * -1e12 AS INTEGER) FROM code_search"
    " WHERE code_search MATCH ?";
constexpr double score_scale = 1e12;

// highlight() and snippet() mark matches with control characters no title contains, so the
// fields that matched can be told apart; they are then replaced by the caller's markers.
constexpr char open_mark = '\x02';
constexpr char close_mark = '\x03';
// One pass over the matches for the highlights of the hits (a JSON array of their ids): `+rowid`
// keeps SQLite from looking each id up with a query of its own, which for a prefix would merge
// the lists of every word with that prefix again (20 hits of "a*": 70 ms instead of 5).
constexpr std::string_view detail_sql =
    "SELECT rowid, highlight(code_search, 0, char(2), char(3)), highlight(code_search, 1, char(2), char(3)),"
    " highlight(code_search, 2, char(2), char(3)), snippet(code_search, 0, char(2), char(3), '...', 16),"
    " snippet(code_search, 1, char(2), char(3), '...', 16), snippet(code_search, 2, char(2), char(3), '...', 16)"
    " FROM code_search WHERE code_search MATCH ? AND +rowid IN (SELECT value FROM json_each(?))";
constexpr int field_count = 3;
constexpr SearchField fields[field_count] = {SearchField::long_title, SearchField::short_title,
                                             SearchField::terms};

// More words than this are refused: each is a term to intersect, and no title needs more.
constexpr std::size_t max_words = 32;

bool is_word_byte(char c) {
    const auto byte = static_cast<unsigned char>(c);
    // Bytes of multi-byte UTF-8 characters belong to words: the tokenizer decides which
    // characters are letters, and a phrase it finds empty matches nothing.
    return (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || byte >= 0x80;
}

std::string lower_ascii(std::string_view text) {
    std::string lower(text);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

std::string with_markers(std::string_view marked, const SearchOptions& options) {
    std::string text;
    text.reserve(marked.size() + 8);
    for (char c : marked) {
        if (c == open_mark)
            text += options.open;
        else if (c == close_mark)
            text += options.close;
        else
            text += c;
    }
    return text;
}

struct Candidate {
    std::int64_t score;  // -bm25 * score_scale: higher is better
    std::uint32_t order;
    ContentId id;
    bool exact = false;  // the long title is exactly the words searched
};

// How many candidates beyond those returned are checked for an exact title.
constexpr std::size_t exact_lookahead = 100;

// The words of a search expression, to tell a title that is exactly them: every word of the
// title is one of them (or begins with a prefix word) and each of them is in the title, in any
// order and case. Words here are runs of ASCII letters and digits and other bytes, as in
// search_expression; the stemming of the index is not applied ("cholerae" is not "cholera").
class WordSet {
public:
    explicit WordSet(std::string_view expression) {
        // `"word"` or `"word"*`, separated by spaces.
        for (std::size_t i = 0; i < expression.size();) {
            const std::size_t close = expression.find('"', i + 1);
            Word word{lower_ascii(expression.substr(i + 1, close - i - 1)), false};
            i = close + 1;
            if (i < expression.size() && expression[i] == '*') {
                word.prefix = true;
                ++i;
            }
            m_words.push_back(std::move(word));
            ++i;  // the space
        }
    }

    bool is_exactly(std::string_view title) const {
        std::vector<bool> found(m_words.size(), false);
        for (std::size_t i = 0; i < title.size();) {
            if (!is_word_byte(title[i])) {
                ++i;
                continue;
            }
            std::size_t end = i;
            while (end < title.size() && is_word_byte(title[end])) ++end;
            const std::string token = lower_ascii(title.substr(i, end - i));
            i = end;
            bool known = false;
            for (std::size_t w = 0; w < m_words.size(); ++w)
                if (m_words[w].prefix ? token.starts_with(m_words[w].text) : token == m_words[w].text)
                    known = found[w] = true;
            if (!known) return false;
        }
        return std::find(found.begin(), found.end(), false) == found.end();
    }

private:
    struct Word {
        std::string text;
        bool prefix;
    };
    std::vector<Word> m_words;
};

// Order numbers of a release's members, indexed by content id: 0 for a content not in it.
class MemberOrders {
public:
    explicit MemberOrders(const std::vector<ContentId>& members) {
        if (members.empty()) return;
        const auto [low, high] = std::minmax_element(members.begin(), members.end());
        m_base = *low;
        m_orders.assign(static_cast<std::size_t>(*high - *low) + 1, 0);
        for (std::size_t i = 0; i < members.size(); ++i)
            m_orders[static_cast<std::size_t>(members[i] - m_base)] = static_cast<std::uint32_t>(i + 1);
    }
    std::uint32_t order(ContentId id) const {
        if (id < m_base || static_cast<std::uint64_t>(id - m_base) >= m_orders.size()) return 0;
        return m_orders[static_cast<std::size_t>(id - m_base)];
    }

private:
    ContentId m_base = 0;
    std::vector<std::uint32_t> m_orders;
};

}  // namespace

std::string_view to_string(SearchField field) {
    switch (field) {
        case SearchField::long_title:
            return "long_title";
        case SearchField::short_title:
            return "short_title";
        case SearchField::terms:
            return "terms";
    }
    return "long_title";
}

std::string search_expression(std::string_view text) {
    std::string expression;
    std::unordered_set<std::string> seen;  // a repeated word adds nothing to an AND
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_word_byte(text[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && is_word_byte(text[end])) ++end;
        std::string term = "\"" + std::string(text.substr(i, end - i)) + "\"";
        if (end < text.size() && text[end] == '*') {
            term += '*';
            ++end;
        }
        i = end;
        if (!seen.insert(lower_ascii(term)).second) continue;
        if (seen.size() > max_words)
            throw Error(ErrorCode::usage,
                        "search text has more than " + std::to_string(max_words) + " different words; use fewer");
        if (!expression.empty()) expression += ' ';
        expression += term;
    }
    if (expression.empty())
        throw Error(ErrorCode::usage,
                    "nothing to search for in '" + std::string(text) + "': the text has no letters or digits");
    return expression;
}

SearchResult Store::search(const ReleaseRecord& release, std::string_view text, const SearchOptions& options) const {
    SearchResult result;
    result.expression = search_expression(text);

    auto& db = m_impl->db;
    // Every import indexes what it adds; only a store an earlier codeset wrote, opened read-only,
    // can lack part of its index.
    if (m_impl->search_index_stale)
        throw Error(ErrorCode::store, m_impl->display_path() +
                                          ": the search index was left incomplete by an earlier codeset: run `codeset "
                                          "upgrade` once to complete it");
    detail::ReadTransaction read(db);
    const MemberOrders orders(m_impl->members(release.id));

    std::vector<Candidate> found;
    Statement matches = db.prepare(match_sql);
    matches.bind(1, result.expression);
    while (matches.step()) {
        const ContentId id = matches.int64(0);
        if (const std::uint32_t order = orders.order(id)) found.push_back({matches.int64(1), order, id});
    }
    result.total = found.size();

    // Best first by bm25; equal scores (the same title under a header and its code) in order-file
    // order. bm25 counts a word as often as the title repeats it ("Cholera due to Vibrio cholerae
    // 01, biovar cholerae" outscores "Cholera"), so among the best the titles that are exactly the
    // words searched are moved first.
    const auto better = [](const Candidate& a, const Candidate& b) {
        return a.score != b.score ? a.score > b.score : a.order < b.order;
    };
    const std::size_t count = options.limit == 0 ? found.size() : std::min(options.limit, found.size());
    const std::size_t reranked = std::min(found.size(), options.limit == 0 ? found.size() : count + exact_lookahead);
    std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(reranked), found.end(), better);
    found.resize(reranked);
    const WordSet searched(result.expression);
    Statement title = db.prepare("SELECT long_title FROM content WHERE id = ?");
    for (Candidate& candidate : found) {
        title.bind(1, candidate.id);
        candidate.exact = title.step() && searched.is_exactly(title.text(0));
        title.reset();
    }
    std::stable_partition(found.begin(), found.end(), [](const Candidate& c) { return c.exact; });
    found.resize(count);

    Statement content =
        db.prepare(std::string("SELECT c.id, ") + std::string(content_columns) + " FROM content c WHERE c.id = ?");
    result.hits.resize(found.size());
    std::string ids = "[";
    for (std::size_t i = 0; i < found.size(); ++i) {
        const Candidate& candidate = found[i];
        SearchHit& hit = result.hits[i];
        content.bind(1, candidate.id);
        if (!content.step())
            throw Error(ErrorCode::schema, m_impl->display_path() + ": damaged store: release " + release.info.version +
                                               " lists missing content " + std::to_string(candidate.id));
        m_impl->read_content_into(content, 1, hit.record);
        content.reset();
        hit.record.order = candidate.order;
        hit.score = static_cast<double>(candidate.score) / score_scale;
        hit.highlight = hit.record.long_title;
        hit.snippet = hit.record.long_title;
        ids += (i == 0 ? "" : ",") + std::to_string(candidate.id);
    }
    ids += ']';
    if (found.empty()) return result;

    // The rows come in the index's order: each is matched to its hit by id.
    std::vector<std::size_t> by_id(found.size());
    for (std::size_t i = 0; i < by_id.size(); ++i) by_id[i] = i;
    std::sort(by_id.begin(), by_id.end(), [&](std::size_t a, std::size_t b) { return found[a].id < found[b].id; });
    Statement details = db.prepare(detail_sql);
    details.bind(1, result.expression).bind(2, ids);
    while (details.step()) {
        const auto at = std::lower_bound(by_id.begin(), by_id.end(), details.int64(0),
                                         [&](std::size_t index, ContentId id) { return found[index].id < id; });
        if (at == by_id.end() || found[*at].id != details.int64(0)) continue;
        SearchHit& hit = result.hits[*at];
        int snippet_column = -1;
        for (int column = 0; column < field_count; ++column) {
            if (details.text(1 + column).find(open_mark) == std::string_view::npos) continue;
            hit.matched.push_back(fields[column]);
            if (snippet_column < 0) snippet_column = column;
        }
        // The long title shows every match it has; with none (the words matched elsewhere) it
        // is the plain title.
        if (!details.is_null(1)) hit.highlight = with_markers(details.text(1), options);
        if (snippet_column < 0) snippet_column = 0;
        hit.snippet_field = fields[snippet_column];
        hit.snippet = with_markers(details.text(1 + field_count + snippet_column), options);
    }
    return result;
}

namespace detail {

ContentId last_content_id(const Database& db) {
    Statement statement = db.prepare("SELECT coalesce(max(id), 0) FROM content");
    statement.step();
    return statement.int64(0);
}

void index_pending_contents(Database& db) {
    db.exec("INSERT INTO code_search (rowid, long_title, short_title, terms)"
            " SELECT id, long_title, short_title, terms FROM code_search_source"
            " WHERE id IN (SELECT id FROM search_pending)");
    db.exec("DELETE FROM search_pending");
}

bool search_index_behind(Database& db) {
    Statement statement = db.prepare("SELECT EXISTS (SELECT 1 FROM search_pending)");
    statement.step();
    return statement.int64(0) != 0;
}

}  // namespace detail

}  // namespace codeset
