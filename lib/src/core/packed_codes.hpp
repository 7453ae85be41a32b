// Internal: codes as 64-bit keys, for the lookups a whole release or a file of millions of rows
// makes. Every code of every profile is at most 8 ASCII bytes: packed big-endian (so keys sort
// as the codes do) it is one machine word, and a table of a release's codes is one flat array of
// words instead of 100,000 hash nodes. On these machines a fresh page or a TLB miss costs more
// than the comparison made there, so the difference is several times the speed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace codeset::detail {

// The key of a code of 1 to 8 bytes, each 0x01-0x7F; nothing for any other (kept elsewhere by
// the callers). Bit 63 is always clear: tables may keep a flag there.
inline std::optional<std::uint64_t> pack_code(std::string_view code) {
    if (code.empty() || code.size() > 8) return std::nullopt;
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        const auto byte = i < code.size() ? static_cast<unsigned char>(code[i]) : 0u;
        if (i < code.size() && (byte == 0 || byte >= 0x80)) return std::nullopt;
        key = key << 8 | byte;
    }
    return key;
}

// The code of a key, into `bytes`; its length.
inline std::size_t unpack_code(std::uint64_t key, char (&bytes)[8]) {
    std::size_t size = 0;
    for (int shift = 56; shift >= 0 && ((key >> shift) & 0x7F) != 0; shift -= 8)
        bytes[size++] = static_cast<char>((key >> shift) & 0x7F);
    return size;
}

// Codes with one flag each (billable): open addressing over packed keys, linear probing, at most
// half full; codes that do not pack in a hash map beside it.
class PackedCodeTable {
public:
    explicit PackedCodeTable(std::size_t expected = 0) {
        std::size_t capacity = 16;
        while (capacity < expected * 2) capacity *= 2;
        m_slots.assign(capacity, 0);
    }

    void insert(std::string_view code, bool flag) {
        const auto key = pack_code(code);
        if (!key) {
            m_other.emplace(std::string(code), flag);
            return;
        }
        if ((m_used + 1) * 2 > m_slots.size()) grow();
        place(*key | (flag ? flag_bit : 0));
    }

    // The flag of `code`, or nothing when the table lacks it.
    std::optional<bool> find(std::string_view code) const {
        const auto key = pack_code(code);
        if (!key) {
            const auto found = m_other.find(std::string(code));
            return found == m_other.end() ? std::nullopt : std::optional(found->second);
        }
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = slot_of(*key); m_slots[i] != 0; i = (i + 1) & mask)
            if ((m_slots[i] & ~flag_bit) == *key) return (m_slots[i] & flag_bit) != 0;
        return std::nullopt;
    }
    bool contains(std::string_view code) const { return find(code).has_value(); }
    // Every code with its flag, in no order.
    template <class Visit> void for_each(Visit visit) const {
        char bytes[8];
        for (const std::uint64_t entry : m_slots)
            if (entry != 0) visit(std::string_view(bytes, unpack_code(entry & ~flag_bit, bytes)), (entry & flag_bit) != 0);
        for (const auto& [code, flag] : m_other) visit(std::string_view(code), flag);
    }

private:
    static constexpr std::uint64_t flag_bit = std::uint64_t{1} << 63;

    std::size_t slot_of(std::uint64_t key) const {
        // Fibonacci hashing: the top bits of the product, spread over the table.
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & (m_slots.size() - 1);
    }
    void place(std::uint64_t entry) {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = slot_of(entry & ~flag_bit);
        for (; m_slots[i] != 0; i = (i + 1) & mask)
            if ((m_slots[i] & ~flag_bit) == (entry & ~flag_bit)) {
                m_slots[i] = entry;  // the same code again: its latest flag
                return;
            }
        m_slots[i] = entry;
        ++m_used;
    }
    void grow() {
        std::vector<std::uint64_t> old(m_slots.size() * 2, 0);
        old.swap(m_slots);
        m_used = 0;
        for (const std::uint64_t entry : old)
            if (entry != 0) place(entry);
    }

    std::vector<std::uint64_t> m_slots;
    std::size_t m_used = 0;
    std::unordered_map<std::string, bool> m_other;
};

}  // namespace codeset::detail
