// `codeset import` run in-process through run_import: what it prints and what the store holds,
// without a child process, so a debugger or sanitizer sees the whole import.
#include "commands.hpp"

#include "codeset/store/store.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace codeset::cli {
namespace {

// A scratch folder and a context writing to strings, its store in the folder.
class ImportInProcess : public testing::Test {
protected:
    void SetUp() override {
        const auto* info = testing::UnitTest::GetInstance()->current_test_info();
        dir = test::scratch_dir(std::string("in-process-") + info->name());
        context.db_option = (dir / "codes.db").string();
        context.out = &out;
        context.err = &err;
    }
    void TearDown() override { std::filesystem::remove_all(dir); }

    std::filesystem::path dir;
    std::ostringstream out;
    std::ostringstream err;
    Context context;
};

TEST_F(ImportInProcess, PrintsEachReleaseAndReadsTheVersionWithTheSystemsGrammar) {
    ImportArguments args;
    args.paths = {test::fixture("samples/icd10cm-sample-2026.zip").string()};
    EXPECT_EQ(run_import(args, context), exit_ok);
    EXPECT_NE(out.str().find("imported icd10cm FY2026 (effective 2025-10-01, annual)"), std::string::npos) << out.str();
    EXPECT_TRUE(err.str().empty()) << err.str();  // not a terminal: no progress shown

    // The same release again, now named with the other spelling of its label: unchanged.
    out.str("");
    args.version = "fy2026";
    EXPECT_EQ(run_import(args, context), exit_ok);
    EXPECT_NE(out.str().find("icd10cm FY2026 (effective 2025-10-01, annual): already in the store"), std::string::npos)
        << out.str();

    // Bad input is reported as the command reports it, and the store is as it was.
    args.version = "2026-04";
    EXPECT_THROW(run_import(args, context), Error);  // a label of no system grammar: a usage error
    const Store store(dir / "codes.db");
    ASSERT_EQ(store.releases().size(), 1u);
    EXPECT_EQ(store.releases()[0].info.version, "FY2026");
}

TEST_F(ImportInProcess, BadInputCreatesNoStore) {
    ImportArguments args;
    args.paths = {(dir / "missing.zip").string()};
    EXPECT_EQ(run_import(args, context), exit_input);
    EXPECT_FALSE(std::filesystem::exists(dir / "codes.db"));
    EXPECT_TRUE(out.str().empty());
    EXPECT_NE(err.str().find("codeset: error: " + (dir / "missing.zip").string()), std::string::npos) << err.str();
}

}  // namespace
}  // namespace codeset::cli
