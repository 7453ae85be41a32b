#include "codeset/core/chapters.hpp"

#include <charconv>

namespace codeset {

namespace {

constexpr std::size_t numbered = 1'000;   // chapters the XML numbers but the profile does not know
constexpr std::size_t lettered = 100'000;  // first characters

const AttributeSpec* chapter_attribute(const CodeSystem& system) {
    for (const AttributeSpec& spec : system.attributes)
        if (has_role(spec.roles, AttributeRole::chapter)) return &spec;
    return nullptr;
}

// Compared over as many characters as the bound has: "A0472" is within "A00".."B99".
bool within(std::string_view code, const ChapterRange& range) {
    if (range.length != 0 && code.size() != range.length) return false;
    return code.substr(0, range.first.size()) >= range.first && code.substr(0, range.last.size()) <= range.last;
}

std::string profile_title(const ChapterRange& range) {
    std::string title(range.title);
    if (!range.first.empty() && range.first != range.last) title += " (" + range_text(range) + ")";
    return title;
}

Chapter from_key(const CodeSystem& system, const std::string& key) {
    for (std::size_t i = 0; i < system.chapters.size(); ++i)
        if (system.chapters[i].key == key) return {key, profile_title(system.chapters[i]), i};
    std::size_t number = 0;
    const auto [end, error] = std::from_chars(key.data(), key.data() + key.size(), number);
    if (error == std::errc() && end == key.data() + key.size()) return {key, {}, numbered + number};
    return {key, {}, lettered + (key.empty() ? 0 : static_cast<unsigned char>(key.front()))};
}

}  // namespace

std::string range_text(const ChapterRange& range) {
    if (range.first == range.last) return std::string(range.first);
    return std::string(range.first) + "-" + std::string(range.last);
}

const ChapterRange* chapter_range(const CodeSystem& system, std::string_view code) {
    for (const ChapterRange& range : system.chapters)
        if (within(code, range)) return &range;
    return nullptr;
}

Chapter chapter_of(const CodeSystem& system, std::string_view code, const CodeRecord* record,
                   const std::vector<Division>& divisions) {
    if (const AttributeSpec* spec = chapter_attribute(system); spec && record)
        if (const std::string* value = record->attribute(spec->name); value && !value->empty()) {
            Chapter chapter = from_key(system, *value);
            for (const Division& division : divisions)
                if (division.attribute == spec->name && division.value == *value && !division.title.empty())
                    return Chapter{chapter.key, division.title, chapter.order};
            if (!spec->explained_by.empty())
                if (const std::string* title = record->attribute(spec->explained_by); title && !title->empty())
                    chapter.title = *title;
            return chapter;
        }
    if (const ChapterRange* range = chapter_range(system, code)) return from_key(system, std::string(range->key));
    return from_key(system, std::string(code.substr(0, 1)));
}

}  // namespace codeset
