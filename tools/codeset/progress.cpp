#include "progress.hpp"

#include <ostream>

namespace codeset::cli {

Progress::Progress(std::ostream& err, bool enabled, std::string label)
    : m_err(err), m_enabled(enabled), m_label(std::move(label)) {}

Progress::~Progress() { finish(); }

std::function<void(std::uint64_t, std::uint64_t)> Progress::callback() {
    if (!m_enabled) return {};
    return [this](std::uint64_t done, std::uint64_t total) {
        if (total == 0) return;
        const int percent = static_cast<int>(done * 100 / total);
        if (percent == m_last_percent) return;
        m_last_percent = percent;
        m_shown = true;
        m_err << '\r' << m_label << ' ' << percent << "%" << std::flush;
    };
}

void Progress::finish() {
    if (!m_shown) return;
    // Erase the progress line so the next message starts clean.
    m_err << '\r' << std::string(m_label.size() + 6, ' ') << '\r' << std::flush;
    m_shown = false;
}

}  // namespace codeset::cli
