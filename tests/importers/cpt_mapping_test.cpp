// CPT mapping files: the documented default, the INI-like format and its errors.
#include "cpt/cpt_mapping.hpp"

#include "codeset/core/error.hpp"

#include "importer_test_support.hpp"

#include <gtest/gtest.h>

namespace codeset::importers {
namespace {

using test::fixture;

std::string error_of(std::string_view text) {
    try {
        parse_cpt_mapping_text(text, "map.ini");
    } catch (const ParseError& error) {
        return error.what();
    }
    ADD_FAILURE() << "no ParseError for:\n" << text;
    return {};
}

TEST(CptMapping, TheDefaultIsTheDocumentedTable) {
    const CptMapping& mapping = default_cpt_mapping();
    EXPECT_EQ(mapping.origin, "the default mapping");
    ASSERT_EQ(mapping.files.size(), 5u);
    const auto& f = mapping.files;
    EXPECT_EQ(f[0],
              (CptFileSpec{CptDescriptor::long_form, "LONGULT.txt", CptDelimiter::automatic, 1, 2, 0, 0, 0, true}));
    EXPECT_EQ(f[1],
              (CptFileSpec{CptDescriptor::medium_form, "MEDU.txt", CptDelimiter::automatic, 1, 2, 0, 0, 0, false}));
    EXPECT_EQ(f[2],
              (CptFileSpec{CptDescriptor::short_form, "SHORTU.txt", CptDelimiter::automatic, 1, 2, 0, 0, 0, false}));
    EXPECT_EQ(f[3], (CptFileSpec{CptDescriptor::consumer, "ConsumerDescriptor.txt", CptDelimiter::tab, 2,
                                 cpt_last_column, 1, 1, 0, false}));
    EXPECT_EQ(f[4], (CptFileSpec{CptDescriptor::clinician, "ClinicianDescriptor.txt", CptDelimiter::tab, 2,
                                 cpt_last_column, 1, 1, 0, false}));
    EXPECT_EQ(&mapping.long_file(), &f[0]);
    EXPECT_EQ(mapping.find(CptDescriptor::short_form), &f[2]);
}

TEST(CptMapping, ParsesTheCustomLayoutFile) {
    const auto path = fixture("cpt/mappings/custom_layout.ini");
    const CptMapping mapping = parse_cpt_mapping(path);
    EXPECT_EQ(mapping.origin, path.string());
    ASSERT_EQ(mapping.files.size(), 3u);
    EXPECT_EQ(mapping.files[0], (CptFileSpec{CptDescriptor::long_form, "long_descriptors_*.tsv", CptDelimiter::tab, 3,
                                             2, 1, 2, 3, true}));
    EXPECT_EQ(mapping.files[1], (CptFileSpec{CptDescriptor::short_form, "short_descriptors_*.tsv", CptDelimiter::tab, 2,
                                             1, 0, 0, 0, true}));
    EXPECT_EQ(mapping.files[2],
              (CptFileSpec{CptDescriptor::consumer, "plain_language.txt", CptDelimiter::tab, 1, 2, 0, 0, 0, false}));
    EXPECT_EQ(mapping.find(CptDescriptor::medium_form), nullptr);
}

TEST(CptMapping, KeysAndValuesAreForgiving) {
    // Upper-case sections and keys, blanks around '=', CRLF, a BOM, comments, "last", "true".
    const CptMapping mapping = parse_cpt_mapping_text(
        "\xEF\xBB\xBF# comment\r\n[CLINICIAN]\r\n  FILE =  Clin*.TXT \r\n text_column=last\r\n required = false\r\n"
        "; another comment\r\n\r\n[Long]\r\nfile=long.txt\r\ndelimiter = BLANK\r\n",
        "map.ini");
    ASSERT_EQ(mapping.files.size(), 2u);
    // The long file comes first whatever the order of the sections.
    EXPECT_EQ(mapping.files[0].descriptor, CptDescriptor::long_form);
    EXPECT_EQ(mapping.files[0].delimiter, CptDelimiter::blank);
    EXPECT_EQ(mapping.files[1].file, "Clin*.TXT");
    EXPECT_EQ(mapping.files[1].text_column, cpt_last_column);
    EXPECT_FALSE(mapping.files[1].required);
}

TEST(CptMapping, ErrorsNameTheFileAndLine) {
    EXPECT_EQ(error_of("[long]\nfile = a.txt\ncode_colum = 1\n"),
              "map.ini, line 3: expected one of the keys file, delimiter, code_column, text_column, "
              "concept_id_column, header_rows, columns, required, found 'code_colum'");
    EXPECT_EQ(error_of("[long]\nfile = a.txt\n[longer]\n"),
              "map.ini, line 3: expected one of the sections [long], [medium], [short], [consumer], [clinician], "
              "found 'longer'");
    EXPECT_EQ(error_of("file = a.txt\n"), "map.ini, line 1: expected a section such as [long] before 'file = a.txt'");
    EXPECT_EQ(error_of("[long]\nfile a.txt\n"),
              "map.ini, line 2: expected 'key = value', a [section] or a # comment, found 'file a.txt'");
    EXPECT_EQ(error_of("[long\n"), "map.ini, line 1: expected a section header such as [long], found '[long'");
    EXPECT_EQ(error_of("[long]\nfile = a.txt\n[long]\nfile = b.txt\n"),
              "map.ini, line 3: expected each section once, found [long] again (first on line 1)");
    EXPECT_EQ(error_of("[long]\nfile = a.txt\nfile = b.txt\n"),
              "map.ini, line 3: expected each key once in [long], found 'file' again (first on line 2)");
    EXPECT_EQ(error_of("[long]\nfile = a.txt\ncode_column = 0\n"),
              "map.ini, line 3: expected a whole number from 1 to 999 for 'code_column', found '0'");
    EXPECT_EQ(error_of("[long]\nfile = a.txt\ntext_column = two\n"),
              "map.ini, line 3: expected a whole number from 1 to 999 for 'text_column' (or 'last'), found 'two'");
    EXPECT_EQ(error_of("[long]\nfile = a.txt\nheader_rows = -1\n"),
              "map.ini, line 3: expected a whole number from 0 to 1000 for 'header_rows', found '-1'");
    EXPECT_EQ(error_of("[long]\nfile = a.txt\ndelimiter = comma\n"),
              "map.ini, line 3: expected 'tab', 'blank' or 'auto' for 'delimiter', found 'comma'");
    EXPECT_EQ(error_of("[long]\nfile = a.txt\nrequired = maybe\n"),
              "map.ini, line 3: expected 'yes' or 'no' for 'required', found 'maybe'");
    EXPECT_EQ(
        error_of("[long]\nfile = data/a.txt\n"),
        "map.ini, line 2: expected a file name without folders for 'file' (e.g. LONGULT.txt), found 'data/a.txt'");
    // Whole-section checks point at the section's line.
    EXPECT_EQ(error_of("# x\n[long]\ncode_column = 1\n"), "map.ini, line 2: expected a 'file = NAME' line in [long]");
    EXPECT_EQ(error_of("[long]\nfile = a.txt\nrequired = no\n"),
              "map.ini, line 1: expected no 'required = no' in [long]: the long descriptors define the codes of the "
              "release");
    EXPECT_EQ(error_of("[long]\nfile = a.txt\ncode_column = 2\n"),
              "map.ini, line 1: expected different code and text columns in [long], found both 2");
    EXPECT_EQ(error_of("[long]\nfile = a.txt\nconcept_id_column = 2\n"),
              "map.ini, line 1: expected a concept_id_column apart from the code and text columns in [long], found 2");
    EXPECT_EQ(error_of("[long]\nfile = a.txt\ndelimiter = blank\ncode_column = 2\ntext_column = 1\n"),
              "map.ini, line 1: expected code_column = 1, text_column = 2 and no concept_id_column in [long] with "
              "delimiter 'blank' (a code, blanks, then the descriptor); use delimiter = tab for other columns");
    EXPECT_EQ(error_of("[long]\nfile = a.txt\ntext_column = 4\ncolumns = 3\n"),
              "map.ini, line 1: expected columns = 3 to hold every mapped column in [long] (column 4 is mapped)");
    EXPECT_EQ(error_of("[short]\nfile = a.txt\n"),
              "map.ini: expected a [long] section (the long descriptors define the codes of the release), found none");
    EXPECT_EQ(error_of(""),
              "map.ini: expected a [long] section (the long descriptors define the codes of the release), found none");
}

TEST(CptMapping, IndentedKeysAreKeysAndLongLinesAreNamed) {
    // An indented line is a key of its section, never a continuation of the value above it.
    const CptMapping mapping = parse_cpt_mapping_text("[long]\n  file = a.txt\n    code_column = 1\n", "map.ini");
    ASSERT_EQ(mapping.files.size(), 1u);
    EXPECT_EQ(mapping.files[0].file, "a.txt");
    // A mapping line is short; one too long for the INI reader is an error at its line.
    EXPECT_EQ(error_of("[long]\nfile = " + std::string(300, 'a') + ".txt\n"),
              "map.ini, line 2: expected a line of at most 198 characters, found 311");
    // Errors after a key line still name their own line.
    EXPECT_EQ(error_of("[long]\nfile = a.txt\n\n# note\ncode_column = 0\n"),
              "map.ini, line 5: expected a whole number from 1 to 999 for 'code_column', found '0'");
}

TEST(CptMapping, FileErrors) {
    try {
        parse_cpt_mapping(fixture("cpt/mappings/bad_unknown_key.ini"));
        FAIL() << "no error";
    } catch (const ParseError& error) {
        EXPECT_EQ(error.where().line, 3u);
        EXPECT_NE(std::string(error.what()).find("bad_unknown_key.ini, line 3: expected one of the keys"),
                  std::string::npos);
    }
    try {
        parse_cpt_mapping(fixture("cpt/mappings/no_such_mapping.ini"));
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::io);
        EXPECT_NE(std::string(error.what()).find("no_such_mapping.ini: no such mapping file"), std::string::npos);
    }
    // A folder is not a mapping file.
    EXPECT_THROW(parse_cpt_mapping(fixture("cpt/mappings")), Error);
}

TEST(CptMapping, FileNamePatterns) {
    EXPECT_TRUE(cpt_file_matches("LONGULT.txt", "longult.TXT"));
    EXPECT_FALSE(cpt_file_matches("LONGULT.txt", "LONGULT.txt.bak"));
    EXPECT_FALSE(cpt_file_matches("LONGULT.txt", "XLONGULT.txt"));
    EXPECT_TRUE(cpt_file_matches("long_*.tsv", "long_descriptors_v3.tsv"));
    EXPECT_TRUE(cpt_file_matches("long_*.tsv", "long_.tsv"));
    EXPECT_FALSE(cpt_file_matches("long_*.tsv", "long_v3.txt"));
    EXPECT_TRUE(cpt_file_matches("*Consumer*", "2026 ConsumerDescriptor.txt"));
    EXPECT_TRUE(cpt_file_matches("MED?.txt", "MEDU.txt"));
    EXPECT_FALSE(cpt_file_matches("MED?.txt", "MED.txt"));
    EXPECT_TRUE(cpt_file_matches("*", "anything"));
    EXPECT_TRUE(cpt_file_matches("a*b*c", "aXXbYYbc"));
}

TEST(CptMapping, NamesRoundTrip) {
    for (const char* name : {"long", "medium", "short", "consumer", "clinician"}) {
        const auto descriptor = parse_cpt_descriptor(name);
        ASSERT_TRUE(descriptor) << name;
        EXPECT_EQ(to_string(*descriptor), name);
    }
    EXPECT_FALSE(parse_cpt_descriptor("Long"));
    EXPECT_EQ(to_string(CptDelimiter::automatic), "auto");
}

}  // namespace
}  // namespace codeset::importers
