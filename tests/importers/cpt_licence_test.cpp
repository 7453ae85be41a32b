// The CPT licence guard end to end: invented packages imported into a scratch store, exported as
// snapshots and change reports. Without the licence flag no descriptor text may leave the store.
// Also guards the repository itself: the CPT fixtures, docs and sources hold no real CPT text.
#include "cpt/cpt_importer.hpp"

#include "codeset/core/code_system.hpp"
#include "codeset/diff/diff.hpp"
#include "codeset/export/report.hpp"
#include "codeset/export/snapshot.hpp"
#include "codeset/store/store.hpp"

#include "importer_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

namespace codeset::importers {
namespace {

namespace fs = std::filesystem;
using test::fixture;

fs::path cpt_path(const std::string& name) { return fixture("cpt/" + name); }

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

// Every piece of licensed text a package holds: descriptors of every kind, concept ids.
std::set<std::string> licensed_texts(const std::vector<CodeRecord>& records) {
    std::set<std::string> texts;
    for (const CodeRecord& record : records) {
        if (!record.long_title.empty()) texts.insert(record.long_title);
        if (!record.short_title.empty()) texts.insert(record.short_title);
        for (const Attribute& attribute : record.attributes)
            if (attribute.name != "category") texts.insert(attribute.value);
    }
    return texts;
}

class CptLicenceGuard : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir = test::scratch_dir(std::string("cpt-") + info->name());
        m_store.emplace(m_dir / "store.db");
    }
    void TearDown() override {
        m_store.reset();
        fs::remove_all(m_dir);
    }

    Store& store() { return *m_store; }

    // What `codeset import` does: describe, then read inside the store's transaction.
    ImportResult import(const fs::path& path) {
        auto source = Source::open(path);
        const Importer& importer = choose_importer(*source, "cpt");
        return store().import_release(importer.describe(*source),
                                      [&](RecordSink& sink) { importer.read(*source, sink, {}); });
    }

    std::string snapshot(const ReleaseRecord& release, SnapshotFormat format, bool licensed) {
        std::ostringstream out;
        write_snapshot(out, store(), release, format, licensed);
        return out.str();
    }

    std::string report(const ChangeSet& changes, ReportFormat format, bool licensed) {
        std::ostringstream out;
        write_change_report(out, changes, require_code_system("cpt"), format, licensed);
        return out.str();
    }

private:
    fs::path m_dir;
    std::optional<Store> m_store;
};

TEST_F(CptLicenceGuard, ExportsCarryCodesButNoDescriptorsUnlessTheLicenceCoversThem) {
    const ImportResult first = import(cpt_path("cpt-2026-invented.zip"));
    const ImportResult second = import(cpt_path("cpt-2027-invented"));
    EXPECT_EQ(first.release.info.version, "2026");
    EXPECT_EQ(second.release.info.version, "2027");
    EXPECT_EQ(first.release.code_count, 8u);
    EXPECT_EQ(first.release.billable_count, 8u);
    EXPECT_EQ(second.release.code_count, 8u);

    std::vector<CodeRecord> all;
    for (const char* package : {"cpt-2026-invented", "cpt-2027-invented"}) {
        const auto codes = test::import_path(cpt_importer(), cpt_path(package)).codes;
        all.insert(all.end(), codes.begin(), codes.end());
    }
    const std::set<std::string> texts = licensed_texts(all);
    ASSERT_GT(texts.size(), 30u);

    const ChangeSet changes = diff_releases(store(), first.release, second.release);
    EXPECT_EQ(changes.summary.added, 1u);    // 99995
    EXPECT_EQ(changes.summary.deleted, 1u);  // 99992
    EXPECT_EQ(changes.summary.revised, 2u);  // 99991 (long), 9990F (short)

    struct Output {
        std::string name;
        std::string text;
        std::vector<std::string> codes;  // codes it must name
    };
    auto outputs = [&](bool licensed) {
        std::vector<Output> out;
        std::vector<std::string> codes_2026;
        for (const CodeRecord& record : all)
            if (record.code != "99995") codes_2026.push_back(record.code);
        out.push_back({"snapshot csv", snapshot(first.release, SnapshotFormat::csv, licensed), codes_2026});
        out.push_back({"snapshot jsonl", snapshot(first.release, SnapshotFormat::jsonl, licensed), codes_2026});
        const std::vector<std::string> changed = {"99991", "99992", "99995", "9990F"};
        out.push_back({"report text", report(changes, ReportFormat::text, licensed), changed});
        out.push_back({"report json", report(changes, ReportFormat::json, licensed), changed});
        out.push_back({"report csv", report(changes, ReportFormat::csv, licensed), changed});
        out.push_back({"report markdown", report(changes, ReportFormat::markdown, licensed), changed});
        return out;
    };

    for (const Output& output : outputs(false)) {
        SCOPED_TRACE(output.name + ":\n" + output.text);
        for (const std::string& code : output.codes) EXPECT_NE(output.text.find(code), std::string::npos) << code;
        for (const std::string& text : texts) EXPECT_EQ(output.text.find(text), std::string::npos) << text;
        // Every invented descriptor says so: not even a fragment may leak.
        EXPECT_EQ(lower(output.text).find("invented"), std::string::npos);
        EXPECT_EQ(output.text.find("1990001"), std::string::npos);  // concept ids are left out too
    }

    // With the user's statement that their licence covers descriptors, they are there.
    for (const Output& output : outputs(true)) {
        SCOPED_TRACE(output.name + ":\n" + output.text);
        EXPECT_NE(output.text.find("Invented"), std::string::npos);
    }
    const std::string licensed_csv = snapshot(first.release, SnapshotFormat::csv, true);
    EXPECT_NE(licensed_csv.find("Invented evaluation service, level one, with a brief invented history"),
              std::string::npos);
    EXPECT_NE(licensed_csv.find("INVENTED EVAL LVL 1"), std::string::npos);
    EXPECT_NE(licensed_csv.find("Invented short visit with a pretend care team"), std::string::npos);
    const std::string licensed_report = report(changes, ReportFormat::json, true);
    EXPECT_NE(licensed_report.find("Invented remote check-in with an imaginary device"), std::string::npos)
        << licensed_report;
}

TEST_F(CptLicenceGuard, ABadPackageLeavesTheStoreUntouched) {
    const ImportResult first = import(cpt_path("cpt-2026-invented"));
    const auto members_before = store().members(first.release);
    const auto size_before = store().releases().size();

    ReleaseInfo info;
    info.system = "cpt";
    info.version = "2028";
    info.effective = {2028, 1, 1};
    info.importer = "cpt-ama";
    const std::vector<std::string> bad = {
        "bad/columns_missing",    "bad/code_not_a_code",      "bad/code_too_short",      "bad/header_in_data",
        "bad/duplicate_long",     "bad/duplicate_short",      "bad/duplicate_clinician", "bad/empty_long",
        "bad/empty_medium",       "bad/header_only_consumer", "bad/missing_long",        "bad/concept_conflict",
        "bad/concept_not_digits", "bad/blank_no_descriptor",  "bad/empty_descriptor",    "bad/two_long_files"};
    for (const std::string& name : bad) {
        SCOPED_TRACE(name);
        auto source = Source::open(cpt_path(name));
        EXPECT_THROW(store().import_release(info, [&](RecordSink& sink) { cpt_importer().read(*source, sink, {}); }),
                     ParseError);
        EXPECT_EQ(store().releases().size(), size_before);
        EXPECT_FALSE(store().find_release("cpt", "2028"));
    }
    // The same content again is a no-op; the first release is intact.
    EXPECT_EQ(import(cpt_path("cpt-2026-invented.zip")).outcome, ImportOutcome::unchanged);
    EXPECT_EQ(store().members(*store().find_release("cpt", "2026")), members_before);
}

// ------------------------------------------------------------------ the repository holds no CPT text

// A few well-known phrases of real CPT descriptors. None may appear in codeset's CPT fixtures, docs
// or sources: everything there must be invented.
const char* const real_cpt_phrases[] = {
    "office or other outpatient visit",
    "new patient",
    "established patient",
    "medically appropriate history",
    "emergency department visit",
    "initial hospital care",
    "subsequent hospital care",
    "critical care, evaluation and management",
    "moderate sedation services",
    "collection of venous blood by venipuncture",
    "electrocardiogram, routine ecg",
    "comprehensive metabolic panel",
    "psychotherapy, 30 minutes",
    "arthroplasty, knee",
};

// Every text the guard scans: plain files as they are, zip members through Source.
std::vector<std::pair<std::string, std::string>> texts_under(const fs::path& root) {
    std::vector<std::pair<std::string, std::string>> texts;
    auto add = [&](const fs::path& path) {
        auto source = Source::open(path);
        if (source->members().size() == 1 && source->locate(source->members().front()).member.empty()) {
            texts.emplace_back(path.string(), test::read_text(path));  // a plain file
            return;
        }
        for (const MemberInfo& member : source->members())
            texts.emplace_back(path.string() + ":" + member.name, source->read_member(member, "scan"));
    };
    if (fs::is_regular_file(root)) {
        add(root);
        return texts;
    }
    for (const auto& entry : fs::recursive_directory_iterator(root))
        if (entry.is_regular_file()) add(entry.path());
    return texts;
}

TEST(CptRepositoryGuard, NoRealCptDescriptorPhrasesInFixturesDocsOrSources) {
    const fs::path repository = fs::path(CODESET_TEST_DATA).parent_path().parent_path();
    std::vector<std::pair<std::string, std::string>> texts = texts_under(cpt_path(""));
    std::size_t zips = 0;
    for (const auto& [name, text] : texts) zips += name.find(".zip:") != std::string::npos;
    EXPECT_GE(zips, 5u);  // the zip's members were read, not its compressed bytes
    for (const fs::path& more : {repository / "docs" / "cpt.md", repository / "importers" / "cpt"}) {
        ASSERT_TRUE(fs::exists(more)) << more;
        const auto found = texts_under(more);
        texts.insert(texts.end(), found.begin(), found.end());
    }
    ASSERT_GT(texts.size(), 40u);
    for (const auto& [name, text] : texts) {
        const std::string folded = lower(text);
        for (const char* phrase : real_cpt_phrases)
            EXPECT_EQ(folded.find(phrase), std::string::npos) << name << " contains \"" << phrase << "\"";
    }
}

TEST(CptRepositoryGuard, EveryFixtureDescriptorSaysItIsInvented) {
    for (const char* package : {"cpt-2026-invented", "cpt-2026-invented.zip", "cpt-2027-invented",
                                "cpt-2026-07-early-release", "no-year-package", "orphan-codes", "windows-1252"}) {
        const auto codes = test::import_path(cpt_importer(), cpt_path(package)).codes;
        ASSERT_FALSE(codes.empty()) << package;
        for (const std::string& text : licensed_texts(codes)) {
            const bool is_concept_id =
                std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!is_concept_id) {
                EXPECT_NE(lower(text).find("invented"), std::string::npos) << package << ": " << text;
            }
        }
    }
    const auto custom = cpt_importer_with(parse_cpt_mapping(cpt_path("mappings/custom_layout.ini")));
    for (const std::string& text : licensed_texts(test::import_path(*custom, cpt_path("custom-layout-2025")).codes)) {
        const bool is_concept_id = std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!is_concept_id) {
            EXPECT_NE(lower(text).find("invented"), std::string::npos) << text;
        }
    }
}

}  // namespace
}  // namespace codeset::importers
