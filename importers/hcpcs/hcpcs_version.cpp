#include "hcpcs/hcpcs_version.hpp"

#include "common/name_tokens.hpp"

namespace codeset::importers::hcpcs {

namespace {

int to_int(std::string_view digits) {
    int value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
}

std::optional<int> month_word(std::string_view word) {
    if (word == "jan" || word == "january") return 1;
    if (word == "apr" || word == "april") return 4;
    if (word == "jul" || word == "july") return 7;
    if (word == "oct" || word == "october") return 10;
    return std::nullopt;
}

std::optional<int> month_digits(std::string_view digits) {
    if (digits == "01") return 1;
    if (digits == "04") return 4;
    if (digits == "07") return 7;
    if (digits == "10") return 10;
    return std::nullopt;
}

bool correction_word(std::string_view word) {
    return word == "correction" || word == "corrections" || word == "corrected" || word == "corr";
}

// A small positive number ("1".."99"), as in V2 or c2.
std::optional<int> small_number(const NameToken& token) {
    if (!token.digits || token.text.empty() || token.text.size() > 2) return std::nullopt;
    const int n = to_int(token.text);
    return n > 0 ? std::optional<int>(n) : std::nullopt;
}

}  // namespace

HcpcsNameVersion hcpcs_version_in_name(std::string_view name) {
    const std::vector<NameToken> tokens = name_tokens(name);
    HcpcsNameVersion found;
    std::optional<int> year;
    bool several = false;
    bool correction = false;
    std::optional<int> correction_number;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const NameToken& token = tokens[i];
        if (!token.digits) {
            if (!found.month)
                if (const auto month = month_word(token.text)) found.month = month;
            if (correction_word(token.text)) correction = true;
            if (token.text == "v" && i + 1 < tokens.size() && !correction_number)
                correction_number = small_number(tokens[i + 1]);
            continue;
        }
        std::optional<int> this_year;
        if (token.text.size() == 4) {
            const int value = to_int(token.text);
            if (value >= 2000 && value <= 2099) this_year = value;
        } else if (token.text.size() == 2 && i > 0 && (tokens[i - 1].text == "hcpc" || tokens[i - 1].text == "hcpcs")) {
            this_year = 2000 + to_int(token.text);  // HCPC17_CONTR_ANWEB.txt
        }
        if (!this_year) continue;
        if (!year)
            year = this_year;
        else if (*year != *this_year)
            several = true;
        // "2018-04", "2018-01-c2": codeset's own labels inside a name.
        if (i + 1 < tokens.size() && tokens[i + 1].digits) {
            if (const auto month = month_digits(tokens[i + 1].text); month && !found.month) {
                found.month = month;
                if (i + 3 < tokens.size() && tokens[i + 2].text == "c")
                    if (const auto number = small_number(tokens[i + 3])) {
                        correction = true;
                        correction_number = number;
                    }
            }
        }
    }
    if (year && !several) found.year = year;
    if (correction) found.correction = correction_number.value_or(1);
    return found;
}

std::optional<DetectedHcpcsVersion> detect_hcpcs_version(const std::vector<std::string>& names) {
    std::optional<DetectedHcpcsVersion> detected;
    std::optional<int> month;
    std::optional<int> correction;
    for (const std::string& name : names) {
        const HcpcsNameVersion version = hcpcs_version_in_name(name);
        if (!month && version.month) month = version.month;
        if (!correction && version.correction) correction = version.correction;
        if (!detected && version.year) detected = DetectedHcpcsVersion{VersionLabel::quarterly(*version.year, 1), name};
    }
    if (!detected) return std::nullopt;
    detected->label = VersionLabel::quarterly(detected->label.year, month.value_or(1), correction.value_or(0));
    return detected;
}

}  // namespace codeset::importers::hcpcs
