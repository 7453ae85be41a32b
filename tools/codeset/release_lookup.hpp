// Finding the release a user named: a version label, a date (the release in force that day),
// or nothing (the latest release of the system).
#pragma once

#include "codeset/store/store.hpp"

#include <string>

namespace codeset::cli {

ReleaseRecord lookup_release(const Store& store, std::string_view system, const std::string& version_or_date);

}  // namespace codeset::cli
