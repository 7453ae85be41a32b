// What the fault tests check of a store after a fault, read with the sqlite3 C API (read-only) and
// with the codeset binary, and the releases they import.
#pragma once

#include "child_process.hpp"
#include "test_paths.hpp"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace codeset::test {

namespace fs = std::filesystem;

// A release file and the label it is stored under.
struct ReleaseFile {
    fs::path path;
    std::string version;
};

inline ReleaseFile sample_release(int year) {
    return {fixture("samples/icd10cm-sample-" + std::to_string(year) + ".zip"), "FY" + std::to_string(year)};
}

inline ReleaseFile real_cm_release(int year) {
    return {shared_data() / "icd10cm" /
                (year == 2025 ? "ICD10-CM Code Descriptions 2025.zip" : "icd10cm-Code Descriptions-2026.zip"),
            "FY" + std::to_string(year)};
}

inline bool have_real_cm_pair() {
    return fs::exists(real_cm_release(2025).path) && fs::exists(real_cm_release(2026).path);
}

// The stored row of a release, read directly from the file.
struct StoredRelease {
    std::int64_t code_count = 0;
    std::string fingerprint;
    bool operator==(const StoredRelease&) const = default;
};

// A read-only sqlite3 connection to a store file.
class StoreFile {
public:
    explicit StoreFile(const fs::path& file) {
        m_rc = sqlite3_open_v2(file.c_str(), &m_db, SQLITE_OPEN_READONLY, nullptr);
    }
    ~StoreFile() { sqlite3_close(m_db); }
    StoreFile(const StoreFile&) = delete;
    StoreFile& operator=(const StoreFile&) = delete;

    // The rows of a one-column query as text; an error as "error: <message>".
    std::vector<std::string> column(const std::string& sql) const {
        if (m_rc != SQLITE_OK) return {"error: " + std::string(sqlite3_errstr(m_rc))};
        sqlite3_stmt* statement = nullptr;
        std::vector<std::string> rows;
        int rc = sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr);
        while (rc == SQLITE_OK || rc == SQLITE_ROW) {
            if ((rc = sqlite3_step(statement)) != SQLITE_ROW) break;
            const unsigned char* text = sqlite3_column_text(statement, 0);
            rows.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
        }
        if (rc != SQLITE_DONE) rows = {"error: " + std::string(sqlite3_errmsg(m_db))};
        sqlite3_finalize(statement);
        return rows;
    }

    // "ok" when PRAGMA integrity_check finds nothing wrong, else what it found.
    std::string integrity() const {
        std::string text;
        for (const std::string& row : column("PRAGMA integrity_check")) text += (text.empty() ? "" : "; ") + row;
        return text;
    }

    // Every (system, version) stored, "icd10cm FY2026", once per row (duplicates would show).
    std::vector<std::string> release_labels() const {
        return column(
            "SELECT s.name || ' ' || r.version FROM release r JOIN code_system s ON s.id = r.system_id "
            "ORDER BY 1");
    }

    std::optional<StoredRelease> release(const std::string& version) const {
        const std::vector<std::string> rows = column(
            "SELECT r.code_count || ' ' || r.fingerprint FROM release r JOIN code_system s ON s.id = r.system_id "
            "WHERE s.name = 'icd10cm' AND r.version = '" + version + "'");
        if (rows.empty() || rows.front().starts_with("error: ")) return std::nullopt;
        const std::size_t space = rows.front().find(' ');
        return StoredRelease{std::stoll(rows.front().substr(0, space)), rows.front().substr(space + 1)};
    }

private:
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_OK;
};

// `codeset releases --format json`, parsed; the test fails when the command does.
inline nlohmann::json releases_json(const fs::path& db, const fs::path& dir) {
    const ChildResult result = run_codeset_on(db, {"releases", "--format", "json"}, dir, "releases");
    EXPECT_TRUE(result.ok()) << "codeset releases: " << result.err;
    if (!result.ok()) return nlohmann::json::array();
    return nlohmann::json::parse(result.out);
}

// The code count `releases --format json` lists for an ICD-10-CM version; empty when not listed.
inline std::optional<std::int64_t> listed_codes(const nlohmann::json& releases, const std::string& version) {
    for (const nlohmann::json& release : releases)
        if (release["system"] == "icd10cm" && release["version"] == version) return release["codes"].get<std::int64_t>();
    return std::nullopt;
}

inline std::size_t line_count(const std::string& text) {
    std::size_t lines = 0;
    for (char c : text) lines += c == '\n';
    return lines + (!text.empty() && text.back() != '\n');
}

// What a failed command must print: one line on stderr, no sanitizer report.
inline void expect_one_line_error(const ChildResult& result, const std::string& what) {
    EXPECT_EQ(line_count(result.err), 1u) << what << " printed:\n" << result.err;
    EXPECT_EQ(result.err.find("Sanitizer"), std::string::npos) << what << ":\n" << result.err;
    EXPECT_EQ(result.err.find("runtime error:"), std::string::npos) << what << ":\n" << result.err;
}

}  // namespace codeset::test
