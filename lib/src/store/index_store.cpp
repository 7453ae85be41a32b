// Reading the Alphabetic Index of a release (schema 8, schemas/sql/0008_alphabetic_index.sql).
#include "codeset/store/store.hpp"
#include "store/encoding.hpp"
#include "store/store_impl.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <tuple>

namespace codeset {

using detail::Statement;

namespace {

struct ReleaseIndex {
    std::vector<IndexHeading> headings;
    std::vector<std::vector<std::byte>> members;  // per heading, as stored: decoded only where all are read
};

// What the helpers read from: the store's connection and its path for messages.
struct Reading {
    const detail::Database& db;
    std::string path;
};

std::vector<ContentId> decode(const Reading& impl, std::span<const std::byte> bytes) {
    auto ids = detail::decode_members(bytes);
    if (!ids) throw Error(ErrorCode::schema, impl.path + ": damaged store: member list of an index file");
    return std::move(*ids);
}

ReleaseIndex read_release_index(const Reading& impl, const ReleaseRecord& release) {
    ReleaseIndex index;
    Statement statement =
        impl.db.prepare("SELECT kind, title, columns, members FROM release_index WHERE release_id = ? ORDER BY seq");
    statement.bind(1, release.id);
    while (statement.step()) {
        const auto kind = parse_index_kind(statement.text(0));
        if (!kind) throw Error(ErrorCode::schema, impl.path + ": damaged store: unknown index kind");
        IndexHeading heading{*kind, std::string(statement.text(1)), {}};
        if (!statement.is_null(2)) {
            const auto columns = nlohmann::json::parse(statement.text(2), nullptr, false);
            if (columns.is_array())
                for (const auto& column : columns)
                    if (column.is_array() && column.size() == 2 && column[0].is_number_integer() && column[1].is_string())
                        heading.columns.push_back({column[0].get<int>(), column[1].get<std::string>()});
        }
        index.headings.push_back(std::move(heading));
        const std::span<const std::byte> members = statement.blob(3);
        index.members.emplace_back(members.begin(), members.end());
    }
    return index;
}

// Main terms by id, in the order of `ids`.
std::vector<IndexMainTerm> load_terms(const Reading& impl, const std::vector<ContentId>& ids) {
    std::vector<IndexMainTerm> terms;
    terms.reserve(ids.size());
    Statement statement = impl.db.prepare("SELECT kind, body FROM index_term WHERE id = ?");
    for (const ContentId id : ids) {
        statement.bind(1, id);
        if (!statement.step())
            throw Error(ErrorCode::schema, impl.path + ": damaged store: missing index term " + std::to_string(id));
        const auto kind = parse_index_kind(statement.text(0));
        if (!kind) throw Error(ErrorCode::schema, impl.path + ": damaged store: unknown index kind");
        terms.push_back({*kind, index_term_from_json(statement.text(1))});
        statement.reset();
    }
    return terms;
}

// The ids of `wanted` that the release's index files list, in their file order.
std::vector<ContentId> in_file_order(const Reading& impl, const ReleaseIndex& index, const std::vector<ContentId>& wanted) {
    std::vector<std::tuple<std::size_t, std::uint32_t, ContentId>> placed;  // file, position, id
    for (std::size_t file = 0; file < index.members.size(); ++file) {
        const auto positions = detail::member_positions(index.members[file], wanted);
        if (!positions) throw Error(ErrorCode::schema, impl.path + ": damaged store: member list of an index file");
        for (std::size_t i = 0; i < wanted.size(); ++i)
            if ((*positions)[i] != 0) placed.emplace_back(file, (*positions)[i], wanted[i]);
    }
    std::sort(placed.begin(), placed.end());
    std::vector<ContentId> ordered;
    for (const auto& [file, position, id] : placed) ordered.push_back(id);
    return ordered;
}

}  // namespace

std::vector<IndexHeading> Store::index_headings(const ReleaseRecord& release) const {
    detail::ReadTransaction read(m_impl->db);
    return read_release_index(Reading{m_impl->db, m_impl->display_path()}, release).headings;
}

void Store::for_each_index_term(const ReleaseRecord& release,
                                const std::function<void(const IndexMainTerm&)>& visit) const {
    detail::ReadTransaction read(m_impl->db);
    const Reading reading{m_impl->db, m_impl->display_path()};
    const ReleaseIndex index = read_release_index(reading, release);
    for (const auto& members : index.members)
        for (const IndexMainTerm& term : load_terms(reading, decode(reading, members))) visit(term);
}

std::vector<Store::IndexFile> Store::index_files(const ReleaseRecord& release) const {
    detail::ReadTransaction read(m_impl->db);
    const Reading reading{m_impl->db, m_impl->display_path()};
    ReleaseIndex index = read_release_index(reading, release);
    std::vector<IndexFile> files;
    for (std::size_t i = 0; i < index.headings.size(); ++i)
        files.push_back({std::move(index.headings[i]), decode(reading, index.members[i])});
    return files;
}

std::vector<IndexMainTerm> Store::index_terms(const std::vector<ContentId>& ids) const {
    detail::ReadTransaction read(m_impl->db);
    return load_terms(Reading{m_impl->db, m_impl->display_path()}, ids);
}

std::vector<IndexMainTerm> Store::index_terms_with_words(const ReleaseRecord& release,
                                                         const std::vector<std::string>& words) const {
    detail::ReadTransaction read(m_impl->db);
    const Reading reading{m_impl->db, m_impl->display_path()};
    const ReleaseIndex index = read_release_index(reading, release);
    // The terms (of any release) holding every word, sorted; then those of this release.
    std::vector<ContentId> candidates;
    Statement exact = m_impl->db.prepare("SELECT term_id FROM index_word WHERE word = ?");
    Statement prefix = m_impl->db.prepare("SELECT term_id FROM index_word WHERE word >= ? AND word < ?");
    for (std::size_t w = 0; w < words.size(); ++w) {
        const std::string& word = words[w];
        std::vector<ContentId> matching;
        Statement& statement = word.ends_with('*') ? prefix : exact;
        if (word.ends_with('*')) {
            const std::string start = word.substr(0, word.size() - 1);
            statement.bind(1, start).bind(2, start + "\xff");
        } else {
            statement.bind(1, word);
        }
        while (statement.step())
            if (w == 0 || std::binary_search(candidates.begin(), candidates.end(), statement.int64(0)))
                matching.push_back(statement.int64(0));
        statement.reset();
        std::sort(matching.begin(), matching.end());
        matching.erase(std::unique(matching.begin(), matching.end()), matching.end());
        candidates = std::move(matching);
        if (candidates.empty()) break;
    }
    return load_terms(reading, in_file_order(reading, index, candidates));
}

std::vector<IndexMainTerm> Store::index_terms_by_key(const ReleaseRecord& release, IndexKind kind,
                                                     std::string_view key) const {
    detail::ReadTransaction read(m_impl->db);
    const Reading reading{m_impl->db, m_impl->display_path()};
    const ReleaseIndex index = read_release_index(reading, release);
    const auto system = m_impl->system_id(release.info.system);
    if (!system) return {};
    std::vector<ContentId> keyed;
    Statement statement = m_impl->db.prepare("SELECT id FROM index_term WHERE system_id = ? AND kind = ? AND key = ?");
    statement.bind(1, *system).bind(2, to_string(kind)).bind(3, key);
    while (statement.step()) keyed.push_back(statement.int64(0));
    return load_terms(reading, in_file_order(reading, index, keyed));
}

std::vector<CodeRecord> Store::codes_starting_with(const ReleaseRecord& release, std::string_view prefix) const {
    detail::ReadTransaction read(m_impl->db);
    const auto system = m_impl->system_id(release.info.system);
    if (!system) return {};
    std::vector<ContentId> ids;
    std::vector<CodeRecord> found;
    Statement statement = m_impl->db.prepare(
        "SELECT c.id, " + std::string(content_columns) +
        " FROM content c WHERE c.system_id = ? AND c.code >= ? AND c.code < ?");
    statement.bind(1, *system).bind(2, prefix).bind(3, std::string(prefix) + "\x7f");
    while (statement.step()) {
        ids.push_back(statement.int64(0));
        found.push_back(m_impl->read_content(statement, 1));
    }
    // Contents of other releases are among them: only the members are this release's codes.
    const std::vector<std::uint32_t> positions = m_impl->member_positions(release.id, ids);
    std::vector<CodeRecord> codes;
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (positions[i] != 0) {
            found[i].order = positions[i];
            codes.push_back(std::move(found[i]));
        }
    std::sort(codes.begin(), codes.end(), [](const CodeRecord& a, const CodeRecord& b) { return a.code < b.code; });
    return codes;
}

}  // namespace codeset
