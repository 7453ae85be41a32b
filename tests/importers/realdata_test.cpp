// The importers against the real CMS releases in ../shared/data (never copied into the repository).
// Every test skips visibly when that folder is absent.
#include "codeset/core/code_system.hpp"
#include "codeset/core/error.hpp"
#include "common/line_reader.hpp"
#include "common/order_importer.hpp"
#include "icd10cm/icd10cm_order_importer.hpp"
#include "icd10pcs/icd10pcs_order_importer.hpp"

#include "importer_test_support.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <iostream>

namespace codeset::importers {
namespace {

namespace fs = std::filesystem;
using test::shared_data;

struct RealRelease {
    const char* file;          // under shared_data()
    const char* order_member;  // the member the importer must pick
    const char* detected;      // the version its names and order-file date reveal; "": refused, a mid-year file
                               // whose kind (January or April) must be given with --version
    const char* release;       // the release it really is (MANIFEST.md): differs when --version is needed
    std::uint64_t rows;
    std::uint64_t billable;      // FORMATS.md
    const char* addenda_member;  // the addenda file kept with the release
};

const RealRelease cm_releases[] = {
    {"icd10cm/cms_2016_dx.zip", "icd10cm_order_2016.txt", "FY2016", "FY2016", 91737, 69823, "icd10cm_addenda_2016.txt"},
    {"icd10cm/cms_2017_dx.zip", "icd10cm_order_2017.txt", "FY2017", "FY2017", 93830, 71486,
     "icd10cm_order_addenda_2017.txt"},
    {"icd10cm/cms_2018_dx.zip", "icd10cm_order_2018.txt", "FY2018", "FY2018", 94127, 71704,
     "icd10cm_order_addenda_2018.txt"},
    {"icd10cm/icd10cm-codes-order-Jan-2021.zip", "icd10cm-order-Jan-2021.txt", "FY2021-01", "FY2021-01", 95358, 72621,
     "icd10cm-order-addenda-Jan-2021.txt"},
    {"icd10cm/Code Descriptions zip.zip", "Code Descriptions/icd10cm-order-2022.txt", "FY2022", "FY2022", 95524, 72748,
     "Code Descriptions/icd10cm-order-addenda-2022.txt"},
    {"icd10cm/cms_2022_dx.zip", "Code Descriptions/icd10cm_order_2022.txt", "", "FY2022-04", 95528, 72750,
     "Code Descriptions/icd10cm_order_addenda_2022.txt"},
    {"icd10cm/icd10-Order-CodeFiles2023.zip", "icd10cm-order-2023.txt", "FY2023", "FY2023", 96745, 73639,
     "icd10cm-order-addenda-2023.txt"},
    {"icd10cm/cms_2023_dx.zip", "icd10cm_order_2023.txt", "FY2023-04", "FY2023-04", 96795, 73674,
     "icd10cm_order_addenda_2023.txt"},
    {"icd10cm/icd10cm-CodesDescriptions-2024.zip", "icd10cm-order-2024.txt", "FY2024", "FY2024", 97296, 74044,
     "icd10cm-order-addenda-2024.txt"},
    {"icd10cm/ICD10-CM Code Descriptions 2025.zip", "icd10cm-order-2025.txt", "FY2025", "FY2025", 97584, 74260,
     "icd10cm-order-addenda-2025.txt"},
    {"icd10cm/icd10cm-Code Descriptions-2026.zip", "icd10cm-order-2026.txt", "FY2026", "FY2026", 98186, 74719,
     "icd10cm-order-addenda-2026.txt"},
};

const RealRelease pcs_releases[] = {
    {"icd10pcs/cms_2016_pr.zip", "icd10pcs_order_2016.txt", "FY2016", "FY2016", 72822, 71974, "order_addenda_2016.txt"},
    {"icd10pcs/cms_2017_pr.zip", "icd10pcs_order_2017.txt", "FY2017", "FY2017", 76646, 75789, "order_addenda_2017.txt"},
    {"icd10pcs/cms_2018_pr.zip", "icd10pcs_order_2018.txt", "FY2018", "FY2018", 79578, 78705, "order_addenda_2018.txt"},
    {"icd10pcs/cms_2021_pr.zip",
     "Zip File 5 2021 ICD-10-PCS Order File (Long and Abbreviated Titles)/icd10pcs_order_2021.txt", "",
     "FY2021-01", 79026, 78136,
     "Zip File 5 2021 ICD-10-PCS Order File (Long and Abbreviated Titles)/order_addenda_2021.txt"},
    {"icd10pcs/cms_2022_pr.zip", "icd10pcs_order_2022.txt", "FY2022", "FY2022", 79122, 78227, "order_addenda_2022.txt"},
    {"icd10pcs/cms_2022_errata.zip", "icd10pcs_order_2022.txt", "FY2022-04", "FY2022-01", 79124, 78229,
     "order_addenda_2022.txt"},
    {"icd10pcs/cms_2023_pr.zip", "icd10pcs_order_2023.txt", "", "FY2023-04", 79431, 78530,
     "order_addenda_2023.txt"},
    {"icd10pcs/cms_2024_pr.zip", "icd10pcs_order_2024.txt", "", "FY2024-04", 79543, 78638,
     "order_addenda_2024.txt"},
    {"icd10pcs/cms_2025_pr.zip", "icd10pcs_order_2025.txt", "FY2025", "FY2025", 79856, 78948, "order_addenda_2025.txt"},
    {"icd10pcs/cms_2026_pr.zip", "icd10pcs_order_2026.txt", "FY2026", "FY2026", 80029, 79115, "order_addenda_2026.txt"},
};

// Counts without keeping: the real files are large.
class CountingSink : public RecordSink {
public:
    void add_code(const CodeRecord& record) override {
        ++rows;
        billable += record.billable;
        if (rows == 1) first = record;
        if (record.order == 48) forty_eighth = record;
    }
    void add_addendum(const AddendumEntry& entry) override {
        ++addenda;
        if (addenda_member.empty()) addenda_member = entry.member;
    }
    void add_warning(const ImportWarning& warning) override {
        warnings.push_back(warning.where + ": " + warning.message);
    }
    void add_source_file(const SourceFile& file) override { files.push_back(file); }

    std::uint64_t rows = 0;
    std::uint64_t billable = 0;
    std::uint64_t addenda = 0;
    std::string addenda_member;
    CodeRecord first;
    CodeRecord forty_eighth;
    std::vector<std::string> warnings;
    std::vector<SourceFile> files;
};

// Change lines of an addenda member, counted independently of the parser.
std::uint64_t change_lines(const fs::path& zip, const std::string& member_name) {
    auto source = Source::open(zip);
    for (const MemberInfo& member : source->members()) {
        if (member.name != member_name) continue;
        const std::string text = source->read_member(member, "addenda");
        std::uint64_t count = 0;
        std::size_t start = 0;
        while (start < text.size()) {
            const std::string_view line(text.data() + start, std::min(text.find('\n', start), text.size()) - start);
            if (line.starts_with("Add") || line.starts_with("Delete") || line.starts_with("Revise")) ++count;
            start += line.size() + 1;
        }
        return count;
    }
    ADD_FAILURE() << "no member " << member_name << " in " << zip;
    return 0;
}

void check_release(const Importer& importer, const Importer& other, const RealRelease& release) {
    SCOPED_TRACE(release.file);
    const fs::path path = shared_data() / release.file;
    ASSERT_TRUE(fs::exists(path)) << path;
    auto source = Source::open(path);
    EXPECT_EQ(importer.identify(*source), Identification::yes);
    EXPECT_EQ(other.identify(*source), Identification::no);
    EXPECT_EQ(&choose_importer(*source), &importer);

    const auto& order_importer = static_cast<const OrderFileImporter&>(importer);
    EXPECT_EQ(order_importer.order_member(*source).name, release.order_member);
    if (std::string(release.detected).empty()) {
        EXPECT_THROW(importer.describe(*source), Error) << release.file;
    } else {
        const ReleaseInfo info = importer.describe(*source);
        EXPECT_EQ(info.version, release.detected);
        EXPECT_EQ(info.effective, require_code_system(info.system).parse_label(release.detected)->effective());
        EXPECT_EQ(info.system, importer.system());
    }

    CountingSink sink;
    importer.read(*source, sink, {});
    EXPECT_EQ(sink.rows, release.rows);
    EXPECT_EQ(sink.billable, release.billable);
    EXPECT_EQ(sink.first.order, 1u);
    EXPECT_TRUE(sink.warnings.empty()) << sink.warnings.front();
    // Every change line of the release's own addenda parses.
    EXPECT_EQ(sink.addenda, change_lines(path, release.addenda_member));
    if (sink.addenda > 0) {
        EXPECT_EQ(sink.addenda_member, release.addenda_member);
    }

    ASSERT_EQ(sink.files.size(), 3u);
    EXPECT_EQ(sink.files[0].role, "archive");
    EXPECT_EQ(sink.files[1].role, "order");
    EXPECT_EQ(sink.files[1].member, release.order_member);
    EXPECT_EQ(sink.files[2].role, "addenda");
    EXPECT_EQ(sink.files[2].member, release.addenda_member);
}

TEST(RealData, EveryIcd10CmOrderRelease) {
    CODESET_REQUIRE_SHARED_DATA();
    for (const RealRelease& release : cm_releases)
        check_release(icd10cm_order_importer(), icd10pcs_order_importer(), release);
}

TEST(RealData, EveryIcd10PcsOrderRelease) {
    CODESET_REQUIRE_SHARED_DATA();
    for (const RealRelease& release : pcs_releases)
        check_release(icd10pcs_order_importer(), icd10cm_order_importer(), release);
}

TEST(RealData, TheFormatsSampleLines) {
    CODESET_REQUIRE_SHARED_DATA();
    CountingSink cm;
    icd10cm_order_importer().read(*Source::open(shared_data() / "icd10cm/ICD10-CM Code Descriptions 2025.zip"), cm, {});
    EXPECT_EQ(cm.forty_eighth.code, "A0472");
    EXPECT_TRUE(cm.forty_eighth.billable);
    EXPECT_EQ(cm.forty_eighth.short_title, "Enterocolitis d/t Clostridium difficile, not spcf as recur");
    EXPECT_EQ(cm.forty_eighth.long_title, "Enterocolitis due to Clostridium difficile, not specified as recurrent");

    CountingSink pcs;
    icd10pcs_order_importer().read(*Source::open(shared_data() / "icd10pcs/cms_2025_pr.zip"), pcs, {});
    EXPECT_EQ(pcs.first.code, "001");
    EXPECT_FALSE(pcs.first.billable);
    EXPECT_EQ(pcs.first.short_title, "Central Nervous System and Cranial Nerves, Bypass");
}

// Files that are not order-file releases (XML, spreadsheets, compressed tables) are claimed by no
// order importer; the XML zips are claimed only by their companion importer.
TEST(RealData, OtherFilesAreNotClaimed) {
    CODESET_REQUIRE_SHARED_DATA();
    for (const char* folder : {"icd10cm", "icd10pcs"}) {
        for (const auto& entry : fs::directory_iterator(shared_data() / folder)) {
            const std::string name = entry.path().filename().string();
            const bool order_release = name.find("XML") == std::string::npos && entry.path().extension() == ".zip";
            if (order_release) continue;
            SCOPED_TRACE(name);
            auto source = Source::open(entry.path());
            for (const Importer* importer : builtin_importers()) {
                // The tabular and the four index files are companions read from the same zip.
                const bool tabular_zip = name.find("XML") != std::string::npos && importer->is_companion() &&
                                         importer->name() != "icd10cm-conversion-table" &&
                                         importer->system() == std::string_view(folder);
                // CDC's conversion tables (.xlsx) are claimed by their importer alone.
                const bool table = entry.path().extension() == ".xlsx" && importer->name() == "icd10cm-conversion-table";
                EXPECT_EQ(importer->identify(*source), tabular_zip || table ? Identification::yes : Identification::no)
                    << importer->name();
            }
        }
    }
}

template <typename F>
double best_ms(int runs, F&& f) {
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        f();
        best =
            std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

// Logs what the FY2026 CM import costs next to streaming its order member (what `unzip -p` does).
TEST(RealData, Fy2026CmImportSpeed) {
    CODESET_REQUIRE_SHARED_DATA();
    const fs::path zip = shared_data() / "icd10cm/icd10cm-Code Descriptions-2026.zip";
    std::string order_text;
    const double stream_ms = best_ms(5, [&] {
        auto source = Source::open(zip);
        const MemberInfo member = *source->find_member("icd10cm-order-2026\\.txt");
        auto stream = source->open_member(member, "order");
        order_text.clear();
        char buffer[1 << 16];
        while (const std::size_t got = stream->read(buffer, sizeof buffer)) order_text.append(buffer, got);
    });
    std::uint64_t rows = 0;
    const double import_ms = best_ms(5, [&] {
        auto source = Source::open(zip);
        CountingSink sink;
        icd10cm_order_importer().read(*source, sink, {});
        rows = sink.rows;
    });
    const auto& format = static_cast<const OrderFileImporter&>(icd10cm_order_importer()).format();
    const double parse_ms = best_ms(5, [&] {
        MemoryStream stream(order_text, 1 << 16);
        CountingSink sink;
        parse_order_file(stream, format, Location{"memory", "", 0, 0}, order_text.size(), sink);
    });
    std::cout << "[ timing   ] FY2026 CM order file, " << order_text.size() << " bytes, " << rows << " rows:\n"
              << "[ timing   ]   stream the member out of the zip (inflate + SHA-256): " << stream_ms << " ms\n"
              << "[ timing   ]   full importer read (zip, order, addenda, source files): " << import_ms << " ms\n"
              << "[ timing   ]   parse alone, from memory: " << parse_ms << " ms\n";
    RecordProperty("stream_ms", std::to_string(stream_ms));
    RecordProperty("import_ms", std::to_string(import_ms));
    RecordProperty("parse_ms", std::to_string(parse_ms));
    EXPECT_EQ(rows, 98186u);
}

}  // namespace
}  // namespace codeset::importers
