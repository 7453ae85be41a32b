// CPT through the command line, on invented packages: a licensee's mapping file, and the
// licence guard on every way content leaves the store.
#include "cli_fixture.hpp"

#include <gmock/gmock.h>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using LicensedCpt = CliTest;

constexpr const char* invented_descriptor = "Invented evaluation service, level one";

TEST_F(LicensedCpt, ExportsAndReportsLeaveDescriptorsOutUnlessTheLicenceIsStated) {
    ASSERT_EQ(codeset({"import", fixture("cpt/cpt-2026-invented.zip").string(), fixture("cpt/cpt-2027-invented").string()})
                  .exit_code,
              0);
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"export", "cpt", "2026"}, {"export", "cpt", "2026", "--format", "jsonl"},
          {"export", "cpt", "2026", "--format", "fhir"},
          {"diff", "cpt", "2026", "2027", "--format", "json"}, {"diff", "cpt", "2026", "2027", "--format", "csv"}}) {
        const CommandResult guarded = codeset(command);
        ASSERT_EQ(guarded.exit_code, 0) << guarded.err;
        EXPECT_THAT(guarded.out, Not(HasSubstr("Invented"))) << command[0];
        EXPECT_THAT(guarded.out, HasSubstr("9999")) << command[0];
        EXPECT_THAT(guarded.err, HasSubstr("licensed")) << command[0];

        std::vector<std::string> stated = command;
        stated.push_back("--my-license-covers-descriptors");
        const CommandResult open = codeset(stated);
        ASSERT_EQ(open.exit_code, 0) << open.err;
        EXPECT_THAT(open.out, HasSubstr("Invented")) << command[0];
    }
    EXPECT_THAT(codeset({"export", "cpt", "2026", "--my-license-covers-descriptors"}).out, HasSubstr(invented_descriptor));
}

TEST_F(LicensedCpt, AMappingFileDescribesAnotherLayout) {
    const CommandResult result = codeset({"import", fixture("cpt/custom-layout-2025").string(), "--mapping",
                                          fixture("cpt/mappings/custom_layout.ini").string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("imported cpt 2025"));
    const CommandResult wrong_system = codeset({"import", fixture("cpt/custom-layout-2025").string(), "--system",
                                                "hcpcs", "--mapping", fixture("cpt/mappings/custom_layout.ini").string()});
    EXPECT_EQ(wrong_system.exit_code, 2);
    const CommandResult bad = codeset({"import", fixture("cpt/custom-layout-2025").string(), "--mapping",
                                       fixture("cpt/mappings/bad_unknown_key.ini").string()});
    EXPECT_EQ(bad.exit_code, 3);
    EXPECT_THAT(bad.err, HasSubstr("bad_unknown_key.ini, line 3"));
}

}  // namespace
}  // namespace codeset::test
