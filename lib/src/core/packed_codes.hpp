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

// The slot of a key in a table of 2^(64 - shift) slots. Fibonacci hashing takes the top bits of
// the product: they depend on every byte of the key. (Middle bits do not: a short code packs its
// trailing zero bytes low, and bits taken from the middle of the product then come from one or
// two of its characters, so codes collide in runs.)
inline std::size_t packed_slot(std::uint64_t key, int shift) {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift);
}
// The shift of a table of `capacity` slots, a power of two.
inline int packed_shift(std::size_t capacity) {
    int shift = 64;
    for (std::size_t size = capacity; size > 1; size /= 2) --shift;
    return shift;
}

// Codes with one flag each (billable): open addressing over packed keys, linear probing, at most
// three quarters full (a release's table then fits the cache better: the lookups of a claims file
// in random code order are cache misses more than probes); codes that do not pack in a hash map
// beside it.
class PackedCodeTable {
public:
    explicit PackedCodeTable(std::size_t expected = 0) {
        std::size_t capacity = 16;
        while (capacity * 3 < expected * 4) capacity *= 2;
        resize(capacity);
    }

    void insert(std::string_view code, bool flag) {
        const auto key = pack_code(code);
        if (!key) {
            m_other.emplace(std::string(code), flag);
            return;
        }
        if ((m_used + 1) * 4 > m_slots.size() * 3) grow();
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

    std::size_t slot_of(std::uint64_t key) const { return packed_slot(key, m_shift); }
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
    void resize(std::size_t capacity) {
        m_slots.assign(capacity, 0);
        m_shift = packed_shift(capacity);
    }
    void grow() {
        std::vector<std::uint64_t> old = std::move(m_slots);
        resize(old.size() * 2);
        m_used = 0;
        for (const std::uint64_t entry : old)
            if (entry != 0) place(entry);
    }

    std::vector<std::uint64_t> m_slots;
    int m_shift = 64;  // 64 - log2(capacity)
    std::size_t m_used = 0;
    std::unordered_map<std::string, bool> m_other;
};

// Packed keys to numbers (the caller's indexes): open addressing like PackedCodeTable, for a
// lookup made millions of times that a node-based map would pay two or three cache misses for.
class PackedKeyIndex {
public:
    // The number of `key`, or nothing.
    std::optional<std::uint32_t> find(std::uint64_t key) const {
        if (m_keys.empty()) return std::nullopt;
        const std::size_t mask = m_keys.size() - 1;
        for (std::size_t i = packed_slot(key, m_shift); m_keys[i] != 0; i = (i + 1) & mask)
            if (m_keys[i] == key) return m_values[i];
        return std::nullopt;
    }
    // Adds `key` (not 0, not yet present) with its number.
    void insert(std::uint64_t key, std::uint32_t value) {
        if ((m_used + 1) * 2 > m_keys.size()) grow();
        place(key, value);
    }
    std::size_t size() const { return m_used; }

private:
    void place(std::uint64_t key, std::uint32_t value) {
        const std::size_t mask = m_keys.size() - 1;
        std::size_t i = packed_slot(key, m_shift);
        while (m_keys[i] != 0) i = (i + 1) & mask;
        m_keys[i] = key;
        m_values[i] = value;
        ++m_used;
    }
    void grow() {
        std::vector<std::uint64_t> keys = std::move(m_keys);
        std::vector<std::uint32_t> values = std::move(m_values);
        const std::size_t capacity = keys.empty() ? 1024 : keys.size() * 2;
        m_keys.assign(capacity, 0);
        m_values.assign(capacity, 0);
        m_shift = packed_shift(capacity);
        m_used = 0;
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i] != 0) place(keys[i], values[i]);
    }

    std::vector<std::uint64_t> m_keys;  // 0: an empty slot (no code packs to 0)
    std::vector<std::uint32_t> m_values;
    int m_shift = 64;
    std::size_t m_used = 0;
};

}  // namespace codeset::detail
