#include "store/prepared_records.hpp"

#include "store/encoding.hpp"
#include "store/search_terms.hpp"

#include <nlohmann/json.hpp>
#include <xxhash.h>

#include <algorithm>

namespace codeset::detail {

namespace {

std::uint64_t term_digest(IndexKind kind, const std::string& body) {
    std::string bytes(to_string(kind));
    bytes += '\0';
    bytes += body;
    return XXH3_64bits(bytes.data(), bytes.size());
}

void collect_words(const IndexTerm& term, std::vector<std::string>& words) {
    for (std::string& word : index_words(term.title)) words.push_back(std::move(word));
    for (std::string& word : index_words(term.nonessential)) words.push_back(std::move(word));
    for (const IndexTerm& subterm : term.subterms) collect_words(subterm, words);
}

}  // namespace

PreparedCode prepare_code(CodeRecord record, const CodeSystem& system, const std::vector<std::string>& searchable) {
    PreparedCode prepared{std::move(record), 0, 0, {}, {}};
    std::vector<Attribute>& sorted = prepared.record.attributes;
    if (!std::is_sorted(sorted.begin(), sorted.end(), attribute_name_less)) sort_attributes(sorted);
    prepared.digest = content_digest(prepared.record);
    prepared.code_hash = code_hash(prepared.record.code);
    const nlohmann::json attributes = attributes_object(sorted, &system);
    prepared.attributes = attributes_text(attributes);
    prepared.terms = search_terms(attributes, searchable);
    return prepared;
}

PreparedIndexTerm prepare_index_term(const IndexMainTerm& term) {
    PreparedIndexTerm prepared{term.kind, term.term.title, index_term_to_json(term.term), 0, {}, {}};
    prepared.digest = term_digest(term.kind, prepared.body);
    std::vector<std::string> parts = index_key_parts(term.term.title);
    if (!parts.empty()) prepared.key = std::move(parts.front());
    collect_words(term.term, prepared.words);
    std::sort(prepared.words.begin(), prepared.words.end());
    prepared.words.erase(std::unique(prepared.words.begin(), prepared.words.end()), prepared.words.end());
    return prepared;
}

}  // namespace codeset::detail
