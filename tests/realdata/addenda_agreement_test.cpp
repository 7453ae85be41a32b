// The diff against CMS's own addenda, for every pair of real releases whose addenda are written
// against the release just before: each Add and Delete line equals the added and deleted sets,
// and every Revise line is in the revised set. Revisions the addenda do not list are printed as
// findings about the addenda.
#include "real_releases.hpp"

#include "codeset/core/code_system.hpp"
#include "codeset/diff/addenda_check.hpp"
#include "codeset/diff/diff.hpp"

#include <gtest/gtest.h>

namespace codeset::test {
namespace {

struct Pair {
    std::string system;
    std::string from;
    std::string to;
    // Revisions the diff finds that CMS's addenda do not list (findings about the addenda).
    std::vector<std::string> omitted_revisions = {};
};

// Keeps CTest's test names readable.
void PrintTo(const Pair& pair, std::ostream* out) { *out << pair.system << ' ' << pair.from << " -> " << pair.to; }

std::string pair_name(const testing::TestParamInfo<Pair>& info) {
    std::string name = info.param.system + "_" + info.param.from + "_to_" + info.param.to;
    for (char& c : name)
        if (c == '-') c = '_';
    return name;
}

class AddendaAgreement : public testing::TestWithParam<Pair> {};

TEST_P(AddendaAgreement, DiffEqualsTheReleasesOwnAddenda) {
    CODESET_REQUIRE_SHARED_DATA();
    const Pair& pair = GetParam();
    const auto dir = scratch_dir("addenda-" + pair_name({pair, 0}));
    Store store(dir / "store.db");
    const ReleaseRecord from = import_real(store, real_release(pair.system, pair.from)).release;
    const ReleaseRecord to = import_real(store, real_release(pair.system, pair.to)).release;
    ASSERT_EQ(from.info.version, pair.from);
    ASSERT_EQ(to.info.version, pair.to);

    const std::vector<AddendumEntry> addenda = store.addenda(to);
    ASSERT_FALSE(addenda.empty()) << pair.to << " carries no addenda";
    const ChangeSet changes = diff_releases(store, from, to);
    const CodeSystem& system = require_code_system(pair.system);
    const AddendaCheck check = check_addenda(system, changes, addenda);

    for (const AddendaComparison& comparison : check.comparisons) {
        if (!comparison.required) continue;
        EXPECT_TRUE(comparison.listed_not_found.empty())
            << to_string(comparison.kind) << ": " << comparison.listed_not_found.size()
            << " codes listed in the addenda are not in the diff, first " << system.display(comparison.listed_not_found[0]);
        if (comparison.exact) {
            EXPECT_TRUE(comparison.found_not_listed.empty())
                << to_string(comparison.kind) << ": " << comparison.found_not_listed.size()
                << " codes in the diff are not in the addenda, first " << system.display(comparison.found_not_listed[0]);
            EXPECT_EQ(comparison.listed, comparison.found) << to_string(comparison.kind);
        } else {
            std::string codes;
            for (const std::string& code : comparison.found_not_listed) codes += " " + system.display(code);
            if (!codes.empty())
                std::cout << "finding: " << pair.system << " " << pair.to << " addenda omit "
                          << comparison.found_not_listed.size() << " " << to_string(comparison.kind) << " codes:" << codes << '\n';
            EXPECT_EQ(comparison.found_not_listed, pair.omitted_revisions) << to_string(comparison.kind);
        }
    }
    EXPECT_TRUE(check.agrees());
    std::cout << pair.system << " " << pair.from << " -> " << pair.to << ": added " << changes.summary.added
              << ", deleted " << changes.summary.deleted << " (" << changes.summary.expanded << " expanded), revised "
              << changes.summary.revised << "; " << check.entries << " addenda lines agree\n";
    std::filesystem::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Icd10cm, AddendaAgreement,
                         testing::Values(Pair{"icd10cm", "FY2016", "FY2017"}, 
                                         Pair{"icd10cm", "FY2017", "FY2018",
                                              // short-title revisions missing from the FY2018 addenda
                                              {"H353113", "H353114", "H353123", "H353124", "H353133", "H353134",
                                               "H353193", "H353194", "P03810", "P03819", "R9341"}},
                                         Pair{"icd10cm", "FY2021-01", "FY2022", {"Z6830", "Z6841"}},
                                         Pair{"icd10cm", "FY2022", "FY2022-04"},
                                         Pair{"icd10cm", "FY2022-04", "FY2023"},
                                         Pair{"icd10cm", "FY2023", "FY2023-04"},
                                         Pair{"icd10cm", "FY2023-04", "FY2024"}, Pair{"icd10cm", "FY2024", "FY2025"},
                                         Pair{"icd10cm", "FY2025", "FY2026"}),
                         pair_name);

INSTANTIATE_TEST_SUITE_P(Icd10pcs, AddendaAgreement,
                         testing::Values(Pair{"icd10pcs", "FY2016", "FY2017"}, Pair{"icd10pcs", "FY2017", "FY2018"},
                                         Pair{"icd10pcs", "FY2022", "FY2022-01"},
                                         Pair{"icd10pcs", "FY2024-04", "FY2025"}),
                         pair_name);

}  // namespace
}  // namespace codeset::test
