#include "icd10cm/icd10cm_order_importer.hpp"

#include "importer_test_support.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace codeset::importers {
namespace {

namespace fs = std::filesystem;
using test::describe_records;
using test::fixture;
using test::import_path;
using test::parse_error_of;

const Importer& cm() { return icd10cm_order_importer(); }

std::string cm_path(const std::string& name) { return fixture("icd10cm/" + name).string(); }

// ------------------------------------------------------------------ records

TEST(Icd10CmOrder, ReadsRecordsInFileOrder) {
    const CollectingSink sink = import_path(cm(), cm_path("order_crlf.txt"));
    ASSERT_EQ(sink.codes.size(), 18u);
    EXPECT_TRUE(sink.warnings.empty());
    EXPECT_TRUE(sink.addenda.empty());
    const CodeRecord& header = sink.codes[0];
    EXPECT_EQ(header.code, "A00");
    EXPECT_FALSE(header.billable);
    EXPECT_EQ(header.short_title, "Cholera");
    EXPECT_EQ(header.long_title, "Cholera");
    EXPECT_EQ(header.order, 1u);
    const CodeRecord& code = sink.codes[1];
    EXPECT_EQ(code.code, "A000");
    EXPECT_TRUE(code.billable);
    EXPECT_EQ(code.short_title, "Cholera due to Vibrio cholerae 01, biovar cholerae");
    EXPECT_EQ(code.order, 2u);
    EXPECT_TRUE(code.attributes.empty());
    // FY2026 brought codes with a letter in second place.
    EXPECT_EQ(sink.codes[14].code, "QA00101");
    EXPECT_EQ(sink.codes[14].long_title, "SCN2A-related neurodevelopmental disorder");
    EXPECT_EQ(sink.codes[17].code, "S3011XA");
    std::size_t billable = 0;
    for (std::size_t i = 0; i < sink.codes.size(); ++i) {
        EXPECT_EQ(sink.codes[i].order, i + 1);
        billable += sink.codes[i].billable;
    }
    EXPECT_EQ(billable, 8u);
}

TEST(Icd10CmOrder, CrlfLfTrailingBlankLinesAndNoFinalNewlineGiveTheSameRecords) {
    const auto expected = describe_records(import_path(cm(), cm_path("order_crlf.txt")).codes);
    // order_padded_bom.txt: a UTF-8 byte order mark and every line padded with blanks to 400 columns.
    for (const char* name :
         {"order_lf.txt", "order_trailing_blank_lines.txt", "order_no_final_newline.txt", "order_padded_bom.txt"})
        EXPECT_EQ(describe_records(import_path(cm(), cm_path(name)).codes), expected) << name;
}

TEST(Icd10CmOrder, FolderZipAndLoneFileGiveTheSameRecords) {
    const auto expected = describe_records(import_path(cm(), cm_path("order_crlf.txt")).codes);
    EXPECT_EQ(describe_records(import_path(cm(), cm_path("release_folder")).codes), expected);
    EXPECT_EQ(describe_records(import_path(cm(), cm_path("icd10cm-Code Descriptions-2026.zip")).codes), expected);
    EXPECT_EQ(
        describe_records(import_path(cm(), cm_path("release_folder/Code Descriptions/icd10cm-order-2026.txt")).codes),
        expected);
}

TEST(Icd10CmOrder, UpperCasesCodes) {
    const CollectingSink sink = import_path(cm(), cm_path("order_lower_case_code.txt"));
    ASSERT_EQ(sink.codes.size(), 2u);
    EXPECT_EQ(sink.codes[0].code, "A00");
    EXPECT_EQ(sink.codes[1].code, "A000");
}

TEST(Icd10CmOrder, ReadsWindows1252TitlesAsUtf8WithAWarning) {
    const CollectingSink sink = import_path(cm(), cm_path("order_windows_1252.txt"));
    ASSERT_EQ(sink.codes.size(), 2u);
    EXPECT_EQ(sink.codes[1].short_title, "Guillain-Barr\xC3\xA9 syndrome");
    EXPECT_EQ(sink.codes[1].long_title, "Guillain-Barr\xC3\xA9 syndrome");
    ASSERT_EQ(sink.warnings.size(), 1u);
    EXPECT_EQ(sink.warnings[0].where, cm_path("order_windows_1252.txt") + ", line 2");
}

TEST(Icd10CmOrder, KeepsTheReleaseAddendaPreferringTheOrderAddenda) {
    for (const char* release : {"icd10cm-Code Descriptions-2026.zip", "release_folder"}) {
        SCOPED_TRACE(release);
        const CollectingSink sink = import_path(cm(), cm_path(release));
        ASSERT_EQ(sink.addenda.size(), 6u);
        EXPECT_TRUE(sink.warnings.empty());
        EXPECT_EQ(sink.addenda[0].action, AddendumAction::remove);
        EXPECT_EQ(sink.addenda[0].billable, true);  // the order addenda carry the flag
        EXPECT_EQ(sink.addenda[1].billable, false);
        EXPECT_NE(sink.addenda[0].member.find("icd10cm-order-addenda-2026.txt"), std::string::npos);
    }
}

TEST(Icd10CmOrder, AFreezeYearAddendaFileGivesNoEntries) {
    const CollectingSink sink = import_path(cm(), cm_path("freeze_release_2016"));
    EXPECT_EQ(sink.codes.size(), 4u);
    EXPECT_TRUE(sink.addenda.empty());
    EXPECT_TRUE(sink.warnings.empty());
    ASSERT_EQ(sink.files.size(), 2u);
    EXPECT_EQ(sink.files[1].member, "icd10cm_addenda_2016.txt");
    EXPECT_EQ(sink.files[1].role, "addenda");
}

TEST(Icd10CmOrder, RecordsTheSourceFilesWithTheirRoles) {
    const CollectingSink zip = import_path(cm(), cm_path("icd10cm-Code Descriptions-2026.zip"));
    ASSERT_EQ(zip.files.size(), 3u);
    EXPECT_EQ(zip.files[0].role, "archive");
    EXPECT_EQ(zip.files[0].member, "");
    EXPECT_EQ(zip.files[0].path, cm_path("icd10cm-Code Descriptions-2026.zip"));
    EXPECT_EQ(zip.files[0].size, fs::file_size(cm_path("icd10cm-Code Descriptions-2026.zip")));
    EXPECT_EQ(zip.files[1].role, "order");
    EXPECT_EQ(zip.files[1].member, "icd10cm-order-2026.txt");
    EXPECT_EQ(zip.files[1].size, fs::file_size(cm_path("order_crlf.txt")));
    EXPECT_EQ(zip.files[1].sha256.size(), 64u);
    EXPECT_EQ(zip.files[2].role, "addenda");
    EXPECT_EQ(zip.files[2].member, "icd10cm-order-addenda-2026.txt");

    const CollectingSink folder = import_path(cm(), cm_path("release_folder"));
    ASSERT_EQ(folder.files.size(), 2u);
    EXPECT_EQ(folder.files[0].member, "Code Descriptions/icd10cm-order-2026.txt");
    EXPECT_EQ(folder.files[0].sha256, zip.files[1].sha256);
    EXPECT_EQ(folder.files[1].member, "Code Descriptions/icd10cm-order-addenda-2026.txt");

    const CollectingSink lone = import_path(cm(), cm_path("order_crlf.txt"));
    ASSERT_EQ(lone.files.size(), 1u);
    EXPECT_EQ(lone.files[0].role, "order");
    EXPECT_EQ(lone.files[0].member, "");
    EXPECT_EQ(lone.files[0].sha256, zip.files[1].sha256);
}

TEST(Icd10CmOrder, ReportsProgressUpToTheMemberSize) {
    std::vector<std::pair<std::uint64_t, std::uint64_t>> calls;
    ReadOptions options;
    options.progress = [&](std::uint64_t done, std::uint64_t total) { calls.emplace_back(done, total); };
    import_path(cm(), cm_path("icd10cm-Code Descriptions-2026.zip"), options);
    ASSERT_FALSE(calls.empty());
    const auto size = fs::file_size(cm_path("order_crlf.txt"));
    EXPECT_EQ(calls.back(), std::make_pair(std::uint64_t(size), std::uint64_t(size)));
}

// ------------------------------------------------------------------ errors

struct ErrorCase {
    const char* file;
    const char* where;  // ", line N, column C" after the path
    const char* expected;
};

const ErrorCase error_cases[] = {
    {"malformed_short_line.txt", ", line 3, column 41",
     "a line of at least 78 characters (the long title starts in column 78), found 40 characters"},
    {"malformed_order_number.txt", ", line 4, column 5", "a 5-digit order number in columns 1-5, found '0000A'"},
    {"malformed_order_sequence.txt", ", line 5, column 1",
     "order number 00005 (one more than the previous row's), found 00006"},
    {"malformed_first_order_number.txt", ", line 1, column 1", "order number 00001 on the first row, found 00002"},
    {"malformed_separator.txt", ", line 2, column 6", "a blank in column 6 after the order number, found '-'"},
    {"malformed_code_character.txt", ", line 2, column 9",
     "an ICD-10-CM code (a letter, then 2 to 6 letters or digits), found 'A0-0'"},
    {"malformed_code_start.txt", ", line 2, column 7",
     "an ICD-10-CM code (a letter, then 2 to 6 letters or digits), found '9000'"},
    {"malformed_code_length.txt", ", line 2, column 7",
     "an ICD-10-CM code (a letter, then 2 to 6 letters or digits), found 'A0'"},
    {"malformed_code_blank_inside.txt", ", line 2, column 9",
     "a left-justified code without blanks in columns 7-13, found 'A0 00  '"},
    {"malformed_code_missing.txt", ", line 2, column 7", "a code in columns 7-13, found blanks"},
    {"malformed_flag.txt", ", line 3, column 15", "flag 0 or 1 in column 15, found 'X'"},
    {"malformed_short_title_overflow.txt", ", line 3, column 77",
     "a blank in column 77 after the 60-character short title, found '!'"},
    {"malformed_missing_long_title.txt", ", line 4, column 78", "a long title from column 78, found blanks"},
    {"malformed_duplicate_code.txt", ", line 5, column 7", "each code once, found A001 again (first on line 3)"},
    {"malformed_blank_line_inside.txt", ", line 4, column 1",
     "a code row, found a blank line (blank lines are allowed only at the end)"},
    {"empty.txt", "", "at least one code row, found none (no code rows in the ICD-10-CM order file)"},
    {"blank_lines_only.txt", "", "at least one code row, found none (no code rows in the ICD-10-CM order file)"},
};

TEST(Icd10CmOrder, EveryMalformedLineIsAParseErrorWithItsLocation) {
    for (const ErrorCase& c : error_cases) {
        SCOPED_TRACE(c.file);
        const std::string path = cm_path(c.file);
        EXPECT_EQ(parse_error_of(cm(), path), path + c.where + ": expected " + c.expected);
    }
}

TEST(Icd10CmOrder, ParseErrorsCarryTheirLocation) {
    const std::string path = cm_path("malformed_flag_in_zip-2026.zip");
    try {
        import_path(cm(), path);
        FAIL() << "expected a ParseError";
    } catch (const ParseError& error) {
        EXPECT_EQ(error.where().file, path);
        EXPECT_EQ(error.where().member, "icd10cm-order-2026.txt");
        EXPECT_EQ(error.where().line, 3u);
        EXPECT_EQ(error.where().column, 15u);
        EXPECT_STREQ(error.what(), ("icd10cm-order-2026.txt in " + path +
                                    ", line 3, column 15: expected flag 0 or 1 in column 15, found 'X'")
                                       .c_str());
    }
}

TEST(Icd10CmOrder, AZipWithoutAnOrderFileNamesWhatItHolds) {
    const std::string path = cm_path("no_order_file.zip");
    EXPECT_EQ(parse_error_of(cm(), path),
              path +
                  ": expected an ICD-10-CM order file such as icd10cm-order-YYYY.txt; found members: "
                  "icd10OrderFiles.pdf, icd10cm-codes-addenda-2026.txt, icd10cm-order-addenda-2026.txt");
    auto source = Source::open(path);
    EXPECT_THROW(cm().describe(*source), ParseError);
}

TEST(Icd10CmOrder, TwoOrderFilesInOneFolderAreAmbiguous) {
    const std::string path = cm_path("two_releases");
    EXPECT_EQ(parse_error_of(cm(), path),
              path +
                  ": expected one ICD-10-CM order file, found 2: icd10cm_order_2025.txt, icd10cm_order_2026.txt "
                  "(give the zip or folder of a single release, or the order file itself)");
}

TEST(Icd10CmOrder, BrokenZipsAreRefusedNamingTheFile) {
    for (const char* name : {"truncated.zip", "not_a_zip.zip"}) {
        SCOPED_TRACE(name);
        const std::string path = cm_path(name);
        try {
            Source::open(path);
            FAIL() << "expected an io error";
        } catch (const Error& error) {
            EXPECT_EQ(error.code(), ErrorCode::io);
            EXPECT_EQ(std::string(error.what()).rfind(path + ": ", 0), 0u) << error.what();
        }
    }
}

// ------------------------------------------------------------------ identify and describe

TEST(Icd10CmOrder, IdentifiesByMemberNameOrByLoneFileContent) {
    auto identify = [](const std::string& name) { return cm().identify(*Source::open(cm_path(name))); };
    EXPECT_EQ(identify("icd10cm-Code Descriptions-2026.zip"), Identification::yes);
    EXPECT_EQ(identify("release_folder"), Identification::yes);
    EXPECT_EQ(identify("release_folder/Code Descriptions/icd10cm-order-2026.txt"), Identification::yes);
    EXPECT_EQ(identify("order_crlf.txt"), Identification::maybe);
    EXPECT_EQ(identify("order_lf.txt"), Identification::maybe);
    EXPECT_EQ(identify("no_order_file.zip"), Identification::no);
    EXPECT_EQ(identify("order_addenda_actions.txt"), Identification::no);
    EXPECT_EQ(identify("empty.txt"), Identification::no);
    EXPECT_EQ(identify("release_folder/Code Descriptions/icd10cm-order-addenda-2026.txt"), Identification::no);
    EXPECT_EQ(cm().identify(*Source::open(fixture("icd10pcs/order_crlf.txt"))), Identification::no);
    EXPECT_EQ(cm().identify(*Source::open(fixture("icd10pcs/cms_2026_pr.zip"))), Identification::no);
}

TEST(Icd10CmOrder, NeverTakesTheAddendaForTheOrderFile) {
    for (const char* name :
         {"icd10cm_order_addenda_2026.txt", "icd10cm-order-addenda-2022.txt", "icd10cm-order-addenda-Jan-2021.txt",
          "icd10cm_codes_addenda_2017.txt", "icd10cm-codes-2026.txt", "icd10OrderFiles.pdf",
          "icd10-Order-Files-2022.pdf", "order_addenda_2025.txt", "icd10pcs_order_2026.txt"})
        EXPECT_NE(classify_icd10cm_member(name), MemberRole::order) << name;
    for (const char* name : {"icd10cm_order_2017.txt", "icd10cm-order-2026.txt", "icd10cm-order-Jan-2021.txt",
                             "ICD10CM_ORDER_2016.TXT", "icd10cm_order_2021jan.txt"})
        EXPECT_EQ(classify_icd10cm_member(name), MemberRole::order) << name;
    EXPECT_EQ(classify_icd10cm_member("icd10cm_order_addenda_2026.txt"), MemberRole::order_addenda);
    EXPECT_EQ(classify_icd10cm_member("icd10cm-codes-addenda-2026.txt"), MemberRole::codes_addenda);
    EXPECT_EQ(classify_icd10cm_member("icd10cm_addenda_2016.txt"), MemberRole::other_addenda);
}

TEST(Icd10CmOrder, DescribesTheReleaseFromItsNames) {
    for (const char* name : {"icd10cm-Code Descriptions-2026.zip", "release_folder",
                             "release_folder/Code Descriptions/icd10cm-order-2026.txt"}) {
        SCOPED_TRACE(name);
        const ReleaseInfo info = cm().describe(*Source::open(cm_path(name)));
        EXPECT_EQ(info.system, "icd10cm");
        EXPECT_EQ(info.version, "FY2026");
        EXPECT_EQ(info.effective.to_string(), "2025-10-01");
        EXPECT_EQ(info.kind, ReleaseKind::annual);
        EXPECT_EQ(info.importer, "icd10cm-order");
    }
    const ReleaseInfo freeze = cm().describe(*Source::open(cm_path("freeze_release_2016")));
    EXPECT_EQ(freeze.version, "FY2016");
}

TEST(Icd10CmOrder, TakesAnAprilOrJanuaryTokenFromTheZipName) {
    const fs::path dir = test::scratch_dir("cm-describe");
    fs::copy_file(cm_path("icd10cm-Code Descriptions-2026.zip"), dir / "icd10cm-april-2026-update.zip");
    const ReleaseInfo info = cm().describe(*Source::open(dir / "icd10cm-april-2026-update.zip"));
    EXPECT_EQ(info.version, "FY2026-04");
    EXPECT_EQ(info.kind, ReleaseKind::april);
    EXPECT_EQ(info.effective.to_string(), "2026-04-01");

    fs::copy_file(cm_path("order_crlf.txt"), dir / "icd10cm-order-Jan-2021.txt");
    const ReleaseInfo january = cm().describe(*Source::open(dir / "icd10cm-order-Jan-2021.txt"));
    EXPECT_EQ(january.version, "FY2021-01");
    EXPECT_EQ(january.kind, ReleaseKind::january);
    EXPECT_EQ(january.effective.to_string(), "2021-01-01");
    fs::remove_all(dir);
}

TEST(Icd10CmOrder, AskForVersionWhenNoNameRevealsIt) {
    const std::string path = cm_path("order_crlf.txt");
    try {
        cm().describe(*Source::open(path));
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::parse);  // the CLI lets --version override parse errors
        EXPECT_EQ(std::string(error.what()),
                  path +
                      ": cannot tell which ICD-10-CM release this is: no 4-digit fiscal year in 'order_crlf.txt'; "
                      "give it with --version, e.g. --version FY2026 (or FY2023-04 for an April update, "
                      "FY2021-01 for a January update)");
    }
}

}  // namespace
}  // namespace codeset::importers
