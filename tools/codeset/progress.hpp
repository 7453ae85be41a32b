// Progress for long work, on standard error, only when it is a terminal (never in pipes or logs).
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>

namespace codeset::cli {

class Progress {
public:
    Progress(std::ostream& err, bool enabled, std::string label);
    ~Progress();
    // A callback for ReadOptions::progress.
    std::function<void(std::uint64_t, std::uint64_t)> callback();
    void finish();

private:
    std::ostream& m_err;
    bool m_enabled;
    std::string m_label;
    int m_last_percent = -1;
    bool m_shown = false;
};

}  // namespace codeset::cli
