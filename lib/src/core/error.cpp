#include "codeset/core/error.hpp"

namespace codeset {

std::string_view to_string(ErrorCode code) noexcept {
    switch (code) {
    case ErrorCode::io: return "io";
    case ErrorCode::parse: return "parse";
    case ErrorCode::schema: return "schema";
    case ErrorCode::not_found: return "not_found";
    case ErrorCode::conflict: return "conflict";
    case ErrorCode::unsupported: return "unsupported";
    case ErrorCode::usage: return "usage";
    case ErrorCode::store: return "store";
    }
    return "unknown";
}

Error::Error(ErrorCode code, const std::string& message) : std::runtime_error(message), m_code(code) {}

std::string Location::to_string() const {
    std::string text;
    if (!member.empty()) {
        text = member;
        if (!file.empty() && file != member) text += " in " + file;
    } else {
        text = file;
    }
    if (line > 0) text += ", line " + std::to_string(line);
    if (column > 0) text += ", column " + std::to_string(column);
    return text;
}

ParseError::ParseError(Location where, const std::string& expected)
    : Error(ErrorCode::parse, where.to_string() + ": expected " + expected), m_where(std::move(where)) {}

}  // namespace codeset
