// Refuses a document type declaration before libxml2 sees it. The bytes of the prolog (everything
// before the root element) are scanned as they stream in, so an entity bomb or an external entity
// never reaches the parser. libxml2's own node check in the reader stays as a second line.
#pragma once

#include <cstddef>
#include <cstdint>

namespace codeset::xml {

class PrologGuard {
public:
    // Scans the next bytes of the document. Returns false at the first "<!" that opens neither a
    // comment nor is inside one: a DOCTYPE (the only other markup allowed in a prolog).
    // Once the root element has started every byte is accepted unseen.
    bool accept(const char* bytes, std::size_t size);

    // Where the refused declaration starts (1-based).
    std::uint64_t line() const { return m_markup_line; }
    std::uint32_t column() const { return m_markup_column; }

private:
    enum class State { text, after_lt, after_bang, after_bang_dash, comment, pi, root };

    State m_state = State::text;
    int m_dashes = 0;           // consecutive '-' seen inside a comment
    bool m_question = false;    // '?' just seen inside a processing instruction
    std::uint64_t m_line = 1;
    std::uint32_t m_column = 0;
    std::uint64_t m_markup_line = 0;
    std::uint32_t m_markup_column = 0;
};

}  // namespace codeset::xml
