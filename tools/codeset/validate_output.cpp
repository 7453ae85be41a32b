#include "validate_output.hpp"

#include "codeset/core/error.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace codeset::cli {

bool ValidationWriter::all_valid() const {
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        if (i != static_cast<std::size_t>(ValidationStatus::valid) && m_counts[i] != 0) return false;
    return true;
}

namespace {

std::string joined(const Validation& judged, const char* separator) {
    std::string text;
    for (const std::string& code : judged.replacements) text += (text.empty() ? "" : separator) + code;
    if (judged.more_replacements) text += std::string(separator) + "+" + std::to_string(judged.more_replacements) + " more";
    return text;
}

class TextWriter final : public ValidationWriter {
public:
    explicit TextWriter(std::ostream& out) : m_out(out) {}
    // Each line is put together in one reused string and written at once: a claims file can
    // have hundreds of thousands of rows to report.
    void row_out(const ValidatedRow& row) override {
        const Validation& v = row.judged;
        if (v.status == ValidationStatus::valid) return;
        std::string& line = m_line;
        line.assign("line ").append(std::to_string(row.line)).append(": ").append(row.typed_code);
        line.append(" ").append(row.date).append(" ").append(to_string(v.status));
        if (v.status == ValidationStatus::unreadable) {
            line.append(": ").append(row.detail).append("\n");
            m_out.write(line.data(), static_cast<std::streamsize>(line.size()));
            return;
        }
        line.append(v.status == ValidationStatus::no_release ? " (the store misses " : " (in force: ").append(v.release);
        if (!v.since.empty())
            line.append(v.status == ValidationStatus::not_yet_valid ? "; first in " : "; gone in ").append(v.since);
        line.append(")");
        if (!v.replacements.empty() || v.more_replacements) {
            line.append(v.status == ValidationStatus::header ? " billable:" : " replacements:");
            for (const std::string& code : v.replacements) line.append(" ").append(code);
            if (v.more_replacements) line.append(" +").append(std::to_string(v.more_replacements)).append(" more");
        }
        line.append("\n");
        m_out.write(line.data(), static_cast<std::streamsize>(line.size()));
    }
    void finish() override {
        std::uint64_t total = 0;
        for (auto count : m_counts) total += count;
        m_out << total << " rows:";
        for (std::size_t i = 0; i < m_counts.size(); ++i)
            if (m_counts[i]) m_out << ' ' << to_string(static_cast<ValidationStatus>(i)) << ' ' << m_counts[i];
        m_out << '\n';
    }

private:
    std::ostream& m_out;
    std::string m_line;
};

class JsonWriter final : public ValidationWriter {
public:
    explicit JsonWriter(std::ostream& out) : m_out(out) { m_out << "{\"rows\": ["; }
    void row_out(const ValidatedRow& row) override {
        const Validation& v = row.judged;
        nlohmann::ordered_json json = {{"line", row.line},
                                       {"code", row.typed_code},
                                       {"date", row.date},
                                       {"status", to_string(v.status)},
                                       {"release", v.release},
                                       {"replacements", v.replacements}};
        if (!v.since.empty()) json["since"] = v.since;
        if (v.more_replacements) json["more_replacements"] = v.more_replacements;
        if (!row.detail.empty()) json["error"] = row.detail;
        m_out << (m_first ? "\n  " : ",\n  ") << json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        m_first = false;
    }
    void finish() override {
        nlohmann::ordered_json summary = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < m_counts.size(); ++i)
            summary[std::string(to_string(static_cast<ValidationStatus>(i)))] = m_counts[i];
        m_out << "\n], \"summary\": " << summary.dump() << "}\n";
    }

private:
    std::ostream& m_out;
    bool m_first = true;
};

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + '"';
}

class CsvWriter final : public ValidationWriter {
public:
    explicit CsvWriter(std::ostream& out) : m_out(out) { m_out << "line,code,date,status,release,since,replacements\n"; }
    void row_out(const ValidatedRow& row) override {
        const Validation& v = row.judged;
        m_out << row.line << ',' << csv_field(row.typed_code) << ',' << csv_field(row.date) << ','
              << to_string(v.status) << ',' << v.release << ',' << v.since << ','
              << csv_field(v.status == ValidationStatus::unreadable ? row.detail : joined(v, " ")) << '\n';
    }
    void finish() override {}

private:
    std::ostream& m_out;
};

}  // namespace

std::unique_ptr<ValidationWriter> validation_writer(const std::string& format, std::ostream& out) {
    if (format == "text") return std::make_unique<TextWriter>(out);
    if (format == "json") return std::make_unique<JsonWriter>(out);
    if (format == "csv") return std::make_unique<CsvWriter>(out);
    throw Error(ErrorCode::usage, "--format " + format + ": validate writes text, json or csv");
}

}  // namespace codeset::cli
