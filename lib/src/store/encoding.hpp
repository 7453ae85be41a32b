// How the store encodes what it keeps: content digests, release fingerprints, member lists
// and attributes. Pure functions, no SQLite: unit-tested on their own.
#pragma once

#include "codeset/core/code_record.hpp"
#include "codeset/core/code_system.hpp"
#include "codeset/core/division.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace codeset::detail {

// xxh3-64 of a code's content: code, billable flag, titles and attributes, each length-prefixed.
// The order number is not part of it.
std::uint64_t content_digest(const CodeRecord& record);

// xxh3-64 of a division's content: its attribute, value, title and notes.
std::uint64_t division_digest(const Division& division);

// xxh3-64 of a code's text, for hash tables keyed by code.
std::uint64_t code_hash(std::string_view code);

// The stored form of a digest: SQLite integers are signed 64-bit.
inline std::int64_t digest_to_sql(std::uint64_t digest) { return static_cast<std::int64_t>(digest); }
inline std::uint64_t digest_from_sql(std::int64_t value) { return static_cast<std::uint64_t>(value); }

// A release fingerprint: xxh3-128 over the ordered content digests and the addenda (not the
// source files, warnings or addenda line numbers, which say where content came from, not what it is).
class ReleaseFingerprint {
public:
    ReleaseFingerprint();
    ~ReleaseFingerprint();
    ReleaseFingerprint(const ReleaseFingerprint&) = delete;
    ReleaseFingerprint& operator=(const ReleaseFingerprint&) = delete;

    void add_content(std::uint64_t digest);
    void add_addendum(const AddendumEntry& entry);
    std::string hex() const;  // 32 lower-case hex digits

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Member lists: content ids as zigzag LEB128 varints of the difference to the previous id.
// A first import (consecutive new ids) costs one byte per code.
std::vector<std::byte> encode_members(std::span<const std::int64_t> ids);
// Returns nullopt when the bytes are damaged (truncated or overlong varint).
std::optional<std::vector<std::int64_t>> decode_members(std::span<const std::byte> bytes);

// A run of consecutive content ids: first, first + 1, ..., first + count - 1.
struct IdRun {
    std::int64_t first = 0;
    std::size_t count = 0;
    // Whether `id` comes next (never across the end of the range of ids, as a damaged list might).
    bool extended_by(std::int64_t id) const {
        return id > first && static_cast<std::uint64_t>(id) - static_cast<std::uint64_t>(first) == count;
    }
};
// The same list as runs: a few thousand for a release of 100,000 codes (its ids are mostly
// consecutive), so a walk over a release does not first build an id per code.
std::optional<std::vector<IdRun>> decode_member_runs(std::span<const std::byte> bytes);
// The 1-based position in a member list of each of `ids` (0 where it is not a member; its first
// place where it is listed twice), in one pass over the bytes without building the list: a
// query for a few codes of a release need not allocate an id per code. Nullopt when damaged.
std::optional<std::vector<std::uint32_t>> member_positions(std::span<const std::byte> bytes,
                                                           std::span<const std::int64_t> ids);

// Attributes as a JSON object; empty text when there are none. A value the profile types as a
// list (`system`, when given) is kept as a JSON array of strings, so SQL reads its items
// directly; every other value, and a list value whose text is not the one encode_list writes, as
// a string: the stored form always reads back to exactly the text the importer wrote.
std::string attributes_to_json(const std::vector<Attribute>& attributes, const CodeSystem* system = nullptr);
// The same in two steps, for a caller that reads the object too: the object (null when there
// are no attributes), then its text. Throws Error(parse) when a name or value is not UTF-8.
nlohmann::json attributes_object(const std::vector<Attribute>& attributes, const CodeSystem* system = nullptr);
std::string attributes_text(const nlohmann::json& object);
// Reads what attributes_to_json wrote: strings as they are, arrays as encode_list writes them.
// Throws Error(schema) when the text is not such an object.
std::vector<Attribute> attributes_from_json(std::string_view json);

}  // namespace codeset::detail
