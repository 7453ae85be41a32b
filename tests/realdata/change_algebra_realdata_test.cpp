// The change-set algebra on the real CMS releases in ../shared/data: for every system, one store holding
// its releases (built once, in the system's one test), and for the releases in store order
//   diff(a, a) is empty, diff(b, a) == invert(diff(a, b)) for every pair, compose(diff(a, b), diff(b, c))
//   == diff(a, c) for consecutive ones, in every change, its records, its expansions and the summary counts;
// and a second store, the same files imported newest first, holds the same releases: labels, dates,
// counts, source files with their digests, and every code record.
#include "real_releases.hpp"

#include "codeset/diff/change_algebra.hpp"
#include "codeset/diff/diff.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

namespace codeset::test {
namespace {

// The HCPCS releases tests/realdata/hcpcs_cli_test.cpp imports.
const std::vector<RealRelease>& real_hcpcs_releases() {
    static const std::vector<RealRelease> releases = {
        {"hcpcs/2017-Alpha-Numeric-HCPCS-File.zip", "2017-01"},
        {"hcpcs/2018-Alpha-Numeric-HCPCS-File.zip", "2018-01"},
    };
    return releases;
}

std::string span(const ChangeSet& changes) { return changes.from + " -> " + changes.to; }

void expect_same(const ChangeSet& actual, const ChangeSet& expected, const std::string& what) {
    const std::optional<std::string> difference = first_difference(actual, expected);
    EXPECT_FALSE(difference) << what << ": " << *difference;
    EXPECT_EQ(actual.summary, expected.summary) << what;
}

// One release as a line per fact (label, dates, counts, each source file with its digest, each
// code with its order number and content), to compare two stores' readings of it.
std::vector<std::string> facts_of(const Store& store, const ReleaseRecord& release) {
    const ReleaseInfo& info = release.info;
    std::vector<std::string> facts = {info.system + " " + info.version + " " + info.effective.to_string() + " " +
                                      std::string(to_string(info.kind)) + " " + info.importer + " " +
                                      std::to_string(release.code_count) + " " + std::to_string(release.billable_count) +
                                      " " + std::to_string(release.warning_count)};
    for (const SourceFile& file : release.files)
        facts.push_back("file " + file.member + " " + std::to_string(file.size) + " " + file.sha256 + " " + file.role);
    store.for_each_code(release, [&](const CodeRecord& record) {
        std::string fact = record.code + (record.billable ? " 1 " : " 0 ") + std::to_string(record.order) + " " +
                           record.short_title + "|" + record.long_title;
        for (const Attribute& attribute : record.attributes) fact += "|" + attribute.name + "=" + attribute.value;
        facts.push_back(std::move(fact));
    });
    return facts;
}

// The same files imported newest first give the same releases as `store` holds.
void check_import_order(const Store& store, const std::vector<RealRelease>& files, const std::filesystem::path& dir,
                        const std::string& system) {
    Store reversed(dir / "reversed.db");
    for (auto file = files.rbegin(); file != files.rend(); ++file) import_real(reversed, *file);
    const std::vector<ReleaseRecord> a = store.releases(system);
    const std::vector<ReleaseRecord> b = reversed.releases(system);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        EXPECT_EQ(facts_of(store, a[i]), facts_of(reversed, b[i])) << system << " " << a[i].info.version;
}

void check_algebra(const std::string& system, const std::vector<RealRelease>& files) {
    CODESET_REQUIRE_SHARED_DATA();
    const auto started = std::chrono::steady_clock::now();
    const auto dir = scratch_dir("algebra-" + system);
    Store store(dir / "store.db");
    for (const RealRelease& file : files) ASSERT_EQ(import_real(store, file).release.info.version, file.version);
    const std::vector<ReleaseRecord> releases = store.releases(system);
    ASSERT_EQ(releases.size(), files.size());

    std::vector<ChangeSet> steps;  // diff of each release and the next, in store order
    for (std::size_t i = 0; i < releases.size(); ++i) {
        const ReleaseRecord& a = releases[i];
        EXPECT_TRUE(diff_releases(store, a, a).empty()) << system << " " << a.info.version;
        if (i + 1 == releases.size()) break;
        const ReleaseRecord& b = releases[i + 1];
        ChangeSet ab = diff_releases(store, a, b);
        EXPECT_FALSE(ab.empty()) << span(ab);
        const ChangeSet ba = diff_releases(store, b, a);
        expect_same(invert(ab), ba, "invert " + span(ab));
        expect_same(invert(ba), ab, "invert " + span(ba));
        // There and back again is no change.
        EXPECT_TRUE(compose(ab, ba).empty()) << span(ab) << " then back";
        steps.push_back(std::move(ab));
    }
    // Every pair further apart: the diff backwards is the inverse of the diff forwards.
    std::size_t pairs = steps.size();
    for (std::size_t i = 0; i < releases.size(); ++i)
        for (std::size_t j = i + 2; j < releases.size(); ++j, ++pairs) {
            const ChangeSet forwards = diff_releases(store, releases[i], releases[j]);
            expect_same(invert(forwards), diff_releases(store, releases[j], releases[i]), "invert " + span(forwards));
        }
    for (std::size_t i = 0; i + 1 < steps.size(); ++i) {
        const ChangeSet ac = diff_releases(store, releases[i], releases[i + 2]);
        expect_same(compose(steps[i], steps[i + 1]), ac, "compose " + span(steps[i]) + " and " + span(steps[i + 1]));
    }
    // Composed over every step, the first release to the last.
    if (steps.size() > 1) {
        ChangeSet all = steps.front();
        for (std::size_t i = 1; i < steps.size(); ++i) all = compose(all, steps[i]);
        expect_same(all, diff_releases(store, releases.front(), releases.back()), "compose every step");
    }
    check_import_order(store, files, dir, system);
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << system << ": " << releases.size() << " releases, " << steps.size() << " steps and " << pairs
              << " pairs checked in " << seconds << " s\n";
    std::filesystem::remove_all(dir);
}

TEST(RealChangeAlgebra, Icd10cmReleases) { check_algebra("icd10cm", real_icd10cm_releases()); }
TEST(RealChangeAlgebra, Icd10pcsReleases) { check_algebra("icd10pcs", real_icd10pcs_releases()); }
TEST(RealChangeAlgebra, HcpcsReleases) { check_algebra("hcpcs", real_hcpcs_releases()); }

}  // namespace
}  // namespace codeset::test
