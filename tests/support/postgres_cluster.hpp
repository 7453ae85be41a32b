// A throw-away PostgreSQL cluster for the tests that load SQL scripts: made with initdb in a
// temporary folder and started with pg_ctl listening only on a Unix socket in that folder (no TCP),
// as the `postgres` user when the tests run as root (initdb refuses root). One cluster per test
// binary, started when a test first asks for it and stopped, its folder removed, by a GoogleTest
// environment after the last test, failed or not; a watchdog stops it too should the test process
// die. Tests skip visibly (CODESET_REQUIRE_POSTGRES) when no PostgreSQL server is installed.
#pragma once

#include "run_command.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <pwd.h>
#include <string>
#include <unistd.h>

namespace codeset::test {

// Runs `command` in sh, capturing its exit code, stdout and stderr (in files under `scratch`).
inline CommandResult run_shell(const std::string& command, const std::filesystem::path& scratch) {
    const auto out = scratch / ".shell-stdout";
    const auto err = scratch / ".shell-stderr";
    const std::string full = "(" + command + ") < /dev/null > " + shell_quote(out.string()) + " 2> " +
                             shell_quote(err.string());
    const int status = std::system(full.c_str());
    CommandResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_text(out);
    result.err = read_text(err);
    std::filesystem::remove(out);
    std::filesystem::remove(err);
    return result;
}

class PostgresCluster {
public:
    // The cluster of this test binary, started on first use; check running() (or use
    // CODESET_REQUIRE_POSTGRES) before using it.
    static PostgresCluster& shared() {
        if (!instance()) instance() = std::unique_ptr<PostgresCluster>(new PostgresCluster);
        return *instance();
    }
    // Stops the shared cluster, if one was started, and removes its folder.
    static void stop_shared() { instance().reset(); }

    bool installed() const { return !m_bindir.empty(); }
    bool running() const { return m_running; }
    const std::string& why_not() const { return m_why_not; }

    // psql on one database of the cluster, stopping at the first error, in UTF-8.
    std::string psql(const std::string& database) const {
        return "env PGCLIENTENCODING=UTF8 " + shell_quote((m_bindir / "psql").string()) +
               " -X -q -v ON_ERROR_STOP=1 -h " + shell_quote(m_dir.string()) + " -U postgres -d " +
               shell_quote(database);
    }
    // Creates a fresh, empty database; false (with the reason in `error`) when it could not.
    bool create_database(const std::string& name, std::string& error) const {
        const CommandResult result = run_shell(psql("postgres") + " -c " + shell_quote("CREATE DATABASE \"" + name + "\""), m_dir);
        error = result.err;
        return result.exit_code == 0;
    }

    ~PostgresCluster() {
        if (m_running) run_as_owner(pg_ctl() + " -m immediate -w stop");
        if (!m_dir.empty()) std::filesystem::remove_all(m_dir);
    }
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;

private:
    PostgresCluster() {
        m_bindir = find_bindir();
        if (m_bindir.empty()) {
            m_why_not = "no PostgreSQL server installed (pg_config --bindir names no initdb; tools/setup.sh test installs postgresql-15)";
            return;
        }
        char name[] = "/tmp/codeset-pg-XXXXXX";
        if (!::mkdtemp(name)) {
            m_why_not = "cannot make a temporary folder";
            return;
        }
        m_dir = name;
        if (::geteuid() == 0) {
            const passwd* owner = ::getpwnam("postgres");
            if (!owner || ::chown(name, owner->pw_uid, owner->pw_gid) != 0) {
                m_why_not = "running as root and no `postgres` user to own the cluster";
                return;
            }
            m_as_owner = "runuser -u postgres -- ";
        }
        const CommandResult made = run_as_owner(shell_quote((m_bindir / "initdb").string()) + " -D " +
                                                shell_quote(data().string()) +
                                                " -E UTF8 --no-locale -A trust -U postgres --no-sync");
        if (made.exit_code != 0) {
            m_why_not = "initdb failed: " + made.err;
            return;
        }
        // fsync off: the cluster is thrown away; the socket in our folder only, no TCP.
        const std::string options = "-c listen_addresses='' -k " + m_dir.string() +
                                    " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        const CommandResult started =
            run_as_owner(pg_ctl() + " -l " + shell_quote((m_dir / "server.log").string()) + " -o " +
                         shell_quote(options) + " -w start");
        if (started.exit_code != 0) {
            m_why_not = "pg_ctl start failed: " + started.err + read_text(m_dir / "server.log");
            return;
        }
        m_running = true;
        start_watchdog();
    }

    static std::unique_ptr<PostgresCluster>& instance() {
        static std::unique_ptr<PostgresCluster> cluster;
        return cluster;
    }

    static std::filesystem::path find_bindir() {
        if (FILE* pipe = ::popen("pg_config --bindir 2>/dev/null", "r")) {
            char line[4096] = {};
            const bool read = std::fgets(line, sizeof line, pipe) != nullptr;
            ::pclose(pipe);
            std::string dir = read ? line : "";
            while (!dir.empty() && (dir.back() == '\n' || dir.back() == '\r')) dir.pop_back();
            if (!dir.empty() && std::filesystem::exists(std::filesystem::path(dir) / "initdb")) return dir;
        }
        // pg_config may come from libpq-dev only; the Debian server packages live here.
        std::filesystem::path found;
        std::error_code error;
        for (const auto& entry : std::filesystem::directory_iterator("/usr/lib/postgresql", error))
            if (std::filesystem::exists(entry.path() / "bin/initdb") && entry.path() / "bin" > found)
                found = entry.path() / "bin";
        return found;
    }

    std::filesystem::path data() const { return m_dir / "data"; }
    std::string pg_ctl() const {
        return shell_quote((m_bindir / "pg_ctl").string()) + " -D " + shell_quote(data().string()) + " -s";
    }
    CommandResult run_as_owner(const std::string& command) const {
        return run_shell(m_as_owner + "sh -c " + shell_quote("cd / && " + command), "/tmp");
    }

    // Should this process end without the environment's TearDown (a crash, a timeout's kill), a
    // detached shell stops the server and removes the folder once the process is gone.
    void start_watchdog() const {
        const std::string stop = m_as_owner + "sh -c " + shell_quote(pg_ctl() + " -m immediate -w stop");
        const std::string watch = "while kill -0 " + std::to_string(::getpid()) + " 2>/dev/null; do sleep 1; done; " +
                                  "if [ -d " + shell_quote(data().string()) + " ]; then " + stop + "; rm -rf " +
                                  shell_quote(m_dir.string()) + "; fi";
        const std::string detached = "setsid sh -c " + shell_quote(watch) + " < /dev/null > /dev/null 2>&1 &";
        if (std::system(detached.c_str()) != 0) std::fprintf(stderr, "warning: no watchdog for the PostgreSQL cluster\n");
    }

    std::filesystem::path m_bindir;
    std::filesystem::path m_dir;
    std::string m_as_owner;  // "runuser -u postgres -- " when running as root
    bool m_running = false;
    std::string m_why_not;
};

// Stops the cluster after the last test of the binary, whatever the tests' outcome.
class PostgresEnvironment : public testing::Environment {
public:
    void TearDown() override { PostgresCluster::stop_shared(); }
};
inline testing::Environment* const postgres_environment =
    testing::AddGlobalTestEnvironment(new PostgresEnvironment);

}  // namespace codeset::test

// Skips the current test, visibly, when no PostgreSQL server is installed; fails it when one is
// but the cluster would not start.
#define CODESET_REQUIRE_POSTGRES()                                                                 \
    do {                                                                                           \
        const ::codeset::test::PostgresCluster& cluster_ = ::codeset::test::PostgresCluster::shared(); \
        if (!cluster_.installed()) GTEST_SKIP() << "PostgreSQL: " << cluster_.why_not() << ": skipping"; \
        if (!cluster_.running()) GTEST_FAIL() << "PostgreSQL: " << cluster_.why_not();              \
    } while (0)
