// codeset verify in-process (run_verify, verify_release) against the binary, on the sample ICD-10-CM
// releases and the hand-written HCPCS fixtures: the same report either way, typed results that say which
// checks ran, and a store left as it was.
#include "cli_fixture.hpp"
#include "commands.hpp"

#include "codeset/core/code_system.hpp"
#include "codeset/verify/verify.hpp"

#include <gmock/gmock.h>

#include <sstream>

namespace codeset::test {
namespace {

using testing::HasSubstr;

class VerifyCommand : public CliTest {
protected:
    // run_verify as the command would, on this test's store.
    CommandResult in_process(const cli::VerifyArguments& args) {
        std::ostringstream out;
        std::ostringstream err;
        cli::Context context;
        context.db_option = (dir / "codeset.db").string();
        context.out = &out;
        context.err = &err;
        CommandResult result;
        result.exit_code = cli::run_verify(args, context);
        result.out = out.str();
        result.err = err.str();
        return result;
    }

    void import_hcpcs_fixtures() {
        const CommandResult result = codeset({"import", fixture("hcpcs/HCPC17_CONTR_ANWEB.txt").string(),
                                              fixture("hcpcs/HCPC2018_CONTR_ANWEB_disc.txt").string()});
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }
};

TEST_F(VerifyCommand, InProcessWritesWhatTheCommandWrites) {
    import_samples();
    for (const std::string format : {"text", "json"}) {
        for (const std::string against : {"", "FY2026"}) {
            std::vector<std::string> args = {"verify", "icd10cm", "FY2026", "--format", format};
            if (!against.empty()) args.insert(args.end(), {"--against", against});
            const CommandResult binary = codeset(args);
            const CommandResult direct = in_process({"icd10cm", "FY2026", against, format});
            EXPECT_EQ(direct.exit_code, binary.exit_code) << format << " " << against;
            EXPECT_EQ(direct.out, binary.out) << format << " " << against;
            EXPECT_EQ(direct.exit_code, against.empty() ? 0 : 1) << format << " " << against;
        }
    }
}

TEST_F(VerifyCommand, TheAddendaCheckRunsForASystemWhoseAddendaListEveryChange) {
    import_samples();
    const Store store(dir / "codeset.db");
    const CodeSystem& system = require_code_system("icd10cm");
    const ReleaseRecord release = store.resolve_release("icd10cm", "FY2026");
    const VerifyResult result = verify_release(store, system, release);
    ASSERT_TRUE(result.addenda);
    EXPECT_FALSE(result.release_check);
    ASSERT_TRUE(result.against);
    EXPECT_EQ(result.against->info.version, "FY2025");
    EXPECT_EQ(result.addenda->entries, store.addenda(release).size());
    EXPECT_TRUE(result.agrees());

    const VerifyResult wrong = verify_release(store, system, release, release);
    EXPECT_EQ(wrong.against->info.version, "FY2026");
    EXPECT_FALSE(wrong.agrees());
}

TEST_F(VerifyCommand, HcpcsGetsItsProfilesReleaseCheckAndNotTheAddendaCheck) {
    import_hcpcs_fixtures();
    const Store store(dir / "codeset.db");
    const CodeSystem& system = require_code_system("hcpcs");
    const VerifyResult result = verify_release(store, system, store.resolve_release("hcpcs", "2018-01"));
    EXPECT_FALSE(result.addenda);  // its addenda are the discontinued codes only
    ASSERT_TRUE(result.release_check);
    ASSERT_TRUE(result.against);
    EXPECT_EQ(result.against->info.version, "2017-01");
    // The disagreements written into the fixtures on purpose (tests/data/hcpcs/make_fixtures.py); the
    // discontinued codes are confirmed from the Delete lines the store keeps.
    std::vector<std::string> codes;
    for (const CheckDisagreement& d : result.release_check->disagreements) codes.push_back(d.code);
    EXPECT_EQ(codes, (std::vector<std::string>{"G0480", "G0481", "G0500", "G0516", "J7030"}));
    EXPECT_FALSE(result.agrees());

    const CommandResult text = in_process({"hcpcs", "2018-01", "", "text"});
    EXPECT_EQ(text.exit_code, 1);
    EXPECT_THAT(text.out, HasSubstr("hcpcs 2018-01: CMS action codes checked against the diff from 2017-01\n"));
    EXPECT_THAT(text.out, HasSubstr("\n  action D       2 procedures     1 modifiers\n"));
    EXPECT_THAT(text.out, HasSubstr("\n5 codes where the action code and the diff disagree\n"));
    EXPECT_EQ(text.out, codeset({"verify", "hcpcs", "2018-01"}).out);

    const nlohmann::json json = nlohmann::json::parse(in_process({"hcpcs", "2018-01", "", "json"}).out);
    EXPECT_EQ(json["against"], "2017-01");
    EXPECT_EQ(json["agrees"], false);
    EXPECT_EQ(json["action_codes"]["D"]["procedures"], 2);
    EXPECT_EQ(json["action_codes"]["D"]["modifiers"], 1);
    ASSERT_EQ(json["disagreements"].size(), 5u);
    EXPECT_EQ(json["disagreements"][3]["code"], "G0516");
    EXPECT_EQ(json["disagreements"][3]["action_code"], "N");
    EXPECT_EQ(json["disagreements"][3]["computed"], "added");
    EXPECT_FALSE(json.contains("comparisons"));
}

TEST_F(VerifyCommand, AReleaseWithNothingToCheckSaysSoAndNeedsNoReleaseBefore) {
    // An order file alone: no addenda, and ICD-10-CM has no release check of its own.
    const CommandResult imported =
        codeset({"import", fixture("icd10cm/order_crlf.txt").string(), "--version", "FY2024"});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    {
        const Store store(dir / "codeset.db");
        const ReleaseRecord only = store.resolve_release("icd10cm", "FY2024");
        ASSERT_TRUE(store.addenda(only).empty());
        const VerifyResult result = verify_release(store, require_code_system("icd10cm"), only);
        EXPECT_FALSE(result.checked());
        EXPECT_FALSE(result.against);
        EXPECT_TRUE(result.agrees());
    }
    const CommandResult text = in_process({"icd10cm", "FY2024", "", "text"});
    EXPECT_EQ(text.exit_code, 0);
    EXPECT_EQ(text.out, "icd10cm FY2024 carries no addenda entries: nothing to verify\n");
    // JSON stays JSON: one object saying nothing was checked and why.
    const CommandResult json = in_process({"icd10cm", "FY2024", "", "json"});
    EXPECT_EQ(json.exit_code, 0);
    const nlohmann::json object = nlohmann::json::parse(json.out);
    EXPECT_EQ(object["checked"], false);
    EXPECT_TRUE(object["against"].is_null());
    EXPECT_NE(object["reason"].get<std::string>().find("nothing to verify"), std::string::npos);
}

TEST_F(VerifyCommand, TheFirstReleaseWithAChecksNeedsTheReleaseBefore) {
    import_hcpcs_fixtures();
    EXPECT_THROW(in_process({"hcpcs", "2017-01", "", "text"}), Error);
    const CommandResult binary = codeset({"verify", "hcpcs", "2017-01"});
    EXPECT_EQ(binary.exit_code, 5);
    EXPECT_THAT(binary.err, HasSubstr("hcpcs 2017-01 is the first release in the store"));
}

TEST_F(VerifyCommand, VerifyLeavesTheStoreAsItWas) {
    import_samples();
    const std::string before = read_text(dir / "codeset.db");
    in_process({"icd10cm", "FY2026", "", "json"});
    in_process({"icd10cm", "FY2026", "FY2026", "text"});
    EXPECT_EQ(read_text(dir / "codeset.db"), before);
}

}  // namespace
}  // namespace codeset::test
