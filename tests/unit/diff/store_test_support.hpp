// A small store in a scratch folder, filled with hand-written releases.
#pragma once

#include "codeset/store/store.hpp"
#include "test_paths.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace codeset::test {

class ScratchStore : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir = scratch_dir(std::string("diff-") + info->test_suite_name() + "-" + info->name());
        m_store.emplace(m_dir / "store.db");
    }
    void TearDown() override {
        m_store.reset();
        std::filesystem::remove_all(m_dir);
    }

    Store& store() { return *m_store; }

    ReleaseRecord import(const std::string& system, const std::string& version, Date effective,
                         std::vector<CodeRecord> records) {
        ReleaseInfo info;
        info.system = system;
        info.version = version;
        info.effective = effective;
        info.importer = "test";
        for (std::size_t i = 0; i < records.size(); ++i) records[i].order = static_cast<std::uint32_t>(i + 1);
        return m_store
            ->import_release(info,
                             [&](RecordSink& sink) {
                                 for (const CodeRecord& record : records) sink.add_code(record);
                             })
            .release;
    }

private:
    std::filesystem::path m_dir;
    std::optional<Store> m_store;
};

}  // namespace codeset::test
