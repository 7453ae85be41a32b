// The one root error type of codeset. Failures that abort an operation throw
// codeset::Error with a small code; expected outcomes (not found, not my format)
// are values, not exceptions.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace codeset {

enum class ErrorCode {
    io,           // a file could not be opened, read or written
    parse,        // source data does not match its expected layout
    schema,       // the store's schema is unknown, newer, or damaged
    not_found,    // a named system, release or code does not exist
    conflict,     // the operation would overwrite different data
    unsupported,  // input recognised by no importer, or an unsupported request
    usage,        // the caller asked for something inconsistent
    store,        // the store is missing, not a codeset store, read-only, busy, full or unreadable
};

std::string_view to_string(ErrorCode code) noexcept;

class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const std::string& message);
    ErrorCode code() const noexcept { return m_code; }

private:
    ErrorCode m_code;
};

// Where in the source data something went wrong. `file` is the path the user gave,
// `member` the file inside a zip or folder (empty for a plain file).
struct Location {
    std::string file;
    std::string member;
    std::uint64_t line = 0;    // 1-based; 0 when not line-oriented
    std::uint32_t column = 0;  // 1-based; 0 when unknown

    // "icd10cm-order-2026.txt in release.zip, line 12, column 15"
    std::string to_string() const;
};

// A parse error reads "<location>: expected <what was expected>".
class ParseError : public Error {
public:
    ParseError(Location where, const std::string& expected);
    const Location& where() const noexcept { return m_where; }

private:
    Location m_where;
};

}  // namespace codeset
