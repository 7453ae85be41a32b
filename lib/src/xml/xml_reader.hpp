// The only code that touches libxml2: a forward-only, streaming XML reader over a ByteStream, so a
// zip member is parsed as it is inflated and no document tree is ever built.
//
// Safe by construction: no network, no entity substitution, no DTD loading, an external entity
// loader that refuses everything, libxml2's size limits kept. A document with a document type declaration is
// refused before its internal subset is parsed (entity bombs and external entities live there).
// Every libxml2 error becomes a ParseError naming the file, member, line and column.
#pragma once

#include "codeset/core/error.hpp"
#include "codeset/core/source.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace codeset::xml {

// What the reader stands on. Every start has a matching end, also for an empty element (<a/>).
enum class Node { start, end, text };

class Reader {
public:
    // `where` names the document in errors; the reader fills in line and column. The stream must
    // outlive the reader.
    Reader(ByteStream& stream, Location where);
    ~Reader();
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    // Moves to the next start tag, end tag or text that is not only white space (comments and
    // processing instructions are skipped; CDATA is text). False once the document has ended.
    bool next();

    Node node() const { return m_node; }
    bool at_start(std::string_view name) const { return m_node == Node::start && this->name() == name; }
    // The element's local name (start and end) or "#text".
    std::string_view name() const;
    // 0 for the root element; text inside it is at depth 1.
    int depth() const { return m_depth; }
    // An attribute of the start tag the reader stands on.
    std::optional<std::string> attribute(const char* name) const;
    // The text the reader stands on.
    std::string_view text() const;

    // On a start tag: the text of the element and its descendants, white space kept, and the
    // reader left on the element's end tag.
    std::string read_text();
    // On a start tag: moves to the element's end tag without looking inside.
    void skip_element();

    // Where the current node is: the line of a start tag; for text and end tags, the line the
    // last text ended on.
    Location location() const;
    const Location& document() const { return m_where; }
    // Throws ParseError at the current node: "<file>, line N: expected <expected>".
    [[noreturn]] void fail(const std::string& expected) const;

    struct Impl;  // libxml2 state, kept out of this header (public for the C callbacks only)

private:
    bool advance();     // one libxml2 node; throws on errors
    void track_line();  // keeps m_line right past line 65,535

    std::unique_ptr<Impl> m_impl;
    Location m_where;
    Node m_node = Node::text;
    int m_depth = 0;
    std::uint64_t m_line = 0;  // line of the current start tag, or where the last text ended
    bool m_pending_end = false;  // the start tag last returned was empty: its end comes next
};

// On a start tag: calls on_child() with the reader on the start tag of each child element, in
// order; on_child must leave the reader on that child's end tag (read_text, skip_element, or a
// nested for_each_child). Returns on the element's own end tag. Text directly inside the element
// is refused: the formats read with this have element-only content there.
template <class OnChild>
void for_each_child(Reader& reader, OnChild&& on_child) {
    if (reader.node() != Node::start) reader.fail("an element start tag");
    const int depth = reader.depth();
    const std::string parent(reader.name());
    while (reader.next()) {
        if (reader.node() == Node::end && reader.depth() == depth) return;
        if (reader.node() == Node::text)
            reader.fail("only elements inside <" + parent + ">, found text '" +
                        std::string(reader.text().substr(0, 40)) + "'");
        on_child();
    }
    reader.fail("the end tag </" + parent + ">");
}

// Blank-trimmed text with each run of tabs, carriage returns and line feeds (and the blanks
// around them) made one blank: titles and notes are single-line strings. Runs of blanks alone
// are kept as written (CMS puts two blanks after a full stop).
std::string clean_text(std::string_view text);

}  // namespace codeset::xml
