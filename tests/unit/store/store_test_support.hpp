// Helpers for the store tests: small hand-made releases, a scratch store per test, and a tiny
// reader of real ICD-10-CM order files (not the importer: the store tests must not depend on it).
#pragma once

#include "codeset/core/error.hpp"
#include "codeset/core/record_sink.hpp"
#include "codeset/core/source.hpp"
#include "codeset/store/store.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

namespace codeset::test {

inline CodeRecord code(std::string code, bool billable, std::string long_title, std::string short_title = {},
                       std::vector<Attribute> attributes = {}) {
    CodeRecord record;
    record.code = std::move(code);
    record.billable = billable;
    record.short_title = short_title.empty() ? long_title : std::move(short_title);
    record.long_title = std::move(long_title);
    record.attributes = std::move(attributes);
    return record;
}

inline ReleaseInfo release_info(std::string version, Date effective, std::string system = "icd10cm",
                                ReleaseKind kind = ReleaseKind::annual) {
    ReleaseInfo info;
    info.system = std::move(system);
    info.version = std::move(version);
    info.effective = effective;
    info.kind = kind;
    info.importer = "test";
    return info;
}

// Everything an importer could push for one release.
struct ReleaseData {
    std::vector<CodeRecord> codes;
    std::vector<AddendumEntry> addenda;
    std::vector<ImportWarning> warnings;
    std::vector<SourceFile> files;

    // Pushes the release into a sink, setting order numbers as an importer would.
    std::function<void(RecordSink&)> reader() const {
        return [this](RecordSink& sink) {
            for (const auto& file : files) sink.add_source_file(file);
            std::uint32_t order = 0;
            for (auto record : codes) {
                record.order = ++order;
                sink.add_code(record);
            }
            for (const auto& entry : addenda) sink.add_addendum(entry);
            for (const auto& warning : warnings) sink.add_warning(warning);
        };
    }
};

// A small ICD-10-CM-like release; `year` shifts one title so releases differ a little.
inline ReleaseData small_release(int year) {
    ReleaseData data;
    data.codes = {
        code("A00", false, "Cholera"),
        code("A000", true, "Cholera due to Vibrio cholerae 01, biovar cholerae",
             "Cholera due to Vibrio cholerae 01, biovar cholerae"),
        code("A001", true, "Cholera due to Vibrio cholerae 01, biovar eltor"),
        code("A009", true, "Cholera, unspecified"),
        code("A01", false, "Typhoid and paratyphoid fevers"),
        code("A010", false, "Typhoid fever"),
        code("A0100", true, "Typhoid fever, unspecified", "Typhoid fever, unsp"),
        code("U071", true, year >= 2021 ? "COVID-19" : "Emergency use of U07.1"),
    };
    if (year >= 2022) data.codes.push_back(code("U072", true, "COVID-19, virus not identified"));
    data.addenda = {
        {AddendumAction::add, true, "U072", "COVID-19, virus not identified", "COVID-19, virus not identified",
         "icd10cm-order-addenda.txt", 3, {}},
        {AddendumAction::revise_from, std::nullopt, "U071", "Emergency use of U07.1", "Emergency use of U07.1",
         "icd10cm-codes-addenda.txt", 7, {}},
        {AddendumAction::revise_to, std::nullopt, "U071", "COVID-19", "COVID-19", "icd10cm-codes-addenda.txt", 8, {}},
        {AddendumAction::remove, false, "A02", "Other salmonella", "Other salmonella infections",
         "icd10cm-order-addenda.txt", 9, {}},
    };
    data.warnings = {{"icd10cm-order.txt in release.zip, line 4", "trailing blanks after the long title"}};
    data.files = {
        {"release-" + std::to_string(year) + ".zip", "", 2198159, std::string(64, 'a'), "archive"},
        {"release-" + std::to_string(year) + ".zip", "icd10cm-order.txt", 14694719, std::string(64, 'b'), "order"},
    };
    return data;
}

// A scratch folder with a store path per test, removed afterwards.
class StoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir = scratch_dir(std::string("store-") + info->test_suite_name() + "-" + info->name());
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    std::filesystem::path store_path(const std::string& name = "store.db") const { return m_dir / name; }
    const std::filesystem::path& dir() const { return m_dir; }

private:
    std::filesystem::path m_dir;
};

inline std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every code of a release, in order, as loaded from the store.
inline std::vector<CodeRecord> codes_of(const Store& store, const ReleaseRecord& release) {
    std::vector<CodeRecord> codes;
    store.for_each_code(release, [&](const CodeRecord& record) { codes.push_back(record); });
    return codes;
}

// A tiny reader of the fixed-width ICD-10-CM order file: columns 1-5 order number, 7-13 code,
// 15 flag (1 billable, 0 header), 17-76 short title, 78- long title, CRLF line ends.
inline std::vector<CodeRecord> read_order_file(const std::filesystem::path& zip, const std::string& member_regex) {
    auto source = Source::open(zip);
    const auto member = source->find_member(member_regex);
    if (!member) throw Error(ErrorCode::not_found, zip.string() + ": no member matching " + member_regex);
    auto stream = source->open_member(*member, "order");
    std::vector<CodeRecord> codes;
    std::string pending;
    std::vector<char> buffer(1 << 16);
    auto trim_right = [](std::string_view text) {
        while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
        return std::string(text);
    };
    auto parse_line = [&](std::string_view line) {
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.size() < 16) return;
        CodeRecord record;
        record.order = static_cast<std::uint32_t>(std::stoul(std::string(line.substr(0, 5))));
        record.code = trim_right(line.substr(6, 7));
        record.billable = line[14] == '1';
        record.short_title = trim_right(line.substr(16, 60));
        record.long_title = line.size() > 77 ? trim_right(line.substr(77)) : std::string();
        codes.push_back(std::move(record));
    };
    while (std::size_t got = stream->read(buffer.data(), buffer.size())) {
        pending.append(buffer.data(), got);
        std::size_t start = 0;
        for (std::size_t end; (end = pending.find('\n', start)) != std::string::npos; start = end + 1)
            parse_line(std::string_view(pending).substr(start, end - start));
        pending.erase(0, start);
    }
    if (!pending.empty()) parse_line(pending);
    return codes;
}

}  // namespace codeset::test
