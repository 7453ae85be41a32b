// The CPT importer on invented packages (tests/data/cpt): every code and descriptor there is made up.
#include "cpt/cpt_importer.hpp"

#include "importer_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

namespace codeset::importers {
namespace {

namespace fs = std::filesystem;
using test::describe_records;
using test::fixture;
using test::import_path;
using test::parse_error_of;

const Importer& cpt() { return cpt_importer(); }

fs::path cpt_path(const std::string& name) { return fixture("cpt/" + name); }

std::map<std::string, std::string> attributes_of(const CodeRecord& record) {
    std::map<std::string, std::string> out;
    for (const Attribute& attribute : record.attributes) out[attribute.name] = attribute.value;
    return out;
}

const CodeRecord& find(const std::vector<CodeRecord>& records, std::string_view code) {
    const auto found =
        std::find_if(records.begin(), records.end(), [&](const CodeRecord& r) { return r.code == code; });
    if (found == records.end()) throw std::runtime_error("no code " + std::string(code));
    return *found;
}

// ------------------------------------------------------------------ the default mapping

TEST(CptImporter, IsRegisteredLastAsCptAma) {
    EXPECT_EQ(cpt().name(), "cpt-ama");
    EXPECT_EQ(cpt().system(), "cpt");
    ASSERT_FALSE(builtin_importers().empty());
    EXPECT_EQ(builtin_importers().back(), &cpt());
}

TEST(CptImporter, ReadsTheDefaultPackageLayout) {
    const CollectingSink sink = import_path(cpt(), cpt_path("cpt-2026-invented"));
    EXPECT_TRUE(sink.warnings.empty()) << sink.warnings.front().where << ": " << sink.warnings.front().message;
    ASSERT_EQ(sink.codes.size(), 8u);
    // Long-file order; every code billable.
    const std::vector<std::string> order = {"99990", "99991", "99992", "9990F", "9991T", "9992U", "9993A", "9994M"};
    for (std::size_t i = 0; i < order.size(); ++i) {
        EXPECT_EQ(sink.codes[i].code, order[i]);
        EXPECT_EQ(sink.codes[i].order, i + 1);
        EXPECT_TRUE(sink.codes[i].billable);
    }
    const CodeRecord& first = sink.codes[0];
    EXPECT_EQ(first.long_title, "Invented evaluation service, level one, with a brief invented history");
    EXPECT_EQ(first.short_title, "INVENTED EVAL LVL 1");
    EXPECT_EQ(attributes_of(first),
              (std::map<std::string, std::string>{
                  {"category", "I"},
                  {"clinician_descriptors", R"(["Invented brief visit, history reviewed by an imaginary clinician",)"
                                            R"("Invented brief visit, plan made with an imaginary clinician"])"},
                  {"concept_id", "1990001"},
                  {"consumer_descriptor", "Invented short visit with a pretend care team"},
                  {"medium_descriptor", "Invented eval service level one brief history"},
              }));
    // One clinician descriptor: the text itself; attributes sorted by name.
    const CodeRecord& second = sink.codes[1];
    EXPECT_EQ(attributes_of(second)["clinician_descriptors"], "Invented extended visit with an imaginary clinician");
    EXPECT_TRUE(std::is_sorted(second.attributes.begin(), second.attributes.end(),
                               [](const Attribute& a, const Attribute& b) { return a.name < b.name; }));
    // A concept id from the clinician file alone.
    EXPECT_EQ(attributes_of(find(sink.codes, "9990F"))["concept_id"], "1990004");
    // No consumer or clinician descriptor: no attribute.
    const auto maaa = attributes_of(find(sink.codes, "9994M"));
    EXPECT_EQ(maaa.count("consumer_descriptor"), 0u);
    EXPECT_EQ(maaa.count("clinician_descriptors"), 0u);
    EXPECT_EQ(maaa.count("concept_id"), 0u);
    EXPECT_EQ(maaa.at("medium_descriptor"), "Invented MAAA admin fictional risk score");

    // The files read, with their roles; the README is not one of them.
    std::map<std::string, std::string> roles;
    for (const SourceFile& file : sink.files) roles[fs::path(file.member).filename().string()] = file.role;
    EXPECT_EQ(roles, (std::map<std::string, std::string>{{"LONGULT.txt", "long"},
                                                         {"MEDU.txt", "medium"},
                                                         {"SHORTU.txt", "short"},
                                                         {"ConsumerDescriptor.txt", "consumer"},
                                                         {"ClinicianDescriptor.txt", "clinician"}}));
}

TEST(CptImporter, FolderAndZipGiveTheSameRecords) {
    const CollectingSink folder = import_path(cpt(), cpt_path("cpt-2026-invented"));
    const CollectingSink zip = import_path(cpt(), cpt_path("cpt-2026-invented.zip"));
    EXPECT_EQ(describe_records(zip.codes), describe_records(folder.codes));
    ASSERT_EQ(zip.codes.size(), folder.codes.size());
    for (std::size_t i = 0; i < zip.codes.size(); ++i) EXPECT_EQ(zip.codes[i].attributes, folder.codes[i].attributes);
    ASSERT_FALSE(zip.files.empty());
    EXPECT_EQ(zip.files.front().role, "archive");
}

TEST(CptImporter, ReadsTheLongFileAloneWithWarningsForTheOptionalFiles) {
    const CollectingSink sink = import_path(cpt(), cpt_path("cpt-2026-invented/LONGULT.txt"));
    ASSERT_EQ(sink.codes.size(), 8u);
    EXPECT_EQ(sink.codes[0].short_title, "");
    EXPECT_EQ(attributes_of(sink.codes[0]), (std::map<std::string, std::string>{{"category", "I"}}));
    ASSERT_EQ(sink.warnings.size(), 4u);  // medium, short, consumer, clinician
    EXPECT_NE(sink.warnings[0].message.find("no file named like 'MEDU.txt'"), std::string::npos);
    EXPECT_NE(sink.warnings[0].message.find("medium descriptors not imported"), std::string::npos);
}

TEST(CptImporter, CategoriesFromTheCodeShape) {
    const CollectingSink sink = import_path(cpt(), cpt_path("cpt-2026-invented"));
    std::map<std::string, std::string> categories;
    for (const CodeRecord& record : sink.codes) categories[record.code] = attributes_of(record)["category"];
    EXPECT_EQ(categories, (std::map<std::string, std::string>{{"99990", "I"},
                                                              {"99991", "I"},
                                                              {"99992", "I"},
                                                              {"9990F", "II"},
                                                              {"9991T", "III"},
                                                              {"9992U", "I"},
                                                              {"9993A", "I"},
                                                              {"9994M", "MAAA"}}));
    EXPECT_EQ(cpt_category("12345"), "I");
    EXPECT_EQ(cpt_category("1234F"), "II");
    EXPECT_EQ(cpt_category("1234T"), "III");
    for (const char* bad : {"", "1234", "123456", "1234X", "A1234", "12F45", "1234f", "ABCDE"}) {
        EXPECT_EQ(cpt_category(bad), "") << bad;
        EXPECT_TRUE(check_cpt_code(bad)) << bad;
    }
    for (const char* good : {"00000", "99990", "0001F", "0001T", "0001U", "0001A", "0001M"})
        EXPECT_FALSE(check_cpt_code(good)) << good;
}

TEST(CptImporter, LowerCaseCodeLettersAreUpperCased) {
    // check_cpt_code wants upper case; the reader upper-cases first.
    EXPECT_TRUE(check_cpt_code("9990f"));
    const CollectingSink sink = import_path(cpt(), cpt_path("cpt-2027-invented"));
    EXPECT_EQ(find(sink.codes, "9990F").short_title, "INVENTED QM SCREEN RESULT");
}

TEST(CptImporter, ConvertsWindows1252DescriptorsWithAWarning) {
    const CollectingSink sink = import_path(cpt(), cpt_path("windows-1252"));
    ASSERT_EQ(sink.codes.size(), 1u);
    EXPECT_EQ(sink.codes[0].long_title, "Invented caf\xC3\xA9 consultation, imaginary");
    const auto encoding = std::find_if(sink.warnings.begin(), sink.warnings.end(), [](const ImportWarning& w) {
        return w.message.find("Windows-1252") != std::string::npos;
    });
    ASSERT_NE(encoding, sink.warnings.end());
    EXPECT_NE(encoding->where.find("LONGULT.txt in "), std::string::npos);
    EXPECT_NE(encoding->where.find(", line 1"), std::string::npos);
}

TEST(CptImporter, CodesWithoutALongDescriptorAreWarningsAndIgnored) {
    const CollectingSink sink = import_path(cpt(), cpt_path("orphan-codes"));
    ASSERT_EQ(sink.codes.size(), 2u);
    EXPECT_EQ(sink.codes[0].short_title, "INVENTED EVAL LVL 1");
    EXPECT_EQ(sink.codes[1].short_title, "");  // 99991 has no short descriptor
    std::vector<std::string> messages;
    for (const ImportWarning& warning : sink.warnings) messages.push_back(warning.where + ": " + warning.message);
    const auto has = [&](std::string_view text) {
        return std::any_of(messages.begin(), messages.end(),
                           [&](const std::string& m) { return m.find(text) != std::string::npos; });
    };
    EXPECT_TRUE(has("SHORTU.txt in ")) << ::testing::PrintToString(messages);
    EXPECT_TRUE(has(", line 2: code 99999 has a short descriptor but no long descriptor in LONGULT.txt; row ignored"))
        << ::testing::PrintToString(messages);
    EXPECT_TRUE(has("1 codes of LONGULT.txt have no short descriptor here (first: 99991)"))
        << ::testing::PrintToString(messages);
}

// ------------------------------------------------------------------ identify and describe

TEST(CptImporter, IdentifiesPackagesWeaklyAndNothingElse) {
    for (const char* name : {"cpt-2026-invented", "cpt-2026-invented.zip", "cpt-2026-invented/LONGULT.txt",
                             "cpt-2027-invented", "cpt-2026-07-early-release", "no-year-package"}) {
        auto source = Source::open(cpt_path(name));
        EXPECT_EQ(cpt().identify(*source), Identification::maybe) << name;
        // No other importer claims it, so it is chosen.
        for (const Importer* importer : builtin_importers())
            if (importer != &cpt()) {
                EXPECT_EQ(importer->identify(*source), Identification::no) << importer->name();
            }
        EXPECT_EQ(&choose_importer(*source), &cpt()) << name;
    }
    for (const char* name : {"custom-layout-2025", "custom-layout-2025-padded", "bad/missing_long", "mappings"})
        EXPECT_EQ(cpt().identify(*Source::open(cpt_path(name))), Identification::no) << name;
    // The ICD-10 fixtures are not CPT.
    for (const char* name : {"icd10cm/release_folder", "icd10cm/icd10cm-Code Descriptions-2026.zip",
                             "icd10pcs/order_crlf.txt", "samples/icd10cm-sample-2026.zip"})
        EXPECT_EQ(cpt().identify(*Source::open(fixture(name))), Identification::no) << name;
}

TEST(CptImporter, DescribesTheAnnualReleaseFromTheFolderOrZipName) {
    for (const char* name : {"cpt-2026-invented", "cpt-2026-invented.zip"}) {
        const ReleaseInfo info = cpt().describe(*Source::open(cpt_path(name)));
        EXPECT_EQ(info.system, "cpt");
        EXPECT_EQ(info.version, "2026");
        EXPECT_EQ(info.effective, (Date{2026, 1, 1}));
        EXPECT_EQ(info.kind, ReleaseKind::annual);
        EXPECT_EQ(info.importer, "cpt-ama");
    }
}

TEST(CptImporter, DescribesEarlyReleaseCodesAsAVersionOfTheirOwn) {
    const ReleaseInfo info = cpt().describe(*Source::open(cpt_path("cpt-2026-07-early-release")));
    EXPECT_EQ(info.version, "2026-07-er");
    EXPECT_EQ(info.effective, (Date{2026, 7, 1}));
    EXPECT_EQ(info.kind, ReleaseKind::quarterly);
}

TEST(CptImporter, WithoutAYearDescribeAsksForVersionAndEffective) {
    try {
        cpt().describe(*Source::open(cpt_path("no-year-package")));
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::parse);
        const std::string message = error.what();
        EXPECT_NE(message.find("cannot tell which CPT release this is"), std::string::npos) << message;
        EXPECT_NE(message.find("'LONGULT.txt', 'no-year-package'"), std::string::npos) << message;
        EXPECT_NE(message.find("--version"), std::string::npos) << message;
        EXPECT_NE(message.find("--effective"), std::string::npos) << message;
        EXPECT_EQ(message.find('\n'), std::string::npos);
    }
}

TEST(CptVersionNames, YearsEarlyReleasesAndMonths) {
    using V = std::optional<VersionLabel>;
    auto label = [](const V& v) { return v ? v->to_string() + " " + v->effective().to_string() : std::string("none"); };
    EXPECT_EQ(label(cpt_version_from_names({"LONGULT.txt", "CPT 2026 Data Files"})), "2026 2026-01-01");
    EXPECT_EQ(label(cpt_version_from_names({"LONGULT.txt", "cpt2026.zip"})), "2026 2026-01-01");
    EXPECT_EQ(label(cpt_version_from_names({"LONGULT.txt", "data", "cpt_2026_er_2026-07.zip"})),
              "2026-07-er 2026-07-01");
    EXPECT_EQ(label(cpt_version_from_names({"LONGULT.txt", "CPT 2027 Early Release January"})),
              "2027-01-er 2027-01-01");
    EXPECT_EQ(label(cpt_version_from_names({"LONGULT.txt", "Early Release", "cpt-2026-sept.zip"})),
              "2026-09-er 2026-09-01");
    // The most specific name with a year wins; a name with two different years tells nothing.
    EXPECT_EQ(label(cpt_version_from_names({"LONGULT.txt", "CPT 2026", "downloads 2025"})), "2026 2026-01-01");
    EXPECT_EQ(label(cpt_version_from_names({"cpt 2026 from 2025", "pkg-2027"})), "2027 2027-01-01");
    // No year, a year out of range, an early release without a month, words that only contain "er".
    EXPECT_EQ(label(cpt_version_from_names({"LONGULT.txt", "package"})), "none");
    EXPECT_EQ(label(cpt_version_from_names({"codes 1999"})), "none");
    EXPECT_EQ(label(cpt_version_from_names({"CPT 2026 early release"})), "none");
    EXPECT_TRUE(cpt_version_in_names({"CPT 2026 early release"}).early_release);
    EXPECT_EQ(label(cpt_version_from_names({"Consumer Friendly Descriptors 2026"})), "2026 2026-01-01");
    // A month outside an early release is not part of the label.
    EXPECT_EQ(label(cpt_version_from_names({"cpt 2026-09 package"})), "2026 2026-01-01");
}

// ------------------------------------------------------------------ custom mappings

TEST(CptImporter, CustomMappingReadsADifferentColumnLayout) {
    const auto importer = cpt_importer_with(parse_cpt_mapping(cpt_path("mappings/custom_layout.ini")));
    EXPECT_EQ(importer->name(), "cpt-ama");
    auto source = Source::open(cpt_path("custom-layout-2025"));
    EXPECT_EQ(importer->identify(*source), Identification::maybe);
    EXPECT_EQ(importer->describe(*source).version, "2025");
    CollectingSink sink;
    importer->read(*source, sink, {});
    ASSERT_EQ(sink.codes.size(), 3u);
    EXPECT_EQ(describe_records(sink.codes),
              (std::vector<std::string>{
                  "99980|1|INVENTED COUNSEL IMAG TOPIC|Invented counselling session, imaginary topic|1",
                  "99981|1|INVENTED COUNSEL 2ND TOPIC|Invented counselling session, second imaginary topic|2",
                  "9980T|1|INVENTED VIRTUAL PROBE READ|Invented emerging technology: virtual probe reading|3"}));
    EXPECT_EQ(attributes_of(sink.codes[0]),
              (std::map<std::string, std::string>{{"category", "I"}, {"concept_id", "1880001"}}));
    EXPECT_EQ(attributes_of(sink.codes[2])["category"], "III");
    // The optional consumer file is missing: one warning, naming the mapping file.
    ASSERT_EQ(sink.warnings.size(), 1u);
    EXPECT_NE(sink.warnings[0].message.find("no file named like 'plain_language.txt' ([consumer] of "),
              std::string::npos)
        << sink.warnings[0].message;
    EXPECT_NE(sink.warnings[0].message.find("custom_layout.ini"), std::string::npos);
}

// The same package saved again by a spreadsheet: empty columns after the declared ones (columns = 3),
// trailing blanks, LF endings and no final newline. The mapping's layout, not the padding, decides.
TEST(CptImporter, EmptyTrailingColumnsAndBlanksArePadding) {
    const auto importer = cpt_importer_with(parse_cpt_mapping(cpt_path("mappings/custom_layout.ini")));
    CollectingSink expected, padded;
    importer->read(*Source::open(cpt_path("custom-layout-2025")), expected, {});
    importer->read(*Source::open(cpt_path("custom-layout-2025-padded")), padded, {});
    ASSERT_EQ(padded.codes.size(), 3u);
    EXPECT_EQ(describe_records(padded.codes), describe_records(expected.codes));
    for (std::size_t i = 0; i < padded.codes.size(); ++i)
        EXPECT_EQ(attributes_of(padded.codes[i]), attributes_of(expected.codes[i]));
}

TEST(CptImporter, TheDefaultMappingDoesNotFindTheCustomLayout) {
    const std::string message = parse_error_of(cpt(), cpt_path("custom-layout-2025"));
    EXPECT_NE(message.find("expected a CPT long descriptor file named like 'LONGULT.txt' ([long] of the default "
                           "mapping); found members: long_descriptors_v3.tsv, short_descriptors_v3.tsv"),
              std::string::npos)
        << message;
}

// ------------------------------------------------------------------ bad input

struct BadCase {
    const char* fixture;  // under tests/data/cpt
    const char* mapping;  // under tests/data/cpt/mappings, or nullptr for the default mapping
    const char* where;    // the start of the message: member and line
    const char* expected;
};

const BadCase bad_cases[] = {
    {"bad/columns_missing", nullptr, "ConsumerDescriptor.txt in ",
     ", line 3: expected at least 3 tab-separated columns (code in column 2, descriptor in the last column, concept id "
     "in column 1, as [consumer] of the default mapping says), found 2"},
    {"cpt-2026-invented", "custom_exact_columns.ini", "Clinician Descriptors/ClinicianDescriptor.txt in ",
     ", line 2: expected exactly 3 tab-separated columns (columns = 3 in [clinician] of "},
    {"bad/code_not_a_code", nullptr, "LONGULT.txt in ",
     ", line 4: expected a CPT code (5 digits, or 4 digits then F, T, U, A or M) in column 1, found '99A93'"},
    {"bad/code_too_short", nullptr, "LONGULT.txt in ",
     ", line 3: expected a CPT code (5 digits, or 4 digits then F, T, U, A or M) in column 1, found '9999'"},
    {"bad/header_in_data", nullptr, "LONGULT.txt in ",
     ", line 1: expected a CPT code (5 digits, or 4 digits then F, T, U, A or M) in column 1, found 'Code' (a header "
     "row? [long] of the default mapping skips 0 header rows: set header_rows in a mapping file)"},
    {"bad/duplicate_long", nullptr, "LONGULT.txt in ",
     ", line 3: expected each code once in LONGULT.txt, found 99990 again (first on line 1)"},
    {"bad/duplicate_short", nullptr, "SHORTU.txt in ",
     ", line 3: expected each code once in SHORTU.txt, found 99991 again (first on line 2)"},
    {"bad/duplicate_clinician", nullptr, "ClinicianDescriptor.txt in ",
     ", line 3: expected each clinician descriptor once per code, found the same descriptor for 99990 again (first on "
     "line 2)"},
    {"bad/empty_long", nullptr, "LONGULT.txt in ", ", line 1: expected a row with a CPT code, found an empty file"},
    {"bad/empty_medium", nullptr, "MEDU.txt in ", ", line 1: expected a row with a CPT code, found an empty file"},
    {"bad/header_only_consumer", nullptr, "ConsumerDescriptor.txt in ",
     ", line 2: expected a row with a CPT code, found no data rows (1 header rows skipped as [consumer] of the default "
     "mapping says, the rest blank)"},
    {"bad/missing_long", nullptr, "",
     ": expected a CPT long descriptor file named like 'LONGULT.txt' ([long] of the default mapping); found members: "
     "SHORTU.txt"},
    {"custom-layout-2025", "custom_missing_required.ini", "",
     ": expected a file named like 'medium_descriptors.tsv' ([medium] of "},
    {"bad/concept_conflict", nullptr, "ClinicianDescriptor.txt in ",
     ", line 2: expected concept id 1990001 for 99990 (as ConsumerDescriptor.txt in "},
    {"bad/concept_not_digits", nullptr, "ConsumerDescriptor.txt in ",
     ", line 2: expected a concept id (digits) in column 1, found 'C-1990001'"},
    {"bad/blank_no_descriptor", nullptr, "SHORTU.txt in ",
     ", line 2: expected a 'code descriptor' line (a code, blanks, then the descriptor, as [short] of the default "
     "mapping says), found only '99991'"},
    {"bad/empty_descriptor", nullptr, "LONGULT.txt in ", ", line 2: expected a descriptor in column 2, found blanks"},
    {"bad/two_long_files", nullptr, "",
     ": expected one file named like 'LONGULT.txt' ([long] of the default mapping), found 2: a/LONGULT.txt, "
     "b/LONGULT.txt"},
};

std::unique_ptr<Importer> importer_for(const BadCase& bad) {
    return cpt_importer_with(bad.mapping ? parse_cpt_mapping(cpt_path(std::string("mappings/") + bad.mapping))
                                         : default_cpt_mapping());
}

TEST(CptImporter, EveryBadInputIsAOneLineParseErrorNamingFileAndLine) {
    for (const BadCase& bad : bad_cases) {
        SCOPED_TRACE(bad.fixture);
        const auto importer = importer_for(bad);
        const std::string message = parse_error_of(*importer, cpt_path(bad.fixture));
        EXPECT_TRUE(message.starts_with(bad.where)) << message;
        // The path the user gave follows " in " (or starts the message for package-level errors).
        const std::string path = cpt_path(bad.fixture).string();
        EXPECT_NE(message.find(path), std::string::npos) << message;
        EXPECT_NE(message.find(bad.expected), std::string::npos) << message;
        EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    }
}

TEST(CptImporter, ParseErrorsCarryTheirLocation) {
    const auto importer = cpt_importer_with(default_cpt_mapping());
    try {
        import_path(*importer, cpt_path("bad/duplicate_short"));
        FAIL() << "no error";
    } catch (const ParseError& error) {
        EXPECT_EQ(error.where().file, cpt_path("bad/duplicate_short").string());
        EXPECT_EQ(error.where().member, "SHORTU.txt");
        EXPECT_EQ(error.where().line, 3u);
    }
}

TEST(CptImporter, AMappingWithoutALongFileIsRefused) {
    CptMapping mapping;
    mapping.origin = "test";
    EXPECT_THROW(cpt_importer_with(mapping), Error);
}

}  // namespace
}  // namespace codeset::importers
