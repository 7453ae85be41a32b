#include "xml/prolog_guard.hpp"

namespace codeset::xml {

bool PrologGuard::accept(const char* bytes, std::size_t size) {
    for (std::size_t i = 0; i < size && m_state != State::root; ++i) {
        const char c = bytes[i];
        // NUL bytes are the other half of UTF-16 code units: skipping them lets the ASCII markup of
        // a UTF-16 prolog be scanned like UTF-8.
        if (c == '\0') continue;
        if (c == '\n') {
            ++m_line;
            m_column = 0;
        } else {
            ++m_column;
        }
        switch (m_state) {
            case State::text:
                if (c == '<') {
                    m_state = State::after_lt;
                    m_markup_line = m_line;
                    m_markup_column = m_column;
                }
                break;
            case State::after_lt:
                if (c == '?') {
                    m_state = State::pi;
                    m_question = false;
                } else if (c == '!') {
                    m_state = State::after_bang;
                } else {
                    m_state = State::root;
                }
                break;
            case State::after_bang:
                if (c != '-') return false;  // <!DOCTYPE (or anything else a prolog must not hold)
                m_state = State::after_bang_dash;
                break;
            case State::after_bang_dash:
                if (c != '-') return false;
                m_state = State::comment;
                m_dashes = 0;
                break;
            case State::comment:
                if (c == '>' && m_dashes >= 2) m_state = State::text;
                m_dashes = c == '-' ? m_dashes + 1 : 0;
                break;
            case State::pi:
                if (c == '>' && m_question) m_state = State::text;
                m_question = c == '?';
                break;
            case State::root:
                break;
        }
    }
    return true;
}

}  // namespace codeset::xml
