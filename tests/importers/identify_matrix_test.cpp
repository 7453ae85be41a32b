// Every fixture through every registered importer: exactly the right one claims it.
#include "codeset/core/importer.hpp"

#include "importer_test_support.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

namespace codeset {
namespace {

namespace fs = std::filesystem;

std::string answer(Identification id) {
    switch (id) {
        case Identification::yes:
            return "yes";
        case Identification::maybe:
            return "maybe";
        case Identification::no:
            return "no";
    }
    return "?";
}

// The fixtures of a format folder: its files and its release folders (not the files inside them).
std::vector<fs::path> fixtures_of(const std::string& folder) {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(test::fixture(folder))) paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    return paths;
}

void check_folder(const std::string& folder, std::string_view system) {
    for (const fs::path& path : fixtures_of(folder)) {
        SCOPED_TRACE(path.string());
        std::unique_ptr<Source> source;
        try {
            source = Source::open(path);
        } catch (const Error& error) {
            // Broken zips never reach the importers.
            EXPECT_EQ(error.code(), ErrorCode::io);
            continue;
        }
        std::map<std::string, std::string> answers;
        for (const Importer* importer : builtin_importers()) {
            const Identification id = importer->identify(*source);
            answers[std::string(importer->system())] = answer(id);
            if (importer->system() != system) {
                EXPECT_EQ(id, Identification::no) << importer->name() << " claims a " << system << " fixture";
            }
        }
        // When some importer claims it, it is the right one.
        try {
            const Importer& chosen = choose_importer(*source);
            EXPECT_EQ(chosen.system(), system);
        } catch (const Error& error) {
            EXPECT_EQ(error.code(), ErrorCode::unsupported);
            EXPECT_EQ(answers[std::string(system)], "no");
        }
    }
}

TEST(IdentifyMatrix, Icd10CmFixturesAreClaimedOnlyByTheCmImporter) { check_folder("icd10cm", "icd10cm"); }
TEST(IdentifyMatrix, Icd10PcsFixturesAreClaimedOnlyByThePcsImporter) { check_folder("icd10pcs", "icd10pcs"); }
TEST(IdentifyMatrix, SamplesAreClaimedByTheCmImporter) {
    check_folder("samples", "icd10cm");
    for (const char* sample : {"samples/icd10cm-sample-2025.zip", "samples/icd10cm-sample-2026.zip"})
        EXPECT_EQ(choose_importer(*Source::open(test::fixture(sample))).name(), "icd10cm-order");
}

TEST(IdentifyMatrix, RestrictingToASystemStillFindsTheImporter) {
    auto source = Source::open(test::fixture("icd10pcs/order_crlf.txt"));
    EXPECT_EQ(choose_importer(*source, "icd10pcs").name(), "icd10pcs-order");
    EXPECT_THROW(choose_importer(*source, "icd10cm"), Error);
}

}  // namespace
}  // namespace codeset
