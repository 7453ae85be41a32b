// The HCPCS alpha-numeric (ANWEB) importer on the hand-written fixtures of tests/data/hcpcs
// (make_fixtures.py there writes them from typed entries).
#include "hcpcs/hcpcs_anweb_importer.hpp"
#include "hcpcs/hcpcs_layout.hpp"

#include "importer_test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>

namespace codeset::importers {
namespace {

namespace fs = std::filesystem;
using test::describe_records;
using test::fixture;
using test::import_path;
using test::parse_error_of;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;
using ::testing::HasSubstr;

const Importer& hcpcs() { return hcpcs_anweb_importer(); }

std::string path_of(const std::string& name) { return fixture("hcpcs/" + name).string(); }

std::map<std::string, std::string> attributes_of(const CodeRecord& record) {
    std::map<std::string, std::string> out;
    for (const Attribute& a : record.attributes) out[a.name] = a.value;
    return out;
}

const CodeRecord& find(const std::vector<CodeRecord>& records, const std::string& code) {
    for (const CodeRecord& r : records)
        if (r.code == code) return r;
    throw std::out_of_range("no code " + code);
}

std::vector<std::string> codes_of(const std::vector<CodeRecord>& records) {
    std::vector<std::string> out;
    for (const CodeRecord& r : records) out.push_back(r.code);
    return out;
}

// ------------------------------------------------------------------ records

TEST(HcpcsAnweb, ReadsProceduresAndModifiersInFileOrderLeavingOutTerminatedCodes) {
    const CollectingSink sink = import_path(hcpcs(), path_of("HCPC2018_CONTR_ANWEB_disc.txt"));
    // Z9, G0364, G0365 and G0481 end before 2018-01-01: not valid in the 2018 release.
    EXPECT_THAT(codes_of(sink.codes),
                ElementsAre("AA", "AD", "FY", "QQ", "A0021", "A4206", "E0953", "G0105", "G0202", "G0499", "G0500",
                            "G0516", "G9142", "G9143", "J0129", "J1745", "J7030", "K0001", "Q0035"));
    for (std::size_t i = 0; i < sink.codes.size(); ++i) {
        EXPECT_EQ(sink.codes[i].order, i + 1) << sink.codes[i].code;
        EXPECT_TRUE(sink.codes[i].billable) << sink.codes[i].code;  // HCPCS has no header rows
    }
    // Codes this file discontinues (action D) are kept as the release's Delete lines.
    std::vector<std::string> deleted;
    for (const AddendumEntry& entry : sink.addenda) {
        EXPECT_EQ(entry.action, AddendumAction::remove) << entry.code;
        EXPECT_GT(entry.line, 0u) << entry.code;
        deleted.push_back(entry.code);
    }
    for (const std::string& code : deleted)
        EXPECT_THAT(codes_of(sink.codes), Not(Contains(code)));
}

TEST(HcpcsAnweb, ModifiersAreEntriesOfTheirOwnKind) {
    const CollectingSink sink = import_path(hcpcs(), path_of("HCPC2018_CONTR_ANWEB_disc.txt"));
    const CodeRecord& aa = find(sink.codes, "AA");
    EXPECT_EQ(aa.long_title, "Anesthesia services performed personally by anesthesiologist");
    EXPECT_EQ(aa.short_title, "Anesthesia perf by anesgst");
    EXPECT_EQ(attributes_of(aa).at("entry_kind"), "modifier");
    EXPECT_EQ(attributes_of(aa).at("mcm_reference_1"), "3350.5");
    EXPECT_EQ(attributes_of(aa).count("anesthesia_base_units"), 0u);
    EXPECT_EQ(attributes_of(find(sink.codes, "A0021")).at("entry_kind"), "procedure");
    std::size_t modifiers = 0;
    for (const CodeRecord& r : sink.codes) modifiers += attributes_of(r).at("entry_kind") == "modifier";
    EXPECT_EQ(modifiers, 4u);
}

TEST(HcpcsAnweb, JoinsLongDescriptionsOverContinuationLines) {
    const CollectingSink sink = import_path(hcpcs(), path_of("HCPC2018_CONTR_ANWEB_disc.txt"));
    // Modifier continuation (record id 8).
    EXPECT_EQ(find(sink.codes, "AD").long_title,
              "Medical supervision by a physician: more than four concurrent anesthesia procedures");
    // Procedure over four lines (3, 4, 4, 4).
    EXPECT_EQ(find(sink.codes, "G0499").long_title,
              "Hepatitis b screening in non-pregnant, high risk individual includes hepatitis b surface antigen "
              "(hbsag) followed by a neutralizing confirmatory test for initially reactive results, and antibodies "
              "to hbsag (anti-hbs) and hepatitis b core antigen (anti-hbc)");
    EXPECT_EQ(find(sink.codes, "QQ").long_title,
              "Ordering professional consulted a qualified clinical decision support mechanism for this service and "
              "the related data was provided to the furnishing professional");
    // A blank inside a line is CMS's text: kept.
    EXPECT_EQ(find(sink.codes, "J7030").long_title, "Infusion, normal saline solution , 1000 cc");
}

TEST(HcpcsAnweb, KeepsEveryFieldOfTheLayoutSortedByNameWithDatesAsIsoDates) {
    const CollectingSink sink = import_path(hcpcs(), path_of("HCPC2018_CONTR_ANWEB_disc.txt"));
    const CodeRecord& g0105 = find(sink.codes, "G0105");
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"action_code", "N"},
        {"action_effective_date", "1998-01-01"},
        {"add_date", "1998-01-01"},
        {"anesthesia_base_units", "5"},
        {"asc_effective_date", "1998-01-01"},
        {"asc_payment_group", "YY"},
        {"betos", "P8D"},
        {"cim_reference_1", "60-9"},
        {"cim_reference_2", "65-10"},
        {"cim_reference_3", "35-74"},
        {"coverage", "D"},
        {"cross_reference_1", "G0104"},
        {"cross_reference_2", "G0106"},
        {"cross_reference_3", "G0120"},
        {"cross_reference_4", "G0121"},
        {"cross_reference_5", "G0122"},
        {"entry_kind", "procedure"},
        {"lab_certification_1", "010"},
        {"lab_certification_2", "100"},
        {"lab_certification_3", "110"},
        {"lab_certification_4", "115"},
        {"lab_certification_5", "120"},
        {"lab_certification_6", "130"},
        {"lab_certification_7", "140"},
        {"lab_certification_8", "150"},
        {"mcm_reference_1", "2049"},
        {"mcm_reference_2", "2130"},
        {"mcm_reference_3", "4450"},
        {"mog_effective_date", "2008-01-01"},
        {"mog_payment_group", "429"},
        {"mog_payment_policy_indicator", "1"},
        {"multiple_pricing_indicator", "B"},
        {"pricing_indicator_1", "11"},
        {"pricing_indicator_2", "13"},
        {"pricing_indicator_3", "21"},
        {"pricing_indicator_4", "57"},
        {"processing_note", "0064"},
        {"statute", "1861S2K"},
        {"type_of_service_1", "2"},
        {"type_of_service_2", "F"},
        {"type_of_service_3", "1"},
        {"type_of_service_4", "4"},
        {"type_of_service_5", "5"},
    };
    std::vector<std::pair<std::string, std::string>> got;
    for (const Attribute& a : g0105.attributes) got.emplace_back(a.name, a.value);
    EXPECT_EQ(got, expected);

    // The fixture's records use every attribute of the layout table, and only those (+ entry_kind).
    std::set<std::string> used;
    for (const CodeRecord& r : sink.codes)
        for (const Attribute& a : r.attributes) used.insert(a.name);
    std::set<std::string> layout = {"entry_kind"};
    for (const hcpcs::LayoutField& field : hcpcs::anweb_layout)
        if (!field.attribute.empty()) layout.insert(std::string(field.attribute));
    EXPECT_EQ(used, layout);
    EXPECT_EQ(layout.size(), 44u);  // 43 fields of the layout + entry_kind

    // Blank fields are absent, not empty.
    const auto a0021 = attributes_of(find(sink.codes, "A0021"));
    EXPECT_EQ(a0021.count("termination_date"), 0u);
    EXPECT_EQ(a0021.count("pricing_indicator_2"), 0u);
    EXPECT_EQ(a0021.at("pricing_indicator_1"), "00");
    EXPECT_EQ(a0021.at("anesthesia_base_units"), "0");
    for (const CodeRecord& r : sink.codes) {
        EXPECT_TRUE(std::is_sorted(r.attributes.begin(), r.attributes.end(),
                                   [](const Attribute& a, const Attribute& b) { return a.name < b.name; }))
            << r.code;
        for (const Attribute& a : r.attributes) EXPECT_FALSE(a.value.empty()) << r.code << " " << a.name;
    }
}

TEST(HcpcsAnweb, TheLayoutTableCoversTheRecordWithoutGaps) {
    // Every column 1-320 belongs to exactly one field of a procedure record and of a modifier record.
    for (const bool modifier : {false, true}) {
        std::vector<int> owners(hcpcs::record_length + 1, 0);
        for (const hcpcs::LayoutField& field : hcpcs::anweb_layout) {
            if (modifier ? field.role == hcpcs::FieldRole::code
                         : (field.role == hcpcs::FieldRole::modifier || field.role == hcpcs::FieldRole::modifier_blank))
                continue;
            for (std::uint32_t c = field.first; c <= field.last(); ++c) ++owners.at(c);
        }
        for (std::uint32_t c = 1; c <= hcpcs::record_length; ++c) EXPECT_EQ(owners[c], 1) << "column " << c;
    }
}

TEST(HcpcsAnweb, KeepsATerminationDateOnOrAfterTheEffectiveDate) {
    const CollectingSink sink = import_path(hcpcs(), path_of("HCPC2018_CONTR_ANWEB_disc.txt"));
    const auto g9143 = attributes_of(find(sink.codes, "G9143"));
    EXPECT_EQ(g9143.at("termination_date"), "2018-06-30");
    EXPECT_EQ(g9143.at("action_code"), "D");
}

TEST(HcpcsAnweb, OneWarningSaysHowManyTerminatedCodesWereLeftOut) {
    const std::string path = path_of("HCPC2018_CONTR_ANWEB_disc.txt");
    const CollectingSink sink = import_path(hcpcs(), path);
    ASSERT_EQ(sink.warnings.size(), 2u);
    EXPECT_EQ(sink.warnings[0].where, path);
    EXPECT_EQ(sink.warnings[0].message,
              "left out 4 codes terminated before 2018-01-01 (3 procedures, 1 modifiers; 2 with action code D): CMS "
              "keeps discontinued codes in the file for four years, but they are not valid on the release's "
              "effective date");
    EXPECT_EQ(sink.warnings[1].message,
              "1 codes have an add date after 2018-01-01 and are kept as listed: QQ (2018-07-01)");
}

TEST(HcpcsAnweb, HandsBackTheRecordsItLeftOut) {
    auto source = Source::open(path_of("HCPC2018_CONTR_ANWEB_disc.txt"));
    CollectingSink sink;
    std::vector<CodeRecord> left_out;
    hcpcs::read_anweb_release(*source, sink, {}, &left_out);
    EXPECT_THAT(codes_of(left_out), ElementsAre("Z9", "G0364", "G0365", "G0481"));
    EXPECT_EQ(attributes_of(left_out[0]).at("entry_kind"), "modifier");
    EXPECT_EQ(attributes_of(left_out[1]).at("termination_date"), "2017-12-31");
    EXPECT_EQ(left_out[1].long_title,
              "Bone marrow aspiration performed with bone marrow biopsy through the same incision on the same date "
              "of service");
    for (const CodeRecord& r : left_out) EXPECT_EQ(r.order, 0u);
    EXPECT_EQ(sink.codes.size(), 19u);
}

TEST(HcpcsAnweb, The2017LayoutWithShortContinuationLinesReadsTheSame) {
    const CollectingSink sink = import_path(hcpcs(), path_of("HCPC17_CONTR_ANWEB.txt"));
    // G0365 and G9142 ended in 2015.
    EXPECT_EQ(sink.codes.size(), 18u);
    EXPECT_EQ(find(sink.codes, "AD").long_title,
              "Medical supervision by a physician: more than four concurrent anesthesia procedures");
    EXPECT_THROW(find(sink.codes, "G9142"), std::out_of_range);
    ASSERT_EQ(sink.warnings.size(), 1u);
    EXPECT_THAT(sink.warnings[0].message, HasSubstr("left out 2 codes terminated before 2017-01-01"));
}

TEST(HcpcsAnweb, CrlfLfNoFinalNewlineZipFolderAndLoneFileGiveTheSameRecords) {
    const auto expected = describe_records(import_path(hcpcs(), path_of("HCPC2018_CONTR_ANWEB_disc.txt")).codes);
    EXPECT_EQ(describe_records(import_path(hcpcs(), path_of("HCPC2018_ANWEB_lf_no_final_newline.txt")).codes),
              expected);
    EXPECT_EQ(describe_records(import_path(hcpcs(), path_of("2018-Alpha-Numeric-HCPCS-File.zip")).codes), expected);
    EXPECT_EQ(describe_records(import_path(hcpcs(), path_of("release_folder")).codes),
              describe_records(import_path(hcpcs(), path_of("HCPC17_CONTR_ANWEB.txt")).codes));
}

// CMS's padding varies by year (a 316-character record in one, trailing blanks trimmed or added in
// others): the layout's fields, not the record length, decide.
TEST(HcpcsAnweb, RecordsOfAnyPaddingWithinTheLayoutReadTheSame) {
    const CollectingSink expected = import_path(hcpcs(), path_of("HCPC2018_CONTR_ANWEB_disc.txt"));
    for (const char* name : {"HCPC2018_316_ANWEB.txt", "HCPC2018_trimmed_ANWEB.txt", "HCPC2018_padded_ANWEB.txt"}) {
        SCOPED_TRACE(name);
        const CollectingSink sink = import_path(hcpcs(), path_of(name));
        EXPECT_EQ(describe_records(sink.codes), describe_records(expected.codes));
        EXPECT_EQ(sink.warnings.size(), expected.warnings.size());
        EXPECT_EQ(hcpcs().identify(*Source::open(path_of(name))), Identification::yes);
    }
    auto unnamed = [](const std::string& name) {
        // The same content under a name that says nothing is still recognised by its content.
        const fs::path copy = fs::path(::testing::TempDir()) / ("records_" + std::to_string(name.size()) + ".txt");
        fs::copy_file(path_of(name), copy, fs::copy_options::overwrite_existing);
        const Identification found = hcpcs().identify(*Source::open(copy));
        fs::remove(copy);
        return found;
    };
    EXPECT_EQ(unnamed("HCPC2018_316_ANWEB.txt"), Identification::maybe);
    EXPECT_EQ(unnamed("HCPC2018_trimmed_ANWEB.txt"), Identification::maybe);
    EXPECT_EQ(unnamed("HCPC2018_padded_ANWEB.txt"), Identification::maybe);
}

TEST(HcpcsAnweb, SkipsTheDisclaimerLinesAtTheTop) {
    const auto with = import_path(hcpcs(), path_of("HCPC2018_CONTR_ANWEB_disc.txt"));
    auto source = Source::open(path_of("HCPC2018_CONTR_ANWEB_disc.txt"));
    const MemberInfo member = hcpcs::anweb_member(*source);
    auto stream = source->open_member(member, "anweb");
    CollectingSink sink;
    const hcpcs::AnwebStats stats =
        hcpcs::parse_anweb_file(*stream, source->locate(member), Date{2018, 1, 1}, member.size, sink);
    EXPECT_EQ(stats.skipped_lines, 8u);
    EXPECT_EQ(stats.records, 23u);
    EXPECT_EQ(stats.procedures, 18u);
    EXPECT_EQ(stats.modifiers, 5u);
    EXPECT_EQ(stats.left_out, 4u);
    EXPECT_EQ(describe_records(sink.codes), describe_records(with.codes));
}

TEST(HcpcsAnweb, WithoutAnEffectiveDateNothingIsLeftOut) {
    auto source = Source::open(path_of("HCPC2018_CONTR_ANWEB_disc.txt"));
    const MemberInfo member = hcpcs::anweb_member(*source);
    auto stream = source->open_member(member, "anweb");
    CollectingSink sink;
    hcpcs::parse_anweb_file(*stream, source->locate(member), std::nullopt, member.size, sink);
    EXPECT_EQ(sink.codes.size(), 23u);
    EXPECT_TRUE(sink.warnings.empty());
}

TEST(HcpcsAnweb, AFileWhoseNamesTellNoReleaseTakesTheDayAfterItsLatestTermination) {
    const std::string path = path_of("anweb_without_a_year.txt");
    const CollectingSink sink = import_path(hcpcs(), path);
    EXPECT_EQ(describe_records(sink.codes),
              describe_records(import_path(hcpcs(), path_of("HCPC2018_CONTR_ANWEB_disc.txt")).codes));
    ASSERT_EQ(sink.warnings.size(), 3u);
    EXPECT_EQ(sink.warnings[0].message,
              "the file names do not tell the release's effective date: taken as 2018-01-01, the day after "
              "2017-12-31, the termination date of most codes with action code D");
    ASSERT_EQ(sink.files.size(), 1u);  // read twice, listed once
    EXPECT_EQ(sink.files[0].role, "anweb");
}

TEST(HcpcsAnweb, ReadsWindows1252DescriptionsAsUtf8WithAWarning) {
    const std::string path = path_of("HCPC2018_cp1252_ANWEB.txt");
    const CollectingSink sink = import_path(hcpcs(), path);
    ASSERT_EQ(sink.codes.size(), 1u);
    EXPECT_EQ(sink.codes[0].long_title, "Injection, caf\xC3\xA9 au lait test drug, 1 mg");
    EXPECT_EQ(sink.codes[0].short_title, "Caf\xC3\xA9 au lait drug");
    ASSERT_EQ(sink.warnings.size(), 1u);
    EXPECT_EQ(sink.warnings[0].where, path + ", line 1");
}

TEST(HcpcsAnweb, ReadsTheAscDateCmsWroteTwoColumnsEarlyWithAWarning) {
    const std::string path = path_of("HCPC2018_asc_shifted_ANWEB.txt");
    const CollectingSink sink = import_path(hcpcs(), path);
    ASSERT_EQ(sink.codes.size(), 1u);
    const auto attributes = attributes_of(sink.codes[0]);
    EXPECT_EQ(attributes.at("asc_effective_date"), "2017-04-01");
    EXPECT_EQ(attributes.count("asc_payment_group"), 0u);
    EXPECT_EQ(attributes.at("coverage"), "D");
    ASSERT_EQ(sink.warnings.size(), 1u);
    EXPECT_EQ(sink.warnings[0].where, path + ", line 1, column 231");
    EXPECT_EQ(sink.warnings[0].message,
              "expected the ASC payment group in columns 231-232 and its effective date in columns 233-240, found "
              "the date '20170401  ' two columns early: read as asc_effective_date 2017-04-01, with no ASC payment "
              "group");
}

TEST(HcpcsAnweb, WarnsOnceAboutTextInTheFillerColumns) {
    const std::string path = path_of("HCPC2018_filler_ANWEB.txt");
    const CollectingSink sink = import_path(hcpcs(), path);
    EXPECT_EQ(sink.codes.size(), 3u);
    ASSERT_EQ(sink.warnings.size(), 1u);
    EXPECT_EQ(sink.warnings[0].where, path + ", line 2, column 294");
    EXPECT_THAT(sink.warnings[0].message, HasSubstr("expected blanks in the filler columns 294-320, found '"));
}

TEST(HcpcsAnweb, RecordsTheSourceFilesWithTheirRoles) {
    const std::string path = path_of("2018-Alpha-Numeric-HCPCS-File.zip");
    const CollectingSink zip = import_path(hcpcs(), path);
    ASSERT_EQ(zip.files.size(), 2u);
    EXPECT_EQ(zip.files[0].role, "archive");
    EXPECT_EQ(zip.files[0].path, path);
    EXPECT_EQ(zip.files[1].role, "anweb");
    EXPECT_EQ(zip.files[1].member, "HCPC2018_CONTR_ANWEB_disc.txt");
    EXPECT_EQ(zip.files[1].size, fs::file_size(path_of("HCPC2018_CONTR_ANWEB_disc.txt")));
    const CollectingSink lone = import_path(hcpcs(), path_of("HCPC2018_CONTR_ANWEB_disc.txt"));
    ASSERT_EQ(lone.files.size(), 1u);
    EXPECT_EQ(lone.files[0].sha256, zip.files[1].sha256);
}

TEST(HcpcsAnweb, ReportsProgressUpToTheMemberSize) {
    std::vector<std::pair<std::uint64_t, std::uint64_t>> calls;
    ReadOptions options;
    options.progress = [&](std::uint64_t done, std::uint64_t total) { calls.emplace_back(done, total); };
    import_path(hcpcs(), path_of("2018-Alpha-Numeric-HCPCS-File.zip"), options);
    ASSERT_FALSE(calls.empty());
    const auto size = fs::file_size(path_of("HCPC2018_CONTR_ANWEB_disc.txt"));
    EXPECT_EQ(calls.back(), std::make_pair(std::uint64_t(size), std::uint64_t(size)));
}

// ------------------------------------------------------------------ errors

struct ErrorCase {
    const char* file;
    const char* where;  // ", line N, column C" after the path
    const char* expected;
};

const ErrorCase error_cases[] = {
    {"malformed_record_too_short.txt", ", line 2, column 10",
     "a record holding its code, sequence number and record id (columns 1-5, columns 6-10, column 11), found 9 "
     "characters"},
    {"malformed_record_too_long.txt", ", line 2, column 323",
     "blanks after column 320 (the end of the record layout), found 'extra'"},
    // Cut after column 91, its long description's trailing blanks are padding too: it ends at column 59.
    {"malformed_first_line_short.txt", ", line 2, column 60",
     "a short description in columns 92-119 (record id 3 is a first line, which carries it and the detail "
     "fields), found the record ending at column 59"},
    {"malformed_record_id.txt", ", line 2, column 11", "record id 3, 4, 7 or 8 in column 11, found '5'"},
    {"malformed_impossible_date.txt", ", line 2, column 269",
     "a date YYYYMMDD in columns 269-276 (add_date), found '20180231'"},
    {"malformed_date_characters.txt", ", line 2, column 285",
     "a date YYYYMMDD in columns 285-292 (termination_date), found '2018-1-1'"},
    {"malformed_sequence.txt", ", line 2, column 9", "a 5-digit sequence number in columns 6-10, found '001A0'"},
    {"malformed_procedure_code.txt", ", line 2, column 1",
     "a HCPCS procedure code in columns 1-5 (a letter, then 4 letters or digits), found '10021'"},
    {"malformed_procedure_code_character.txt", ", line 2, column 4",
     "a HCPCS procedure code in columns 1-5 (a letter, then 4 letters or digits), found 'A42-6'"},
    {"malformed_modifier_code.txt", ", line 2, column 5",
     "a HCPCS modifier in columns 4-5 (2 letters or digits), found 'A*'"},
    {"malformed_modifier_prefix.txt", ", line 2, column 2",
     "blanks in columns 1-3 before a modifier (record id 7 or 8), found ' X AA'"},
    {"malformed_missing_long_description.txt", ", line 2, column 12",
     "a long description in columns 12-91, found blanks"},
    {"malformed_continuation_first.txt", ", line 1, column 11",
     "a procedure first line (record id 3) before this continuation line (record id 4), found none"},
    {"malformed_continuation_after_modifier.txt", ", line 5, column 11",
     "a procedure first line (record id 3) before this continuation line (record id 4), found it after modifier "
     "AA (line 4)"},
    {"malformed_continuation_code.txt", ", line 4, column 1",
     "code E0953 in columns 1-5 (a continuation line carries the code of its first line, line 3), found E0954"},
    {"malformed_continuation_sequence.txt", ", line 4, column 6",
     "a sequence number above 00100 (the line before, of E0953), found 00100"},
    {"malformed_continuation_detail.txt", ", line 4, column 230",
     "blanks after column 91 on a continuation line (record id 4 carries no detail fields), found 'C'"},
    {"malformed_duplicate_code.txt", ", line 5, column 1", "each code once, found A4206 again (first on line 2)"},
    {"malformed_blank_line_inside.txt", ", line 3, column 1",
     "a record, found a blank line (blank lines are allowed only at the end)"},
    {"HCPC2018_empty_ANWEB.txt", "",
     "at least one HCPCS record (record id 3 or 7 in column 11), found none (no records in the alpha-numeric file)"},
    {"HCPC2018_disclaimer_only_ANWEB.txt", "",
     "at least one HCPCS record (record id 3 or 7 in column 11), found none (no records in the alpha-numeric file)"},
};

TEST(HcpcsAnweb, EveryMalformedLineIsAParseErrorWithItsLocation) {
    for (const ErrorCase& c : error_cases) {
        SCOPED_TRACE(c.file);
        const std::string path = path_of(c.file);
        EXPECT_EQ(parse_error_of(hcpcs(), path), path + c.where + ": expected " + c.expected);
    }
}

TEST(HcpcsAnweb, ParseErrorsNameTheZipTheMemberTheLineAndTheColumn) {
    const std::string path = path_of("2018-malformed-HCPCS-File.zip");
    try {
        import_path(hcpcs(), path);
        FAIL() << "expected a ParseError";
    } catch (const ParseError& error) {
        EXPECT_EQ(error.where().file, path);
        EXPECT_EQ(error.where().member, "HCPC2018_CONTR_ANWEB.txt");
        EXPECT_EQ(error.where().line, 2u);
        EXPECT_EQ(error.where().column, 11u);
        EXPECT_EQ(std::string(error.what()), "HCPC2018_CONTR_ANWEB.txt in " + path +
                                                 ", line 2, column 11: expected record id 3, 4, 7 or 8 in column 11, "
                                                 "found '5'");
    }
}

TEST(HcpcsAnweb, AZipWithoutAnAnwebFileNamesWhatItHolds) {
    const std::string path = path_of("2018-HCPCS-Alpha-Numeric-Corrections.zip");
    const std::string expected =
        path +
        ": expected an HCPCS alpha-numeric file such as HCPC2018_CONTR_ANWEB.txt (HCPC*ANWEB*.txt; corrections and "
        "transaction reports (.prn) are change lists, not the file); found members: HCPC2018_Corrections_README.txt, "
        "V1_HCPC2018_Corrections_ANWEB.prn";
    EXPECT_EQ(parse_error_of(hcpcs(), path), expected);
    auto source = Source::open(path);
    EXPECT_EQ(hcpcs().identify(*source), Identification::no);
    try {
        hcpcs().describe(*source);
        FAIL() << "expected a ParseError";
    } catch (const ParseError& error) {
        EXPECT_EQ(std::string(error.what()), expected);
    }
}

TEST(HcpcsAnweb, TwoAnwebFilesInOneFolderAreAmbiguous) {
    const std::string path = path_of("two_files");
    EXPECT_EQ(parse_error_of(hcpcs(), path),
              path +
                  ": expected one HCPCS alpha-numeric file, found 2: HCPC17_CONTR_ANWEB.txt, "
                  "HCPC2018_CONTR_ANWEB_disc.txt (give the zip or folder of a single release, or the file itself)");
}

// ------------------------------------------------------------------ identify and describe

TEST(HcpcsAnweb, IdentifiesByMemberNameOrByLoneFileContent) {
    auto identify = [](const std::string& name) { return hcpcs().identify(*Source::open(path_of(name))); };
    EXPECT_EQ(identify("2018-Alpha-Numeric-HCPCS-File.zip"), Identification::yes);
    EXPECT_EQ(identify("release_folder"), Identification::yes);
    EXPECT_EQ(identify("HCPC2018_CONTR_ANWEB_disc.txt"), Identification::yes);
    EXPECT_EQ(identify("HCPC17_CONTR_ANWEB.txt"), Identification::yes);
    EXPECT_EQ(identify("anweb_without_a_year.txt"), Identification::maybe);
    EXPECT_EQ(identify("malformed_duplicate_code.txt"), Identification::maybe);
    EXPECT_EQ(identify("malformed_record_too_short.txt"), Identification::no);
    EXPECT_EQ(identify("malformed_record_too_long.txt"), Identification::no);
    EXPECT_EQ(identify("malformed_first_line_short.txt"), Identification::no);
    EXPECT_EQ(identify("malformed_record_id.txt"), Identification::no);
    EXPECT_EQ(identify("malformed_continuation_first.txt"), Identification::no);
    EXPECT_EQ(identify("2018-HCPCS-Alpha-Numeric-Corrections.zip"), Identification::no);
    EXPECT_EQ(identify("make_fixtures.py"), Identification::no);
    EXPECT_EQ(hcpcs().identify(*Source::open(fixture("icd10cm/order_crlf.txt"))), Identification::no);
    EXPECT_EQ(hcpcs().identify(*Source::open(fixture("icd10pcs/cms_2026_pr.zip"))), Identification::no);
    EXPECT_TRUE(is_hcpcs_anweb_name("HCPC2020_ANWEB_w_disclaimer.txt"));
    EXPECT_TRUE(is_hcpcs_anweb_name("hcpc2019_contr_anweb.TXT"));
    EXPECT_FALSE(is_hcpcs_anweb_name("V1_HCPC2018_Corrections_ANWEB.prn"));
    EXPECT_FALSE(is_hcpcs_anweb_name("HCPC2018_CONTR_ANWEB_disc.xlsx"));
    EXPECT_FALSE(is_hcpcs_anweb_name("HCPC2018_README.txt"));
}

TEST(HcpcsAnweb, EveryHcpcsFixtureIsClaimedOnlyByTheHcpcsImporter) {
    for (const auto& entry : fs::directory_iterator(fixture("hcpcs"))) {
        SCOPED_TRACE(entry.path().string());
        auto source = Source::open(entry.path());
        for (const Importer* importer : builtin_importers())
            if (importer->system() != "hcpcs") {
                EXPECT_EQ(importer->identify(*source), Identification::no) << importer->name();
            }
    }
    EXPECT_EQ(choose_importer(*Source::open(path_of("2018-Alpha-Numeric-HCPCS-File.zip"))).name(), "hcpcs-anweb");
    EXPECT_EQ(choose_importer(*Source::open(path_of("anweb_without_a_year.txt"))).name(), "hcpcs-anweb");
}

TEST(HcpcsAnweb, DescribesTheReleaseFromItsNames) {
    struct Case {
        const char* name;
        const char* version;
        ReleaseKind kind;
        const char* effective;
    };
    for (const Case& c : {Case{"2018-Alpha-Numeric-HCPCS-File.zip", "2018-01", ReleaseKind::annual, "2018-01-01"},
                          Case{"HCPC2018_CONTR_ANWEB_disc.txt", "2018-01", ReleaseKind::annual, "2018-01-01"},
                          Case{"HCPC17_CONTR_ANWEB.txt", "2017-01", ReleaseKind::annual, "2017-01-01"},
                          Case{"release_folder", "2017-01", ReleaseKind::annual, "2017-01-01"}}) {
        SCOPED_TRACE(c.name);
        const ReleaseInfo info = hcpcs().describe(*Source::open(path_of(c.name)));
        EXPECT_EQ(info.system, "hcpcs");
        EXPECT_EQ(info.version, c.version);
        EXPECT_EQ(info.kind, c.kind);
        EXPECT_EQ(info.effective.to_string(), c.effective);
        EXPECT_EQ(info.importer, "hcpcs-anweb");
    }
}

TEST(HcpcsAnweb, TakesTheQuarterFromTheZipNameAndLeavesOutCodesEndedBeforeIt) {
    const fs::path dir = test::scratch_dir("hcpcs-describe");
    fs::copy_file(path_of("2018-Alpha-Numeric-HCPCS-File.zip"), dir / "July-2018-Alpha-Numeric-HCPCS-File.zip");
    auto source = Source::open(dir / "July-2018-Alpha-Numeric-HCPCS-File.zip");
    const ReleaseInfo info = hcpcs().describe(*source);
    EXPECT_EQ(info.version, "2018-07");
    EXPECT_EQ(info.kind, ReleaseKind::quarterly);
    EXPECT_EQ(info.effective.to_string(), "2018-07-01");
    // G9143 ends on 2018-06-30: valid in January, not in July.
    CollectingSink sink;
    hcpcs().read(*source, sink, {});
    EXPECT_EQ(sink.codes.size(), 18u);
    EXPECT_THROW(find(sink.codes, "G9143"), std::out_of_range);
    EXPECT_THAT(sink.warnings[0].message, HasSubstr("left out 5 codes terminated before 2018-07-01"));

    fs::copy_file(path_of("HCPC2018_CONTR_ANWEB_disc.txt"), dir / "V2_HCPC2018_Corrections_ANWEB.txt");
    const ReleaseInfo correction = hcpcs().describe(*Source::open(dir / "V2_HCPC2018_Corrections_ANWEB.txt"));
    EXPECT_EQ(correction.version, "2018-01-c2");
    EXPECT_EQ(correction.kind, ReleaseKind::correction);
    EXPECT_EQ(correction.effective.to_string(), "2018-01-01");
    fs::remove_all(dir);
}

TEST(HcpcsAnweb, AsksForTheVersionWhenNoNameRevealsIt) {
    const std::string path = path_of("anweb_without_a_year.txt");
    try {
        hcpcs().describe(*Source::open(path));
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::parse);  // the CLI lets --version override parse errors
        EXPECT_EQ(std::string(error.what()),
                  path +
                      ": cannot tell which HCPCS release this is: no year in 'anweb_without_a_year.txt'; give it "
                      "with --version, e.g. --version 2018-01 (the annual file; 2018-04, 2018-07 or 2018-10 for a "
                      "quarterly update)");
    }
}

}  // namespace
}  // namespace codeset::importers
