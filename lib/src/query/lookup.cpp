// codeset lookup: the Alphabetic Index read as a coder reads it. The words find main terms (the
// store's index of words); inside each, the entries whose path from the main term holds every
// word; then each entry's codes are checked against the release and its references followed.
#include "codeset/query/queries.hpp"

#include "codeset/core/error.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace codeset {

namespace {

constexpr std::size_t longest_chain = 8;        // references followed one after another
constexpr std::size_t listed_completions = 24;  // billable codes shown under a code that needs more

// The words of user text; a '*' right after a word makes it a prefix, as in search.
std::vector<std::string> lookup_words(const std::string& text) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const std::string_view token(text.data() + start, end - start);
        std::vector<std::string> found = index_words(token);
        if (!found.empty() && token.ends_with('*')) found.back() += '*';
        for (std::string& word : found) words.push_back(std::move(word));
        start = end + 1;
    }
    return words;
}

bool covers(const std::set<std::string>& have, const std::vector<std::string>& wanted) {
    return std::all_of(wanted.begin(), wanted.end(), [&](const std::string& word) {
        if (!word.ends_with('*')) return have.contains(word);
        const std::string start = word.substr(0, word.size() - 1);
        const auto at = have.lower_bound(start);
        return at != have.end() && at->starts_with(start);
    });
}

struct Candidate {
    std::vector<const IndexTerm*> path;
    int rank = 0;  // levels, plus two when a word is only in a nonessential modifier
    std::size_t order = 0;
    IndexKind kind = IndexKind::diseases;
};

void find_entries(const IndexTerm& term, std::vector<const IndexTerm*>& path, std::set<std::string> essential,
                  std::set<std::string> all, const std::vector<std::string>& words, IndexKind kind,
                  std::vector<Candidate>& found) {
    path.push_back(&term);
    for (std::string& word : index_words(term.title)) {
        all.insert(word);
        essential.insert(std::move(word));
    }
    for (std::string& word : index_words(term.nonessential)) all.insert(std::move(word));
    if (covers(all, words)) {
        // The shallowest entry that holds every word stands for its subterms: a coder reads on from there.
        const int levels = static_cast<int>(path.size());
        found.push_back({path, levels + (covers(essential, words) ? 0 : 2), found.size(), kind});
    } else {
        for (const IndexTerm& subterm : term.subterms) find_entries(subterm, path, essential, all, words, kind, found);
    }
    path.pop_back();
}

class Lookup {
public:
    Lookup(const Store& store, const CodeSystem& system, const ReleaseRecord& release,
           const std::vector<IndexHeading>& headings)
        : m_store(store), m_system(system), m_release(release), m_headings(headings) {}

    LookupEntry entry(IndexKind kind, const std::vector<const IndexTerm*>& path) const {
        LookupEntry entry;
        entry.index = kind;
        for (const IndexTerm* level : path) entry.path.push_back({level->title, level->nonessential});
        const IndexTerm& term = *path.back();
        const auto add = [&](const std::string& written, std::string role) {
            if (!written.empty()) entry.codes.push_back(code(written, std::move(role)));
        };
        add(term.code, "code");
        add(term.manifestation.size() >= 3 && std::isdigit(static_cast<unsigned char>(term.manifestation[1]))
                ? term.manifestation
                : std::string(),
            "manifestation");
        add(term.see_category, "see category");
        add(term.subcategory, "subcategory");
        for (const IndexCell& cell : term.cells)
            if (cell.value.find_first_not_of('-') != std::string::npos) add(cell.value, column_heading(kind, cell.column));
        entry.see = term.see;
        entry.see_also = term.see_also;
        return entry;
    }

    std::vector<LookupReference> references(const LookupEntry& from) const {
        std::vector<LookupReference> references;
        if (!from.see.empty()) references.push_back(follow("see", from.see, from));
        if (!from.see_also.empty()) references.push_back(follow("see also", from.see_also, from));
        return references;
    }

private:
    std::string column_heading(IndexKind kind, int column) const {
        for (const IndexHeading& heading : m_headings)
            if (heading.kind == kind)
                for (const IndexCell& cell : heading.columns)
                    if (cell.column == column) return cell.value;
        return "column " + std::to_string(column);
    }

    LookupCode code(const std::string& written, std::string role) const {
        LookupCode result{written, std::move(role), LookupCode::Status::absent, {}, {}};
        const std::string stored = m_system.normalize(written.ends_with('-') ? written.substr(0, written.size() - 1) : written);
        const std::vector<CodeRecord> under = m_store.codes_starting_with(m_release, stored);
        for (const CodeRecord& record : under) {
            if (record.code == stored) {
                result.title = record.long_title;
                if (record.billable && !written.ends_with('-')) result.status = LookupCode::Status::billable;
            }
        }
        if (result.status == LookupCode::Status::billable) return result;
        for (const CodeRecord& record : under)
            if (record.billable && record.code != stored) result.completions.push_back(record);
        if (!result.completions.empty()) result.status = LookupCode::Status::needs_more;
        // "C79.2-" where the release bills C79.2 itself and nothing under it.
        else if (!result.title.empty() && std::any_of(under.begin(), under.end(), [&](const CodeRecord& record) {
                     return record.code == stored && record.billable;
                 }))
            result.status = LookupCode::Status::billable;
        return result;
    }

    // A reference names a main term, then subterms, by their words between commas
    // ("Infarct, myocardium"): each part matches a term whose title, or one of its comma parts,
    // reads the same (parentheses aside). Several parts may make one title ("Pain, abdominal").
    static std::size_t parts_matched(const IndexTerm& term, const std::vector<std::string>& parts, std::size_t from) {
        const std::vector<std::string> title = index_key_parts(term.title);
        std::size_t matched = 0;
        while (matched < title.size() && from + matched < parts.size() && title[matched] == parts[from + matched])
            ++matched;
        if (matched > 0) return matched;
        const std::string whole = index_key(term.title);
        if (std::find(title.begin(), title.end(), parts[from]) != title.end() || whole == parts[from]) return 1;
        return 0;
    }

    struct Reached {
        IndexKind kind = IndexKind::diseases;
        std::vector<const IndexTerm*> path;
        std::size_t parts = 0;  // of the reference matched
    };

    // The deepest place the parts lead to under one main term.
    static Reached descend(IndexKind kind, const IndexTerm& main, const std::vector<std::string>& parts) {
        Reached reached{kind, {&main}, parts_matched(main, parts, 0)};
        if (reached.parts == 0) return Reached{};
        while (reached.parts < parts.size()) {
            const IndexTerm* best = nullptr;
            std::size_t most = 0;
            for (const IndexTerm& subterm : reached.path.back()->subterms)
                if (const std::size_t matched = parts_matched(subterm, parts, reached.parts); matched > most) {
                    most = matched;
                    best = &subterm;
                }
            if (!best) break;
            reached.path.push_back(best);
            reached.parts += most;
        }
        return reached;
    }

    // Where a reference leads: the index it stands in first, then the others (a "see Neoplasm, ..."
    // of the Index leads into the Neoplasm Table).
    std::optional<Reached> resolve(IndexKind from, const std::string& text, std::vector<IndexMainTerm>& held,
                                   std::string& missing) const {
        const std::vector<std::string> parts = index_key_parts(text);
        if (parts.empty()) return std::nullopt;
        std::vector<IndexKind> kinds{from};
        for (const IndexHeading& heading : m_headings)
            if (heading.kind != from) kinds.push_back(heading.kind);
        std::optional<Reached> best;
        for (const IndexKind kind : kinds) {
            for (IndexMainTerm& main : m_store.index_terms_by_key(m_release, kind, parts.front()))
                held.push_back(std::move(main));
        }
        for (const IndexMainTerm& main : held) {
            Reached reached = descend(main.kind, main.term, parts);
            if (reached.parts > 0 && (!best || reached.parts > best->parts)) best = std::move(reached);
        }
        if (best && best->parts < parts.size()) {
            for (std::size_t i = best->parts; i < parts.size(); ++i) missing += (missing.empty() ? "" : ", ") + parts[i];
        }
        return best;
    }

    LookupReference follow(const std::string& kind, const std::string& text, const LookupEntry& from) const {
        LookupReference reference{kind, text, {}, LookupReference::Problem::none, {}};
        // The see also "condition" and its like tell the coder to look up the condition itself.
        if (text == "condition" || text.starts_with("specific ") || text.find(" by site") != std::string::npos ||
            text.starts_with("by ")) {
            // "Neoplasm, by site, malignant" is still followed as far as it leads.
            if (text.find(',') == std::string::npos) {
                reference.problem = LookupReference::Problem::instruction;
                return reference;
            }
        }
        std::set<std::string> visited{path_key(from)};
        std::string next = text;
        IndexKind in = from.index;
        for (std::size_t step = 0; step < longest_chain; ++step) {
            std::string missing;
            std::vector<IndexMainTerm> found;
            const auto reached = resolve(in, next, found, missing);
            if (!reached) {
                reference.problem = LookupReference::Problem::dead_end;
                reference.detail = next;
                return reference;
            }
            LookupEntry target = entry(reached->kind, reached->path);
            const std::string key = path_key(target);
            reference.chain.push_back(std::move(target));
            if (!missing.empty()) {
                reference.problem = LookupReference::Problem::dead_end;
                reference.detail = missing;
                return reference;
            }
            if (!visited.insert(key).second) {
                reference.problem = LookupReference::Problem::loop;
                return reference;
            }
            const LookupEntry& last = reference.chain.back();
            if (last.see.empty() || !last.codes.empty()) return reference;
            next = last.see;
            in = last.index;
        }
        reference.problem = LookupReference::Problem::too_long;
        return reference;
    }

    static std::string path_key(const LookupEntry& entry) {
        std::string key(to_string(entry.index));
        for (const LookupLevel& level : entry.path) key += "|" + index_key(level.title);
        return key;
    }

    const Store& m_store;
    const CodeSystem& m_system;
    const ReleaseRecord& m_release;
    const std::vector<IndexHeading>& m_headings;
};

}  // namespace

LookupContent lookup_in_index(const Store& store, const CodeSystem& system, const std::string& text,
                              const std::string& version_or_date, std::size_t limit) {
    const std::vector<std::string> words = lookup_words(text);
    if (words.empty()) throw Error(ErrorCode::usage, "lookup needs a word to look up, got '" + text + "'");
    LookupContent content;
    content.system = &system;
    content.release = release_at(store, system.name, version_or_date);
    content.text = text;
    content.indexes = store.index_headings(content.release);
    if (content.indexes.empty())
        throw Error(ErrorCode::not_found, std::string(system.name) + " " + content.release.info.version +
                                              " has no Alphabetic Index in the store: import its index XML files "
                                              "(codeset import FILE.zip or Index.xml ...)");
    const std::vector<IndexMainTerm> mains = store.index_terms_with_words(content.release, words);
    std::vector<Candidate> found;
    for (const IndexMainTerm& main : mains) {
        std::vector<const IndexTerm*> path;
        find_entries(main.term, path, {}, {}, words, main.kind, found);
    }
    std::stable_sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) { return a.rank < b.rank; });
    content.total = found.size();
    if (limit > 0 && found.size() > limit) found.resize(limit);
    const Lookup lookup(store, system, content.release, content.indexes);
    for (const Candidate& candidate : found) {
        LookupHit hit;
        hit.entry = lookup.entry(candidate.kind, candidate.path);
        hit.references = lookup.references(hit.entry);
        content.hits.push_back(std::move(hit));
    }
    return content;
}

}  // namespace codeset
