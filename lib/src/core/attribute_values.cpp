#include "codeset/core/attribute_values.hpp"

#include <nlohmann/json.hpp>

namespace codeset {

std::string encode_list(const std::vector<std::string>& items) {
    return nlohmann::json(items).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::string> decode_list(std::string_view value) {
    if (value.empty()) return {};
    const nlohmann::json json = nlohmann::json::parse(value, nullptr, false);
    if (!json.is_array()) return {std::string(value)};
    std::vector<std::string> items;
    for (const nlohmann::json& item : json) {
        if (!item.is_string()) return {std::string(value)};
        items.push_back(item.get<std::string>());
    }
    return items;
}

std::vector<std::string> list_attribute(const CodeRecord& record, std::string_view name) {
    const std::string* value = record.attribute(name);
    return value ? decode_list(*value) : std::vector<std::string>{};
}

}  // namespace codeset
