// The HCPCS importer and the action-code check against the real CMS files in ../shared/data/hcpcs
// (never copied into the repository). Every test skips visibly when the folder is absent.
#include "hcpcs/action_check.hpp"
#include "hcpcs/hcpcs_anweb_importer.hpp"

#include "codeset/diff/diff.hpp"

#include "importer_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>

namespace codeset::importers {
namespace {

using namespace hcpcs;

namespace fs = std::filesystem;

#define REQUIRE_HCPCS_DATA()                                                                             \
    do {                                                                                                 \
        CODESET_REQUIRE_SHARED_DATA();                                                                   \
        if (!fs::is_directory(test::shared_data() / "hcpcs"))                                            \
            GTEST_SKIP() << "no hcpcs folder in " << test::shared_data() << ": skipping real-data test"; \
    } while (0)

struct RealRelease {
    CollectingSink sink;
    std::vector<CodeRecord> left_out;
    ReleaseInfo info;
};

RealRelease read_real(const std::string& zip) {
    RealRelease release;
    auto source = Source::open(test::shared_data() / "hcpcs" / zip);
    release.info = hcpcs_anweb_importer().describe(*source);
    hcpcs::read_anweb_release(*source, release.sink, {}, &release.left_out);
    return release;
}

std::string kind_of(const CodeRecord& record) {
    for (const Attribute& a : record.attributes)
        if (a.name == "entry_kind") return a.value;
    return "";
}

std::pair<std::size_t, std::size_t> procedures_and_modifiers(const std::vector<CodeRecord>& records) {
    std::size_t procedures = 0;
    std::size_t modifiers = 0;
    for (const CodeRecord& r : records) ++(kind_of(r) == "modifier" ? modifiers : procedures);
    return {procedures, modifiers};
}

std::vector<CodeRecord> whole_file(const RealRelease& release) {
    std::vector<CodeRecord> all = release.sink.codes;
    all.insert(all.end(), release.left_out.begin(), release.left_out.end());
    return all;
}

TEST(HcpcsRealData, The2017FileImports) {
    REQUIRE_HCPCS_DATA();
    const RealRelease r = read_real("2017-Alpha-Numeric-HCPCS-File.zip");
    EXPECT_EQ(r.info.version, "2017-01");
    EXPECT_EQ(r.info.kind, ReleaseKind::annual);
    EXPECT_EQ(r.info.effective.to_string(), "2017-01-01");
    // 6,155 procedures and 343 modifiers in the file; 530 of them ended before 2017.
    EXPECT_EQ(procedures_and_modifiers(r.sink.codes), std::make_pair(std::size_t(5629), std::size_t(339)));
    EXPECT_EQ(procedures_and_modifiers(r.left_out), std::make_pair(std::size_t(526), std::size_t(4)));
    ASSERT_EQ(r.sink.warnings.size(), 1u);
    EXPECT_NE(r.sink.warnings[0].message.find("left out 530 codes terminated before 2017-01-01 (526 procedures, 4 "
                                              "modifiers; 147 with action code D)"),
              std::string::npos)
        << r.sink.warnings[0].message;
    ASSERT_EQ(r.sink.files.size(), 2u);
    EXPECT_EQ(r.sink.files[1].member, "HCPC17_CONTR_ANWEB.txt");
    EXPECT_EQ(r.sink.files[1].sha256, "018e0efb5190c49598d3b39c69b009035c94a1e30603b50dea6249e864204593");
}

TEST(HcpcsRealData, The2018FileImports) {
    REQUIRE_HCPCS_DATA();
    const RealRelease r = read_real("2018-Alpha-Numeric-HCPCS-File.zip");
    EXPECT_EQ(r.info.version, "2018-01");
    EXPECT_EQ(r.info.effective.to_string(), "2018-01-01");
    // 6,205 procedures and 354 modifiers in the file; 466 of them ended before 2018.
    EXPECT_EQ(procedures_and_modifiers(r.sink.codes), std::make_pair(std::size_t(5745), std::size_t(348)));
    EXPECT_EQ(procedures_and_modifiers(r.left_out), std::make_pair(std::size_t(460), std::size_t(6)));
    std::vector<std::string> warnings;
    for (const ImportWarning& w : r.sink.warnings) warnings.push_back(w.message);
    // Five ASC dates written two columns early (C9488, C9745-C9748), the left-out summary, and two
    // modifiers added for April and July 2018 listed in the January file.
    ASSERT_EQ(warnings.size(), 7u);
    for (std::size_t i = 0; i < 5; ++i) EXPECT_NE(warnings[i].find("two columns early"), std::string::npos);
    EXPECT_NE(warnings[5].find("left out 466 codes terminated before 2018-01-01 (460 procedures, 6 modifiers; 40 "
                               "with action code D)"),
              std::string::npos);
    EXPECT_EQ(warnings[6],
              "2 codes have an add date after 2018-01-01 and are kept as listed: QQ (2018-07-01), VM "
              "(2018-04-01)");
    EXPECT_EQ(r.sink.files[1].sha256, "30f32f3c333e5265f715af93b610c3d7a8edff0634c005f847e3d9bbf7b8920d");
}

TEST(HcpcsRealData, ActionCodeTalliesOfThe2018File) {
    REQUIRE_HCPCS_DATA();
    const RealRelease r = read_real("2018-Alpha-Numeric-HCPCS-File.zip");
    std::map<std::string, std::pair<std::size_t, std::size_t>> tally;
    for (const ActionCount& c : tally_action_codes(whole_file(r))) tally[c.action_code] = {c.procedures, c.modifiers};
    // The figures (A 141 + 11, D 38 + 2, C 48, S 19, P 64, F 2) hold; C also has 2 modifiers.
    const std::map<std::string, std::pair<std::size_t, std::size_t>> expected = {
        {"A", {141, 11}},   {"C", {48, 2}}, {"D", {38, 2}}, {"F", {2, 0}},
        {"N", {5893, 339}}, {"P", {64, 0}}, {"S", {19, 0}},
    };
    EXPECT_EQ(tally, expected);
    // Every D code ended before 2018: none is in the release.
    for (const ActionCount& c : tally_action_codes(r.sink.codes)) EXPECT_NE(c.action_code, "D");
}

struct ExpectedDisagreement {
    const char* code;
    const char* action;
    const char* computed;
};

// The disagreements between CMS's 2018 action codes and the diff of the two annual files, in four groups.
const ExpectedDisagreement cy2018_disagreements[] = {
    // (1) Changed by CMS's 2017 corrections (hcpc2017_corrections_alpha.txt, published after the 2017 file):
    //     CMS counts them as 2017 changes, so the 2018 file says N. Added: C1842, G0659. Terminated as of
    //     2016-12-31: G0477-G0479. Long description revised (and lab certification added): G0480-G0483.
    //     Cross-reference removed: E0627, E0629 (E0628 too, but it ended in 2016 and is in neither release).
    {"C1842", "N", "added"},
    {"E0627", "N", "fields: cross_reference_1"},
    {"E0629", "N", "fields: cross_reference_1"},
    {"G0477", "N", "deleted"},
    {"G0478", "N", "deleted"},
    {"G0479", "N", "deleted"},
    {"G0480", "N", "long description; fields: lab_certification_1"},
    {"G0481", "N", "long description; fields: lab_certification_1"},
    {"G0482", "N", "long description; fields: lab_certification_1"},
    {"G0483", "N", "long description; fields: lab_certification_1"},
    {"G0659", "N", "added"},
    // (2) Added by a 2017 quarterly update and discontinued by the end of 2017 (C9487 on 2017-06-30): in
    //     neither annual file as a valid code, so there is nothing to delete.
    {"C9484", "D", "absent"},
    {"C9485", "D", "absent"},
    {"C9486", "D", "absent"},
    {"C9487", "D", "absent"},
    {"C9489", "D", "absent"},
    {"C9490", "D", "absent"},
    {"C9491", "D", "absent"},
    {"C9494", "D", "absent"},
    {"Q9984", "D", "absent"},
    {"Q9985", "D", "absent"},
    {"Q9986", "D", "absent"},
    {"Q9987", "D", "absent"},
    {"Q9988", "D", "absent"},
    {"Q9989", "D", "absent"},
    // (3) Changed without an action code (N): spelling fixes ("arthrograpy", "injeciton", "taliglucerace",
    //     "Installation" -> "Instillation"), one white-space change, lab certification codes added, a type of
    //     service removed (R from E0210, E0776) or changed (G0500: 7 -> 1).
    {"E0210", "N", "fields: type_of_service_4"},
    {"E0776", "N", "fields: type_of_service_4"},
    {"G0259", "N", "long description"},
    {"G0475", "N", "fields: lab_certification_1, lab_certification_2"},
    {"G0476", "N", "fields: lab_certification_1"},
    {"G0499", "N", "fields: lab_certification_1"},
    {"G0500", "N", "fields: type_of_service_1"},
    {"G9226", "N", "long description (white space only)"},
    {"J3010", "N", "short description"},
    {"J3060", "N", "long description; short description"},
    {"J7342", "N", "long description"},
    // (4) One action code for two changes: J7328 became "gelsyn-3" (long and short description) and got its
    //     ASC group, and CMS wrote P.
    {"J7328", "P", "long description; short description; fields: asc_effective_date, asc_payment_group"},
};

TEST(HcpcsRealData, DiffCy2017ToCy2018AndItsActionCodeDisagreements) {
    REQUIRE_HCPCS_DATA();
    const RealRelease before = read_real("2017-Alpha-Numeric-HCPCS-File.zip");
    const RealRelease after = read_real("2018-Alpha-Numeric-HCPCS-File.zip");
    const ChangeSet changes = diff_snapshots({"hcpcs", "2017-01", "2018-01"}, before.sink.codes, after.sink.codes);
    std::cout << "[  FINDING ] hcpcs 2017-01 -> 2018-01: added " << changes.summary.added << ", deleted "
              << changes.summary.deleted << ", revised " << changes.summary.revised << " (long "
              << changes.summary.revised_long << ", short " << changes.summary.revised_short << "), white space "
              << changes.summary.whitespace_only << ", attributes " << changes.summary.attributes << "\n";
    // Added: the 152 codes with action A (QQ and VM take effect in April and July 2018) + C1842, G0659.
    EXPECT_EQ(changes.summary.added, 154u);
    // Deleted: 26 of the 40 codes with action D (the other 14 were never in the 2017 file) + G0477-G0479.
    EXPECT_EQ(changes.summary.deleted, 29u);
    // Revised: 50 C + 19 S + the 9 of groups (1), (3) and (4) below.
    EXPECT_EQ(changes.summary.revised, 78u);
    EXPECT_EQ(changes.summary.revised_long, 58u);
    EXPECT_EQ(changes.summary.revised_short, 70u);
    EXPECT_EQ(changes.summary.whitespace_only, 1u);
    EXPECT_EQ(changes.summary.attributes, 469u);
    EXPECT_EQ(changes.summary.headers, DiffSummary::HeaderCounts{});

    const std::vector<ActionDisagreement> disagreements = check_action_codes(changes, after.sink.codes, after.left_out);
    for (const ActionDisagreement& d : disagreements)
        std::cout << "[  FINDING ] " << d.code << "  action " << (d.action_code.empty() ? "-" : d.action_code)
                  << "  computed: " << d.computed << "  (" << d.reason << ")\n";
    std::cout << "[  FINDING ] " << disagreements.size() << " action-code disagreements\n";

    std::vector<std::string> got;
    for (const ActionDisagreement& d : disagreements) got.push_back(d.code + " " + d.action_code + " " + d.computed);
    std::vector<std::string> expected;
    for (const ExpectedDisagreement& e : cy2018_disagreements)
        expected.push_back(std::string(e.code) + " " + e.action + " " + e.computed);
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(got, expected);
    EXPECT_EQ(disagreements.size(), 37u);
}

TEST(HcpcsRealData, WithoutTheLeftOutRecordsEveryDeletionIsUnconfirmed) {
    REQUIRE_HCPCS_DATA();
    const RealRelease before = read_real("2017-Alpha-Numeric-HCPCS-File.zip");
    const RealRelease after = read_real("2018-Alpha-Numeric-HCPCS-File.zip");
    const ChangeSet changes = diff_snapshots({"hcpcs", "2017-01", "2018-01"}, before.sink.codes, after.sink.codes);
    std::size_t unconfirmed = 0;
    for (const ActionDisagreement& d : check_action_codes(changes, after.sink.codes))
        unconfirmed += d.reason.find("not confirmed") != std::string::npos;
    EXPECT_EQ(unconfirmed, changes.summary.deleted);
}

}  // namespace
}  // namespace codeset::importers
