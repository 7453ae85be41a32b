// The commands' run_* functions called in-process, as the command line calls them: the same
// bytes as the binary, and errors as exceptions for main() to map (no process, no shell).
#include "cli_fixture.hpp"
#include "commands.hpp"

#include "codeset/core/error.hpp"

#include <gmock/gmock.h>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;
using InProcess = CliTest;

TEST_F(InProcess, ShowWritesWhatTheBinaryWrites) {
    import_samples();
    std::ostringstream out;
    std::ostringstream err;
    cli::Context context;
    context.db_option = (dir / "codeset.db").string();
    context.out = &out;
    context.err = &err;

    cli::ShowArguments args;
    args.system = "icd10cm";
    args.code = "b880";  // as a user may type it
    EXPECT_EQ(cli::run_show(args, context), cli::exit_ok);
    EXPECT_EQ(out.str(), codeset({"show", "icd10cm", "B88.0"}).out);
    EXPECT_THAT(out.str(), HasSubstr("2 billable codes under it:"));
    EXPECT_EQ(err.str(), "");

    args.format = "markdown";
    try {
        cli::run_show(args, context);
        ADD_FAILURE() << "show --format markdown was accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::usage);
        EXPECT_THAT(error.what(), HasSubstr("codes are written as text or json"));
    }

    args.format = "text";
    args.code = "A00.0";
    args.at = "FY2031";
    EXPECT_THROW(cli::run_show(args, context), Error);
}

}  // namespace
}  // namespace codeset::test
