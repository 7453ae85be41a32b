#include "store/index_writer.hpp"

#include "store/encoding.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace codeset::detail {

IndexWriter::File& IndexWriter::file(IndexKind kind) {
    for (File& file : m_files)
        if (file.heading.kind == kind) return file;
    File& added = m_files.emplace_back();
    added.heading.kind = kind;
    added.heading.title = std::string(index_title(kind));
    return added;
}

void IndexWriter::add_heading(const IndexHeading& heading) { file(heading.kind).heading = heading; }

void IndexWriter::add_term(const PreparedIndexTerm& term) {
    if (!m_known) {
        m_known.emplace();
        Statement known = m_db.prepare("SELECT id, digest FROM index_term WHERE system_id = ?");
        known.bind(1, m_system_id);
        while (known.step()) m_known->emplace(digest_from_sql(known.int64(1)), known.int64(0));
    }
    auto found = m_known->find(term.digest);
    if (found == m_known->end()) found = m_known->emplace(term.digest, insert(term)).first;
    file(term.kind).members.push_back(found->second);
}

std::int64_t IndexWriter::insert(const PreparedIndexTerm& term) {
    if (!m_insert_term)
        m_insert_term.emplace(m_db.prepare(
            "INSERT INTO index_term (system_id, kind, key, digest, title, body) VALUES (?, ?, ?, ?, ?, ?)"));
    Statement& insert = *m_insert_term;
    insert.bind(1, m_system_id)
        .bind(2, to_string(term.kind))
        .bind(3, std::string_view(term.key))
        .bind(4, digest_to_sql(term.digest))
        .bind(5, std::string_view(term.title))
        .bind(6, std::string_view(term.body));
    insert.run();
    const std::int64_t id = m_db.last_insert_rowid();
    for (const std::string& word : term.words) m_words.emplace_back(word, id);
    ++m_new_terms;
    return id;
}

void IndexWriter::write(std::int64_t release_id) {
    std::sort(m_words.begin(), m_words.end());
    Statement word = m_db.prepare("INSERT INTO index_word (word, term_id) VALUES (?, ?)");
    for (const auto& [text, id] : m_words) {
        word.bind(1, std::string_view(text)).bind(2, id);
        word.run();
    }
    m_words.clear();
    Statement insert = m_db.prepare(
        "INSERT INTO release_index (release_id, kind, seq, title, columns, members) VALUES (?, ?, ?, ?, ?, ?)");
    // A release's index files in one order however they were read (one zip, or added one by one).
    std::stable_sort(m_files.begin(), m_files.end(),
                     [](const File& a, const File& b) { return a.heading.kind < b.heading.kind; });
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
