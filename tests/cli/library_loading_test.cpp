// libxml2, libgit2, libarchive and libxlsxwriter are loaded only by the commands that use them
// (lib/src/core/shared_library.hpp): the dynamic loader's own report (LD_DEBUG=files) of what a
// command mapped, for the commands coders and scripts run all day, for an import of XML and for
// the three that publish.
#include "cli_fixture.hpp"

#include <gmock/gmock.h>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class LibraryLoading : public CliTest {
protected:
    // Runs codeset with the loader reporting every object it maps; returns that report (stderr).
    std::string mapped_by(const std::vector<std::string>& args) {
        std::string command =
            "cd " + shell_quote(dir.string()) + " && env -u CODESET_DB LD_DEBUG=files " + shell_quote(CODESET_BINARY);
        for (const std::string& arg : args) command += " " + shell_quote(arg);
        const CommandResult result = run_captured(command, dir);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        EXPECT_THAT(result.err, HasSubstr("file=libsqlite3"));  // the report is there at all
        return result.err;
    }
};

TEST_F(LibraryLoading, EverydayCommandsMapNoneOfThePublishingLibraries) {
    import_samples();
    for (const std::vector<std::string>& args : {std::vector<std::string>{"--version"},
                                                 {"search", "icd10cm", "cholera"},
                                                 {"show", "icd10cm", "A00.0"},
                                                 {"diff", "icd10cm", "FY2025", "FY2026"},
                                                 {"releases"}}) {
        const std::string report = mapped_by(args);
        EXPECT_THAT(report, Not(HasSubstr("file=libgit2"))) << args.front();
        EXPECT_THAT(report, Not(HasSubstr("file=libarchive"))) << args.front();
        EXPECT_THAT(report, Not(HasSubstr("file=libxlsxwriter"))) << args.front();
        EXPECT_THAT(report, Not(HasSubstr("file=libxml2"))) << args.front();
    }
}

TEST_F(LibraryLoading, AnImportOfOrderFilesMapsNoXmlParserButOneOfXmlDoes) {
    const std::string notes = fixture("icd10cm_xml/notes").string();
    EXPECT_THAT(mapped_by({"import", notes + "/2099"}), Not(HasSubstr("file=libxml2")));
    EXPECT_THAT(mapped_by({"import", notes + "/xml_2099"}), HasSubstr("file=libxml2"));
}

TEST_F(LibraryLoading, EachPublishingCommandLoadsItsLibraryWhenItRuns) {
    import_samples();
    const std::string git = mapped_by({"publish", "git", "icd10cm", (dir / "history.git").string(), "--init"});
    EXPECT_THAT(git, HasSubstr("file=libgit2"));
    EXPECT_THAT(git, Not(HasSubstr("file=libxlsxwriter")));
    const std::string xlsx = mapped_by({"diff", "icd10cm", "FY2025", "FY2026", "-o", (dir / "changes.xlsx").string()});
    EXPECT_THAT(xlsx, HasSubstr("file=libxlsxwriter"));
    EXPECT_THAT(xlsx, Not(HasSubstr("file=libgit2")));
    const std::string packages = mapped_by({"publish", "fhir", "icd10cm", (dir / "packages").string()});
    EXPECT_THAT(packages, HasSubstr("file=libarchive"));
}

}  // namespace
}  // namespace codeset::test
