#include "validate_output.hpp"

#include "codeset/core/error.hpp"
#include "codeset/query/csv_field.hpp"

#include <nlohmann/json.hpp>

#include <charconv>
#include <iterator>
#include <ostream>
#include <string_view>

namespace codeset::cli {

bool ValidationWriter::all_valid() const {
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        if (i != static_cast<std::size_t>(ValidationStatus::valid) && m_counts[i] != 0) return false;
    return true;
}

namespace {

// Rows are put together in one reused buffer and handed to the stream in blocks: a claims file
// can have millions of rows, and a stream insertion per field would cost more than judging them.
class Buffered {
public:
    explicit Buffered(std::ostream& out) : m_out(out) { m_text.reserve(block + 1024); }
    std::string& text() { return m_text; }
    void number(std::uint64_t value) {
        char digits[24];
        const auto end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
        m_text.append(digits, end);
    }
    // Writes the buffer once it holds a block; `flush` writes whatever it holds.
    void maybe_flush() {
        if (m_text.size() >= block) flush();
    }
    void flush() {
        m_out.write(m_text.data(), static_cast<std::streamsize>(m_text.size()));
        m_text.clear();
    }

private:
    static constexpr std::size_t block = 64 * 1024;
    std::ostream& m_out;
    std::string m_text;
};

class TextWriter final : public ValidationWriter {
public:
    explicit TextWriter(std::ostream& out) : m_out(out) {}
    void row_out(const ValidatedRow& row) override {
        const Validation& v = *row.judged;
        if (v.status == ValidationStatus::valid) return;
        std::string& line = m_out.text();
        line.append("line ");
        m_out.number(row.line);
        line.append(": ").append(row.typed_code).append(" ").append(row.date).append(" ").append(to_string(v.status));
        if (v.status == ValidationStatus::unreadable) {
            line.append(": ").append(row.detail).append("\n");
            m_out.maybe_flush();
            return;
        }
        line.append(v.status == ValidationStatus::no_release ? " (the store misses " : " (in force: ").append(v.release);
        if (!v.since.empty())
            line.append(v.status == ValidationStatus::not_yet_valid ? "; first in " : "; gone in ").append(v.since);
        line.append(")");
        if (!v.replacements.empty() || v.more_replacements) {
            line.append(v.status == ValidationStatus::header ? " billable:" : " replacements:");
            for (const std::string& code : v.replacements) line.append(" ").append(code);
            if (v.more_replacements) {
                line.append(" +");
                m_out.number(v.more_replacements);
                line.append(" more");
            }
        }
        line.append("\n");
        m_out.maybe_flush();
    }
    void finish() override {
        std::uint64_t total = 0;
        for (auto count : m_counts) total += count;
        m_out.number(total);
        m_out.text().append(" rows:");
        for (std::size_t i = 0; i < m_counts.size(); ++i) {
            if (!m_counts[i]) continue;
            m_out.text().append(" ").append(to_string(static_cast<ValidationStatus>(i))).append(" ");
            m_out.number(m_counts[i]);
        }
        m_out.text().append("\n");
        m_out.flush();
    }

private:
    Buffered m_out;
};

class JsonWriter final : public ValidationWriter {
public:
    explicit JsonWriter(std::ostream& out) : m_out(out) { m_out.text().append("{\"rows\": ["); }
    void row_out(const ValidatedRow& row) override {
        const Validation& v = *row.judged;
        nlohmann::ordered_json json = {{"line", row.line},
                                       {"code", row.typed_code},
                                       {"date", row.date},
                                       {"status", to_string(v.status)},
                                       {"release", v.release},
                                       {"replacements", v.replacements}};
        if (!v.since.empty()) json["since"] = v.since;
        if (v.more_replacements) json["more_replacements"] = v.more_replacements;
        if (!row.detail.empty()) json["error"] = row.detail;
        m_out.text()
            .append(m_first ? "\n  " : ",\n  ")
            .append(json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        m_first = false;
        m_out.maybe_flush();
    }
    void finish() override {
        nlohmann::ordered_json summary = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < m_counts.size(); ++i)
            summary[std::string(to_string(static_cast<ValidationStatus>(i)))] = m_counts[i];
        m_out.text().append("\n], \"summary\": ").append(summary.dump()).append("}\n");
        m_out.flush();
    }

private:
    Buffered m_out;
    bool m_first = true;
};

class CsvWriter final : public ValidationWriter {
public:
    explicit CsvWriter(std::ostream& out) : m_out(out) {
        m_out.text().append("line,code,date,status,release,since,replacements\n");
    }
    void row_out(const ValidatedRow& row) override {
        const Validation& v = *row.judged;
        std::string& line = m_out.text();
        m_out.number(row.line);
        line.push_back(',');
        append_csv_field(line, row.typed_code);
        line.push_back(',');
        append_csv_field(line, row.date);
        line.append(",").append(to_string(v.status)).append(",").append(v.release).append(",").append(v.since);
        line.push_back(',');
        if (v.status == ValidationStatus::unreadable) {
            append_csv_field(line, row.detail);
        } else {
            m_replacements.clear();
            for (const std::string& code : v.replacements)
                m_replacements.append(m_replacements.empty() ? "" : " ").append(code);
            if (v.more_replacements)
                m_replacements.append(" +").append(std::to_string(v.more_replacements)).append(" more");
            append_csv_field(line, m_replacements);
        }
        line.push_back('\n');
        m_out.maybe_flush();
    }
    void finish() override { m_out.flush(); }

private:
    Buffered m_out;
    std::string m_replacements;
};

}  // namespace

std::unique_ptr<ValidationWriter> validation_writer(const std::string& format, std::ostream& out) {
    if (format == "text") return std::make_unique<TextWriter>(out);
    if (format == "json") return std::make_unique<JsonWriter>(out);
    if (format == "csv") return std::make_unique<CsvWriter>(out);
    throw Error(ErrorCode::usage, "--format " + format + ": validate writes text, json or csv");
}

}  // namespace codeset::cli
