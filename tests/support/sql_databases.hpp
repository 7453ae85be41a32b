// One empty database of PostgreSQL (a database of the binary's throw-away cluster,
// postgres_cluster.hpp) or SQLite (a file, through the sqlite3 shell), behind one interface, so a
// test runs the same scripts and queries in both the way an IT engineer would: psql and sqlite3.
#pragma once

#include "postgres_cluster.hpp"

#include <sstream>
#include <string>
#include <vector>

namespace codeset::test {

enum class SqlEngine { sqlite, postgres };
inline std::string engine_name(SqlEngine engine) { return engine == SqlEngine::sqlite ? "sqlite" : "postgres"; }

class SqlDatabase {
public:
    // A fresh database (a file in `scratch` for SQLite); check error() before use.
    SqlDatabase(SqlEngine engine, const std::filesystem::path& scratch) : m_engine(engine), m_scratch(scratch) {
        static int made = 0;  // names unique within the binary's one cluster
        m_name = "case_" + std::to_string(++made);
        if (engine == SqlEngine::sqlite) {
            m_file = scratch / (m_name + ".sqlite");
            std::filesystem::remove(m_file);
        } else if (!PostgresCluster::shared().create_database(m_name, m_error)) {
            m_error = "CREATE DATABASE " + m_name + ": " + m_error;
        }
    }

    const std::string& error() const { return m_error; }

    // Runs a script file as psql -f or sqlite3 < FILE, stopping at its first error.
    CommandResult run_script(const std::filesystem::path& script) const {
        if (m_engine == SqlEngine::sqlite) return run_shell(sqlite3() + " < " + shell_quote(script.string()), m_scratch);
        return run_shell(PostgresCluster::shared().psql(m_name) + " -f " + shell_quote(script.string()), m_scratch);
    }
    // Runs SQL text given on the command line.
    CommandResult run_sql(const std::string& sql) const {
        if (m_engine == SqlEngine::sqlite) return run_shell(sqlite3() + " " + shell_quote(sql), m_scratch);
        return run_shell(PostgresCluster::shared().psql(m_name) + " -c " + shell_quote(sql), m_scratch);
    }
    // The rows of a query, one line each, fields separated by |, NULL written <NULL> (a boolean is
    // t/f in PostgreSQL, 1/0 in SQLite: compare within one engine, or select it as an integer).
    std::vector<std::string> rows(const std::string& query) const {
        const std::string command =
            m_engine == SqlEngine::sqlite
                ? sqlite3() + " -list -noheader -nullvalue '<NULL>' " + shell_quote(query)
                : PostgresCluster::shared().psql(m_name) + " -A -t -P null='<NULL>' -c " + shell_quote(query);
        const CommandResult result = run_shell(command, m_scratch);
        EXPECT_EQ(result.exit_code, 0) << query << ": " << result.err;
        std::vector<std::string> lines;
        std::istringstream in(result.out);
        for (std::string line; std::getline(in, line);) lines.push_back(line);
        return lines;
    }

private:
    std::string sqlite3() const { return "sqlite3 -bail -batch " + shell_quote(m_file.string()); }

    SqlEngine m_engine;
    std::filesystem::path m_scratch;
    std::string m_name;
    std::filesystem::path m_file;
    std::string m_error;
};

}  // namespace codeset::test
