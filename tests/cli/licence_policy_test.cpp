// The licence policy on every command that prints content and every format the writer registry
// has for it, on the invented CPT packages: without --my-license-covers-descriptors no invented
// descriptor leaves codeset (stdout or stderr) and the profile's notice is on stderr; with it the
// descriptors are there and the notice is not. A writer added to the registry is covered here
// without a change to this test.
#include "cli_fixture.hpp"
#include "workbook_check.hpp"

#include "codeset/core/code_system.hpp"
#include "codeset/export/writer.hpp"

#include <gmock/gmock.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class LicencePolicy : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        ASSERT_EQ(codeset({"import", fixture("cpt/cpt-2026-invented.zip").string(), fixture("cpt/cpt-2027-invented").string()})
                      .exit_code,
                  0);
        for (const char* version : {"2026", "2027"}) {
            const CommandResult all =
                codeset({"export", "cpt", version, "--format", "jsonl", "--my-license-covers-descriptors"});
            ASSERT_EQ(all.exit_code, 0) << all.err;
            std::istringstream lines(all.out);
            for (std::string line; std::getline(lines, line);) {
                const nlohmann::json code = nlohmann::json::parse(line);
                descriptors.insert(code["long_title"].get<std::string>());
                descriptors.insert(code["short_title"].get<std::string>());
                // Attribute values long enough to be text (the category is a roman numeral).
                if (!code.contains("attributes")) continue;
                for (const auto& value : code["attributes"])
                    for (const auto& text : value.is_array() ? value : nlohmann::json::array({value}))
                        if (text.get<std::string>().size() > 8) descriptors.insert(text.get<std::string>());
            }
        }
        descriptors.erase("");
    }

    // Every command that prints content, once per format its kind of content is written in.
    std::vector<std::vector<std::string>> commands() const {
        const std::vector<std::pair<ContentKind, std::vector<std::string>>> base = {
            {ContentKind::change_set, {"diff", "cpt", "2026", "2027"}},
            {ContentKind::snapshot, {"export", "cpt", "2027"}},
            {ContentKind::code, {"show", "cpt", "99991"}},
            {ContentKind::code, {"show", "cpt", "99992", "--at", "2026"}},
            {ContentKind::history, {"history", "cpt", "99991"}},
            {ContentKind::search, {"search", "cpt", "imaginary", "gland", "--at", "2026"}},
        };
        std::vector<std::vector<std::string>> all;
        for (const auto& [kind, command] : base)
            for (const std::string_view format : format_names(kind)) {
                std::vector<std::string> with_format = command;
                with_format.insert(with_format.end(), {"--format", std::string(format)});
                all.push_back(with_format);
            }
        return all;
    }

    // Whether the command's format writes bytes (a workbook) rather than text.
    static bool writes_binary(const std::vector<std::string>& command) {
        const auto format = std::find(command.begin(), command.end(), "--format") + 1;
        bool binary = false;
        for (const Writer* writer : writers()) binary = binary || (writer->answers_to(*format) && writer->binary);
        return binary;
    }

    // What a person reads of a command's output: a workbook's cells (read back with openpyxl),
    // else the output itself.
    std::string readable(const std::vector<std::string>& command, const std::string& out) {
        if (!writes_binary(command)) return out;
        const std::filesystem::path file = dir / "output.xlsx";
        std::ofstream(file, std::ios::binary) << out;
        return workbook_text(file);
    }

    static std::string joined(const std::vector<std::string>& command) {
        std::string text;
        for (const std::string& word : command) text += (text.empty() ? "" : " ") + word;
        return text;
    }

    std::set<std::string> descriptors;
};

TEST_F(LicencePolicy, DescriptorsLeaveOnlyWithTheLicenceStatementInEveryCommandAndFormat) {
    ASSERT_GT(descriptors.size(), 30u);  // the invented packages: long, short, medium, consumer, clinician
    const std::string notice(require_code_system("cpt").licence.notice);
    ASSERT_FALSE(notice.empty());
    const auto all = commands();
    ASSERT_GE(all.size(), 10u);
    if (const auto missing = workbook_reader_missing())
        std::cout << "[ SKIPPED  ] " << *missing << ": workbooks are not checked\n";
    for (const std::vector<std::string>& command : all) {
        if (workbook_reader_missing() && writes_binary(command)) continue;
        CommandResult guarded = codeset(command);
        ASSERT_EQ(guarded.exit_code, 0) << joined(command) << ": " << guarded.err;
        guarded.out = readable(command, guarded.out);
        EXPECT_THAT(guarded.out, HasSubstr("9999")) << joined(command);  // codes still leave
        for (const std::string& descriptor : descriptors) {
            EXPECT_THAT(guarded.out, Not(HasSubstr(descriptor))) << joined(command);
            EXPECT_THAT(guarded.err, Not(HasSubstr(descriptor))) << joined(command);
        }
        EXPECT_THAT(guarded.out, Not(HasSubstr("Invented"))) << joined(command);
        EXPECT_THAT(guarded.err, HasSubstr(notice)) << joined(command);

        std::vector<std::string> stated = command;
        stated.push_back("--my-license-covers-descriptors");
        CommandResult open = codeset(stated);
        ASSERT_EQ(open.exit_code, 0) << joined(stated) << ": " << open.err;
        open.out = readable(stated, open.out);
        EXPECT_THAT(open.out, HasSubstr("Invented")) << joined(stated);
        EXPECT_THAT(open.err, Not(HasSubstr(notice))) << joined(stated);
    }
}

TEST_F(LicencePolicy, ASummaryCarriesCountsOnlySoNothingIsWithheldAndNoNoticeIsGiven) {
    const std::string notice(require_code_system("cpt").licence.notice);
    const nlohmann::json diff = json_of({"diff", "cpt", "2026", "2027", "--format", "json"});
    for (const std::string_view format : format_names(ContentKind::summary)) {
        const std::vector<std::string> command = {"summary", "cpt", "--format", std::string(format)};
        const CommandResult result = codeset(command);
        ASSERT_EQ(result.exit_code, 0) << joined(command) << ": " << result.err;
        EXPECT_THAT(result.out, HasSubstr("2027")) << joined(command);
        for (const std::string& descriptor : descriptors) EXPECT_THAT(result.out, Not(HasSubstr(descriptor))) << joined(command);
        EXPECT_THAT(result.err, Not(HasSubstr(notice))) << joined(command);
    }
    const nlohmann::json summary = json_of({"summary", "cpt", "--format", "json"});
    EXPECT_EQ(summary["steps"][0]["summary"]["added"], diff["summary"]["added"]);
    EXPECT_EQ(summary["steps"][0]["summary"]["revised"], diff["summary"]["revised"]);
}

TEST_F(LicencePolicy, AFormatTheRegistryLacksIsAUsageErrorNamingTheFormatsItHas) {
    const CommandResult show = codeset({"show", "cpt", "99991", "--format", "csv"});
    EXPECT_EQ(show.exit_code, 2);
    EXPECT_THAT(show.err, HasSubstr("--format csv: codes are written as text or json"));
    const CommandResult export_text = codeset({"export", "cpt", "2027", "--format", "text"});
    EXPECT_EQ(export_text.exit_code, 2);
    EXPECT_THAT(export_text.err, HasSubstr("--format text: release snapshots are written as csv, jsonl, fhir or sql"));
}

}  // namespace
}  // namespace codeset::test
