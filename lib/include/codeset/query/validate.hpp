// Judging codes against the release in force on a date: is the code valid that day, a header
// (not billable), not yet or no longer valid, unknown to every stored release, or is there no
// stored release for that day at all. For code lists of millions of rows: each release's codes
// are read once (without titles) and kept, and one replacement graph serves every row.
#pragma once

#include "codeset/core/code_system.hpp"
#include "codeset/core/date.hpp"
#include "codeset/query/code_map.hpp"
#include "codeset/store/store.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace codeset {

enum class ValidationStatus { valid, header, not_yet_valid, no_longer_valid, unknown, no_release, unreadable };
inline constexpr std::size_t validation_status_count = 7;
std::string_view to_string(ValidationStatus status) noexcept;

struct Validation {
    ValidationStatus status = ValidationStatus::valid;
    std::string code;     // stored form
    std::string release;  // the release in force (no_release: the one the store misses)
    // not_yet_valid: the first release with the code; no_longer_valid: the first release without
    // it after the last one that had it. Empty otherwise.
    std::string since;
    // header: its billable codes (at most `header_code_cap`); no_longer_valid: what the
    // replacement graph maps it to in the release in force.
    std::vector<std::string> replacements;
    std::size_t more_replacements = 0;  // header: billable codes beyond the cap
};

class CodeValidator {
public:
    static constexpr std::size_t header_code_cap = 10;
    CodeValidator(const Store& store, const CodeSystem& system);
    ~CodeValidator();

    // The judgement of `typed_code` (dots, any case) on `day`, valid until the next call.
    const Validation& on(std::string_view typed_code, Date day);
    // The judgement of `typed_code` in one stored release, as if in force; valid until the next call.
    const Validation& in(std::string_view typed_code, const ReleaseRecord& release);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace codeset
