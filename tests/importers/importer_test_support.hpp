// Helpers for the importer tests: run an importer on a path, catch its parse error, compare records.
#pragma once

#include "codeset/core/importer.hpp"
#include "codeset/core/record_sink.hpp"
#include "codeset/core/source.hpp"

#include "test_paths.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace codeset::test {

inline CollectingSink import_path(const Importer& importer, const std::filesystem::path& path,
                                  const ReadOptions& options = {}) {
    auto source = Source::open(path);
    CollectingSink sink;
    importer.read(*source, sink, options);
    return sink;
}

// The message of the ParseError that reading `path` throws; fails the test when none is thrown.
inline std::string parse_error_of(const Importer& importer, const std::filesystem::path& path) {
    try {
        import_path(importer, path);
    } catch (const ParseError& error) {
        EXPECT_EQ(error.code(), ErrorCode::parse);
        return error.what();
    }
    ADD_FAILURE() << "no ParseError reading " << path;
    return {};
}

inline std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// "A000|1|short|long|2" per record: readable in failure output.
inline std::vector<std::string> describe_records(const std::vector<CodeRecord>& records) {
    std::vector<std::string> out;
    for (const CodeRecord& r : records)
        out.push_back(r.code + "|" + (r.billable ? "1" : "0") + "|" + r.short_title + "|" + r.long_title + "|" +
                      std::to_string(r.order));
    return out;
}

}  // namespace codeset::test
