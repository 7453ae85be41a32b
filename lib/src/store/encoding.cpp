#include "store/encoding.hpp"

#include "codeset/core/attribute_values.hpp"
#include "codeset/core/error.hpp"

#include <xxhash.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>

namespace codeset::detail {

namespace {

void put_u32(std::string& out, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

void put_field(std::string& out, std::string_view field) {
    put_u32(out, static_cast<std::uint32_t>(field.size()));
    out.append(field);
}

void put_attributes(std::string& out, const std::vector<Attribute>& attributes) {
    put_u32(out, static_cast<std::uint32_t>(attributes.size()));
    for (const auto& attribute : attributes) {
        put_field(out, attribute.name);
        put_field(out, attribute.value);
    }
}

}  // namespace

std::uint64_t content_digest(const CodeRecord& record) {
    thread_local std::string buffer;
    buffer.clear();
    put_field(buffer, record.code);
    buffer.push_back(record.billable ? '\1' : '\0');
    put_field(buffer, record.short_title);
    put_field(buffer, record.long_title);
    put_attributes(buffer, record.attributes);
    return XXH3_64bits(buffer.data(), buffer.size());
}

std::uint64_t division_digest(const Division& division) {
    thread_local std::string buffer;
    buffer.clear();
    put_field(buffer, division.attribute);
    put_field(buffer, division.value);
    put_field(buffer, division.title);
    put_attributes(buffer, division.notes);
    return XXH3_64bits(buffer.data(), buffer.size());
}

std::uint64_t code_hash(std::string_view code) { return XXH3_64bits(code.data(), code.size()); }

// ---------------------------------------------------------------------------------------------

struct ReleaseFingerprint::State {
    XXH3_state_t* state = XXH3_createState();
    std::string scratch;
    ~State() { XXH3_freeState(state); }
};

ReleaseFingerprint::ReleaseFingerprint() : m_state(std::make_unique<State>()) {
    if (!m_state->state) throw std::bad_alloc();
    XXH3_128bits_reset(m_state->state);
    static constexpr std::string_view tag = "codeset release fingerprint 1";
    XXH3_128bits_update(m_state->state, tag.data(), tag.size());
}

ReleaseFingerprint::~ReleaseFingerprint() = default;

void ReleaseFingerprint::add_content(std::uint64_t digest) {
    unsigned char bytes[9];
    bytes[0] = 'c';
    for (int i = 0; i < 8; ++i) bytes[1 + i] = static_cast<unsigned char>((digest >> (8 * i)) & 0xff);
    XXH3_128bits_update(m_state->state, bytes, sizeof bytes);
}

void ReleaseFingerprint::add_addendum(const AddendumEntry& entry) {
    std::string& out = m_state->scratch;
    out.clear();
    out.push_back('a');
    put_field(out, to_string(entry.action));
    out.push_back(entry.billable ? (*entry.billable ? '1' : '0') : '-');
    put_field(out, entry.code);
    put_field(out, entry.short_title);
    put_field(out, entry.long_title);
    // Only when present, so releases whose lines carry no fields keep their fingerprints.
    if (!entry.attributes.empty()) put_field(out, attributes_to_json(entry.attributes));
    XXH3_128bits_update(m_state->state, out.data(), out.size());
}

std::string ReleaseFingerprint::hex() const {
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(m_state->state));
    static constexpr char digits[] = "0123456789abcdef";
    std::string text;
    text.reserve(32);
    for (unsigned char byte : canonical.digest) {
        text.push_back(digits[byte >> 4]);
        text.push_back(digits[byte & 0xf]);
    }
    return text;
}

// ---------------------------------------------------------------------------------------------

std::vector<std::byte> encode_members(std::span<const std::int64_t> ids) {
    std::vector<std::byte> bytes;
    bytes.reserve(ids.size() + ids.size() / 8 + 16);
    std::int64_t previous = 0;
    for (std::int64_t id : ids) {
        // Differences computed unsigned: wraps instead of overflowing for any pair of ids.
        const auto delta =
            static_cast<std::int64_t>(static_cast<std::uint64_t>(id) - static_cast<std::uint64_t>(previous));
        std::uint64_t zigzag = (static_cast<std::uint64_t>(delta) << 1) ^ static_cast<std::uint64_t>(delta >> 63);
        while (zigzag >= 0x80) {
            bytes.push_back(static_cast<std::byte>((zigzag & 0x7f) | 0x80));
            zigzag >>= 7;
        }
        bytes.push_back(static_cast<std::byte>(zigzag));
        previous = id;
    }
    return bytes;
}

namespace {

// Calls add(id) for every id of the list; false when the bytes are damaged.
template <class Add> bool for_each_member(std::span<const std::byte> bytes, Add add) {
    std::uint64_t previous = 0;
    std::size_t i = 0;
    while (i < bytes.size()) {
        std::uint64_t zigzag = 0;
        int shift = 0;
        while (true) {
            if (i >= bytes.size() || shift > 63) return false;
            const auto byte = static_cast<std::uint64_t>(bytes[i++]);
            zigzag |= (byte & 0x7f) << shift;
            if (!(byte & 0x80)) break;
            shift += 7;
        }
        const std::uint64_t delta = (zigzag >> 1) ^ (~(zigzag & 1) + 1);
        previous += delta;
        add(static_cast<std::int64_t>(previous));
    }
    return true;
}

}  // namespace

std::optional<std::vector<std::int64_t>> decode_members(std::span<const std::byte> bytes) {
    std::vector<std::int64_t> ids;
    ids.reserve(bytes.size());
    if (!for_each_member(bytes, [&](std::int64_t id) { ids.push_back(id); })) return std::nullopt;
    return ids;
}

std::optional<std::vector<IdRun>> decode_member_runs(std::span<const std::byte> bytes) {
    std::vector<IdRun> runs;
    const bool read = for_each_member(bytes, [&](std::int64_t id) {
        if (!runs.empty() && runs.back().extended_by(id))
            ++runs.back().count;
        else
            runs.push_back({id, 1});
    });
    if (!read) return std::nullopt;
    return runs;
}

std::optional<std::vector<std::uint32_t>> member_positions(std::span<const std::byte> bytes,
                                                           std::span<const std::int64_t> ids) {
    std::vector<std::pair<std::int64_t, std::size_t>> wanted;  // id, its index in `ids`, sorted by id
    wanted.reserve(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) wanted.emplace_back(ids[i], i);
    std::sort(wanted.begin(), wanted.end());
    std::vector<std::uint32_t> positions(ids.size(), 0);
    // Each run of consecutive ids is looked for among the wanted ones once, not each id.
    IdRun run;
    std::size_t run_start = 0;  // the run's first position, 0-based
    std::size_t seen = 0;
    const auto place = [&] {
        auto at = std::lower_bound(wanted.begin(), wanted.end(), std::pair(run.first, std::size_t{0}));
        for (; at != wanted.end() && static_cast<std::uint64_t>(at->first - run.first) < run.count; ++at)
            if (positions[at->second] == 0)
                positions[at->second] = static_cast<std::uint32_t>(run_start + (at->first - run.first) + 1);
    };
    const bool read = for_each_member(bytes, [&](std::int64_t id) {
        if (run.count > 0 && run.extended_by(id)) {
            ++run.count;
        } else {
            if (run.count > 0) place();
            run = {id, 1};
            run_start = seen;
        }
        ++seen;
    });
    if (!read) return std::nullopt;
    if (run.count > 0) place();
    return positions;
}

// ---------------------------------------------------------------------------------------------

namespace {

// The items of a value that encode_list wrote, else nullopt.
std::optional<nlohmann::json> canonical_list(const std::string& value) {
    if (value.empty() || value.front() != '[') return std::nullopt;
    nlohmann::json items = nlohmann::json::parse(value, nullptr, false);
    if (!items.is_array()) return std::nullopt;
    for (const nlohmann::json& item : items)
        if (!item.is_string()) return std::nullopt;
    if (encode_list(items.get<std::vector<std::string>>()) != value) return std::nullopt;
    return items;
}

}  // namespace

nlohmann::json attributes_object(const std::vector<Attribute>& attributes, const CodeSystem* system) {
    if (attributes.empty()) return nullptr;
    nlohmann::json object = nlohmann::json::object();
    for (const auto& attribute : attributes) {
        const AttributeSpec* spec = system ? system->attribute(attribute.name) : nullptr;
        std::optional<nlohmann::json> list;
        if (spec && spec->type == AttributeType::list) list = canonical_list(attribute.value);
        if (list)
            object[attribute.name] = std::move(*list);
        else
            object[attribute.name] = attribute.value;
    }
    return object;
}

std::string attributes_text(const nlohmann::json& object) {
    if (object.is_null()) return {};
    try {
        return object.dump();
    } catch (const nlohmann::json::exception&) {
        throw Error(ErrorCode::parse, "an attribute name or value is not valid UTF-8");
    }
}

std::string attributes_to_json(const std::vector<Attribute>& attributes, const CodeSystem* system) {
    return attributes_text(attributes_object(attributes, system));
}

std::vector<Attribute> attributes_from_json(std::string_view json) {
    std::vector<Attribute> attributes;
    if (json.empty()) return attributes;
    const auto object = nlohmann::json::parse(json, nullptr, false);
    if (!object.is_object()) throw Error(ErrorCode::schema, "damaged attributes in the store: " + std::string(json));
    for (const auto& [name, value] : object.items()) {
        if (value.is_string()) {
            attributes.push_back({name, value.get<std::string>()});
            continue;
        }
        if (!value.is_array()) throw Error(ErrorCode::schema, "damaged attributes in the store: " + std::string(json));
        std::vector<std::string> items;
        for (const nlohmann::json& item : value) {
            if (!item.is_string())
                throw Error(ErrorCode::schema, "damaged attributes in the store: " + std::string(json));
            items.push_back(item.get<std::string>());
        }
        attributes.push_back({name, encode_list(items)});
    }
    return attributes;
}

}  // namespace codeset::detail
