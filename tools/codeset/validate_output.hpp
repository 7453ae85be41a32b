// The writers of `codeset validate`: each row as it is judged (nothing kept but the counts), then
// the summary. text: the summary, then one line per row that is not valid; json: {"rows": [...],
// "summary": {...}}; csv: line, code, date, status, release, since, replacements.
#pragma once

#include "codeset/query/validate.hpp"

#include <array>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

namespace codeset::cli {

struct ValidatedRow {
    std::uint64_t line = 0;
    std::string_view typed_code;  // as the file has it
    std::string_view date;        // as the file has it, or the --at argument
    const Validation* judged = nullptr;  // the validator's answer, valid until its next judgement
    std::string detail;           // unreadable: why
};

class ValidationWriter {
public:
    virtual ~ValidationWriter() = default;
    void write(const ValidatedRow& row) {
        ++m_counts[static_cast<std::size_t>(row.judged->status)];
        row_out(row);
    }
    virtual void finish() = 0;
    bool all_valid() const;

protected:
    virtual void row_out(const ValidatedRow& row) = 0;
    std::array<std::uint64_t, validation_status_count> m_counts{};
};

// Throws Error(usage) for a format other than text, json or csv.
std::unique_ptr<ValidationWriter> validation_writer(const std::string& format, std::ostream& out);

}  // namespace codeset::cli
