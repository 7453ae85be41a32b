// A program started with fork/exec, no shell in between, so that the test holds its pid: it can be
// killed at a chosen moment and waited for with a bound. Standard output and error go to files.
#pragma once

#include <gtest/gtest.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace codeset::test {

struct ChildResult {
    bool exited = false;     // WIFEXITED
    int exit_code = -1;      // WEXITSTATUS when exited
    bool signaled = false;   // WIFSIGNALED
    int signal = 0;          // WTERMSIG when signaled
    bool timed_out = false;  // killed by wait() because the bound passed
    std::string out;
    std::string err;
    bool ok() const { return exited && exit_code == 0; }
};

inline std::string file_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

class ChildProcess {
public:
    // Starts argv[0] (a path) with argv; CODESET_DB is removed from its environment so that only
    // --db names the store. Output goes to `out` and `err`.
    ChildProcess(const std::vector<std::string>& argv, std::filesystem::path out, std::filesystem::path err)
        : m_out(std::move(out)), m_err(std::move(err)) {
        std::vector<char*> args;
        for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
        args.push_back(nullptr);
        std::vector<char*> env;
        for (char** entry = environ; *entry; ++entry)
            if (std::strncmp(*entry, "CODESET_DB=", 11) != 0) env.push_back(*entry);
        env.push_back(nullptr);
        const int out_fd = ::open(m_out.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        const int err_fd = ::open(m_err.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (out_fd < 0 || err_fd < 0) throw std::runtime_error("cannot create " + m_out.string());
        m_pid = ::fork();
        if (m_pid == 0) {
            ::dup2(out_fd, STDOUT_FILENO);
            ::dup2(err_fd, STDERR_FILENO);
            ::execve(args[0], args.data(), env.data());
            ::_exit(127);
        }
        ::close(out_fd);
        ::close(err_fd);
        if (m_pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    }
    ~ChildProcess() {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
    }
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return m_pid; }

    // True while it has not exited (reaps it, keeping its status, when it has).
    bool running() {
        if (m_pid <= 0) return false;
        const pid_t done = ::waitpid(m_pid, &m_status, WNOHANG);
        if (done == m_pid) m_pid = -m_pid;
        return done == 0;
    }

    void kill(int signal) {
        if (m_pid > 0) ::kill(m_pid, signal);
    }

    // Waits for the end at most `bound`, then kills it with SIGKILL (timed_out). A bound is a
    // guard against a hang, not a speed claim.
    ChildResult wait(std::chrono::milliseconds bound = std::chrono::minutes(5)) {
        ChildResult result;
        const auto deadline = std::chrono::steady_clock::now() + bound;
        while (running()) {
            if (std::chrono::steady_clock::now() > deadline) {
                result.timed_out = true;
                ::kill(m_pid, SIGKILL);
                ::waitpid(m_pid, &m_status, 0);
                m_pid = -m_pid;
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        result.exited = WIFEXITED(m_status);
        result.exit_code = result.exited ? WEXITSTATUS(m_status) : -1;
        result.signaled = WIFSIGNALED(m_status);
        result.signal = result.signaled ? WTERMSIG(m_status) : 0;
        result.out = file_text(m_out);
        result.err = file_text(m_err);
        return result;
    }

private:
    std::filesystem::path m_out;
    std::filesystem::path m_err;
    pid_t m_pid = 0;
    int m_status = 0;
};

// Runs `codeset --db DB ARGS...` to its end (bounded), output in files of `dir` named after `tag`.
inline ChildResult run_codeset_on(const std::filesystem::path& db, const std::vector<std::string>& args,
                                  const std::filesystem::path& dir, const std::string& tag = "run",
                                  std::chrono::milliseconds bound = std::chrono::minutes(5)) {
    std::vector<std::string> argv = {CODESET_BINARY, "--db", db.string()};
    argv.insert(argv.end(), args.begin(), args.end());
    ChildProcess child(argv, dir / (tag + ".out"), dir / (tag + ".err"));
    return child.wait(bound);
}

}  // namespace codeset::test
