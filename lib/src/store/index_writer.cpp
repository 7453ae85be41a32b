#include "store/index_writer.hpp"

#include "store/encoding.hpp"

#include <nlohmann/json.hpp>
#include <xxhash.h>

#include <set>

namespace codeset::detail {

namespace {

std::uint64_t term_digest(IndexKind kind, const std::string& body) {
    std::string bytes(to_string(kind));
    bytes += '\0';
    bytes += body;
    return XXH3_64bits(bytes.data(), bytes.size());
}

void collect_words(const IndexTerm& term, std::set<std::string>& words) {
    for (std::string& word : index_words(term.title)) words.insert(std::move(word));
    for (std::string& word : index_words(term.nonessential)) words.insert(std::move(word));
    for (const IndexTerm& subterm : term.subterms) collect_words(subterm, words);
}

}  // namespace

IndexWriter::File& IndexWriter::file(IndexKind kind) {
    for (File& file : m_files)
        if (file.heading.kind == kind) return file;
    File& added = m_files.emplace_back();
    added.heading.kind = kind;
    added.heading.title = std::string(index_title(kind));
    return added;
}

void IndexWriter::add_heading(const IndexHeading& heading) { file(heading.kind).heading = heading; }

void IndexWriter::add_term(const IndexMainTerm& term) {
    if (!m_known) {
        m_known.emplace();
        Statement known = m_db.prepare("SELECT id, digest FROM index_term WHERE system_id = ?");
        known.bind(1, m_system_id);
        while (known.step()) m_known->emplace(digest_from_sql(known.int64(1)), known.int64(0));
    }
    const std::string body = index_term_to_json(term.term);
    const std::uint64_t digest = term_digest(term.kind, body);
    auto found = m_known->find(digest);
    if (found == m_known->end()) found = m_known->emplace(digest, insert(term, body, digest)).first;
    file(term.kind).members.push_back(found->second);
}

std::int64_t IndexWriter::insert(const IndexMainTerm& term, const std::string& body, std::uint64_t digest) {
    const std::vector<std::string> parts = index_key_parts(term.term.title);
    if (!m_insert_term) {
        m_insert_term.emplace(m_db.prepare(
            "INSERT INTO index_term (system_id, kind, key, digest, title, body) VALUES (?, ?, ?, ?, ?, ?)"));
        m_insert_word.emplace(m_db.prepare("INSERT INTO index_word (word, term_id) VALUES (?, ?)"));
    }
    Statement& insert = *m_insert_term;
    insert.bind(1, m_system_id)
        .bind(2, to_string(term.kind))
        .bind(3, parts.empty() ? std::string() : parts.front())
        .bind(4, digest_to_sql(digest))
        .bind(5, std::string_view(term.term.title))
        .bind(6, std::string_view(body));
    insert.run();
    const std::int64_t id = m_db.last_insert_rowid();
    std::set<std::string> words;
    collect_words(term.term, words);
    Statement& word = *m_insert_word;
    for (const std::string& text : words) {
        word.bind(1, std::string_view(text)).bind(2, id);
        word.run();
    }
    ++m_new_terms;
    return id;
}

void IndexWriter::write(std::int64_t release_id) const {
    Statement insert = m_db.prepare(
        "INSERT INTO release_index (release_id, kind, seq, title, columns, members) VALUES (?, ?, ?, ?, ?, ?)");
    std::int64_t seq = 0;
    for (const File& file : m_files) {
        insert.bind(1, release_id)
            .bind(2, to_string(file.heading.kind))
            .bind(3, ++seq)
            .bind(4, std::string_view(file.heading.title));
        if (file.heading.columns.empty()) {
            insert.bind_null(5);
        } else {
            nlohmann::json columns = nlohmann::json::array();
            for (const IndexCell& column : file.heading.columns)
                columns.push_back(nlohmann::json::array({column.column, column.value}));
            insert.bind(5, columns.dump());
        }
        insert.bind_blob(6, encode_members(file.members));
        insert.run();
    }
}

}  // namespace codeset::detail
