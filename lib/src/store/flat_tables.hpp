// Open-addressing hash tables for the release writer: ~100k entries per import, no allocation
// per entry, keys that are already well-mixed 64-bit hashes (xxh3), linear probing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeset::detail {

// Content id by (content digest, code hash). The digest already covers the code; the code hash
// is a second, independent check, so a reused id needs two 64-bit hashes to agree.
class ContentIndex {
public:
    explicit ContentIndex(std::size_t expected = 1024) { rehash(capacity_for(expected)); }

    // 0 when absent (content ids start at 1).
    std::int64_t find(std::uint64_t digest, std::uint64_t code_hash) const {
        for (std::size_t i = digest & m_mask;; i = (i + 1) & m_mask) {
            const Slot& slot = m_slots[i];
            if (slot.id == 0) return 0;
            if (slot.digest == digest && slot.code_hash == code_hash) return slot.id;
        }
    }

    void insert(std::uint64_t digest, std::uint64_t code_hash, std::int64_t id) {
        if (2 * (m_size + 1) > m_slots.size()) rehash(m_slots.size() * 2);
        place({digest, code_hash, id});
        ++m_size;
    }

    std::size_t size() const { return m_size; }

private:
    struct Slot {
        std::uint64_t digest = 0;
        std::uint64_t code_hash = 0;
        std::int64_t id = 0;  // 0: empty
    };

    static std::size_t capacity_for(std::size_t expected) {
        std::size_t capacity = 16;
        while (capacity < 2 * expected) capacity *= 2;
        return capacity;
    }

    void place(const Slot& entry) {
        std::size_t i = entry.digest & m_mask;
        while (m_slots[i].id != 0) i = (i + 1) & m_mask;
        m_slots[i] = entry;
    }

    void rehash(std::size_t capacity) {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(capacity, Slot{});
        m_mask = capacity - 1;
        for (const Slot& slot : old)
            if (slot.id != 0) place(slot);
    }

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

// The codes of the release being read, to refuse a code listed twice. Adding is sequential
// (no hash-table probe per code); the check, once every code is in, buckets the codes by the top
// bits of their hash in two linear passes and compares codes only within a bucket.
class CodeList {
public:
    struct Duplicate {
        std::string code;
        std::uint32_t first_row = 0;   // 1-based
        std::uint32_t second_row = 0;  // the earliest row that repeats an earlier one
    };

    void add(std::string_view code, std::uint64_t hash) {
        // Order files mostly list codes in ascending order; when all are, no code can repeat.
        if (m_ascending && !m_offsets.empty() && !(text(static_cast<std::uint32_t>(m_offsets.size() - 1)) < code))
            m_ascending = false;
        m_hashes.push_back(hash);
        m_offsets.push_back(static_cast<std::uint32_t>(m_arena.size()));
        m_arena.append(code);
    }

    std::optional<Duplicate> find_duplicate() const {
        if (m_ascending) return std::nullopt;
        const std::size_t n = m_hashes.size();
        int bits = 4;
        while (bits < 24 && (std::size_t{1} << bits) < n) ++bits;
        const int shift = 64 - bits;

        // Counting sort of the row indexes by bucket; rows stay ascending within a bucket.
        std::vector<std::uint32_t> start((std::size_t{1} << bits) + 1, 0);
        for (std::uint64_t hash : m_hashes) ++start[(hash >> shift) + 1];
        for (std::size_t b = 1; b < start.size(); ++b) start[b] += start[b - 1];
        std::vector<std::uint32_t> rows(n);
        std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
        for (std::uint32_t i = 0; i < n; ++i) rows[next[m_hashes[i] >> shift]++] = i;

        std::optional<Duplicate> found;
        for (std::size_t b = 0; b + 1 < start.size(); ++b)
            for (std::uint32_t x = start[b]; x < start[b + 1]; ++x)
                for (std::uint32_t y = x + 1; y < start[b + 1]; ++y) {
                    const std::uint32_t first = rows[x], second = rows[y];
                    if (m_hashes[first] == m_hashes[second] && text(first) == text(second) &&
                        (!found || second + 1 < found->second_row))
                        found = Duplicate{std::string(text(first)), first + 1, second + 1};
                }
        return found;
    }

private:
    std::string_view text(std::uint32_t index) const {
        const std::size_t begin = m_offsets[index];
        const std::size_t end = index + 1 < m_offsets.size() ? m_offsets[index + 1] : m_arena.size();
        return std::string_view(m_arena).substr(begin, end - begin);
    }

    std::vector<std::uint64_t> m_hashes;   // by row - 1
    std::vector<std::uint32_t> m_offsets;  // by row - 1: where the code starts in m_arena
    std::string m_arena;
    bool m_ascending = true;
};

}  // namespace codeset::detail
