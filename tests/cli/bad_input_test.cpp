// Bad input: one clear line naming the file and what was expected, a non-zero exit code, and
// the store left exactly as it was.
#include "cli_fixture.hpp"

#include <gmock/gmock.h>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;

class BadInput : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        ASSERT_EQ(codeset({"import", sample(sample_2025).string()}).exit_code, 0);
        store_before = read_text(dir / "codeset.db");
    }
    // Asserts one error line, the exit code, and an untouched store.
    void expect_refused(const CommandResult& result, int exit_code, const std::string& mentions) {
        EXPECT_EQ(result.exit_code, exit_code) << result.err;
        EXPECT_THAT(result.err, HasSubstr("codeset: error: "));
        EXPECT_THAT(result.err, HasSubstr(mentions));
        EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
        EXPECT_EQ(read_text(dir / "codeset.db"), store_before);
    }
    void write(const std::string& name, const std::string& text) {
        std::ofstream(dir / name, std::ios::binary) << text;
    }
    // The 2026 sample's order file, extracted.
    std::string sample_order_text() {
        const std::string command = "unzip -p " + shell_quote(sample(sample_2026).string()) + " '*order-2026.txt' > " +
                                    shell_quote((dir / "extracted.txt").string());
        EXPECT_EQ(std::system(command.c_str()), 0);
        return read_text(dir / "extracted.txt");
    }
    std::string store_before;
};

TEST_F(BadInput, TruncatedZip) {
    const std::string zip = read_text(sample(sample_2026));
    write("truncated-2026.zip", zip.substr(0, zip.size() / 2));
    expect_refused(codeset({"import", "truncated-2026.zip"}), 3, "truncated-2026.zip");
}

TEST_F(BadInput, ZipWithoutAnOrderFile) {
    write("readme.txt", "nothing to see\n");
    ASSERT_EQ(std::system(("cd " + shell_quote(dir.string()) + " && zip -q icd10cm-2026.zip readme.txt").c_str()), 0);
    expect_refused(codeset({"import", "icd10cm-2026.zip", "--system", "icd10cm"}), 3, "icd10cm-2026.zip");
}

TEST_F(BadInput, MalformedOrderLineNamesTheLine) {
    std::string text = sample_order_text();
    // Damage the flag (column 15) of the third line.
    std::size_t third = 0;
    for (int i = 0; i < 2; ++i) third = text.find('\n', third) + 1;
    text[third + 14] = 'X';
    write("icd10cm-order-2026.txt", text);
    const CommandResult result = codeset({"import", "icd10cm-order-2026.txt"});
    expect_refused(result, 3, "icd10cm-order-2026.txt");
    EXPECT_THAT(result.err, HasSubstr("line 3"));
}

TEST_F(BadInput, DuplicateCode) {
    std::string text = sample_order_text();
    const std::size_t first_end = text.find('\n') + 1;
    const std::size_t second_end = text.find('\n', first_end) + 1;
    // Line 2 repeats line 1's code, keeping its own order number.
    std::string line2 = text.substr(first_end, second_end - first_end);
    line2.replace(6, 7, text.substr(6, 7));
    text.replace(first_end, second_end - first_end, line2);
    write("icd10cm-order-2026.txt", text);
    const CommandResult result = codeset({"import", "icd10cm-order-2026.txt"});
    expect_refused(result, 3, "icd10cm-order-2026.txt");
    EXPECT_THAT(result.err, HasSubstr("line 2"));
}

TEST_F(BadInput, EmptyAndMissingFiles) {
    write("icd10cm-order-2026.txt", "");
    expect_refused(codeset({"import", "icd10cm-order-2026.txt"}), 3, "icd10cm-order-2026.txt");
    expect_refused(codeset({"import", "no-such-release.zip"}), 3, "no-such-release.zip");
}

TEST_F(BadInput, UnknownSystemAndVersion) {
    expect_refused(codeset({"import", sample(sample_2026).string(), "--system", "icd9"}), 5, "icd9");
    expect_refused(codeset({"diff", "icd9", "FY2025", "FY2026"}), 5, "icd9");
    expect_refused(codeset({"diff", "icd10cm", "FY2025", "FY2030"}), 5, "FY2030");
    expect_refused(codeset({"show", "icd10cm", "A00.0", "--at", "FY2019"}), 5, "FY2019");
    expect_refused(codeset({"show", "icd10cm", "Q99.99"}), 5, "Q99.99");
}

TEST_F(BadInput, StoreFromANewerCodeset) {
    ASSERT_EQ(std::system(("sqlite3 " + shell_quote((dir / "codeset.db").string()) + " 'PRAGMA user_version=999'").c_str()),
              0);
    const CommandResult result = codeset({"releases"});
    EXPECT_EQ(result.exit_code, 4) << result.err;
    EXPECT_THAT(result.err, HasSubstr("newer"));
}

TEST_F(BadInput, UsageErrors) {
    EXPECT_EQ(codeset({}).exit_code, 2);
    EXPECT_EQ(codeset({"diff", "icd10cm", "FY2025"}).exit_code, 2);
    EXPECT_EQ(codeset({"import", sample(sample_2026).string(), "--effective", "2025-13-01"}).exit_code, 2);
    EXPECT_EQ(read_text(dir / "codeset.db"), store_before);
}

}  // namespace
}  // namespace codeset::test

namespace codeset::test {
namespace {

// A tabular XML that declares entities (an external file, an expansion bomb) is refused before
// anything is read from it, and the release in the store is left as it was.
TEST_F(BadInput, XmlWithEntityDeclarationsIsRefused) {
    for (const std::string fixture_name : {"icd10cm_xml/xxe_passwd.xml", "icd10cm_xml/billion_laughs.xml"}) {
        std::filesystem::copy_file(fixture(fixture_name), dir / "icd10cm_tabular_2025.xml",
                                   std::filesystem::copy_options::overwrite_existing);
        expect_refused(codeset({"import", "icd10cm_tabular_2025.xml"}), 3, "entity declarations");
    }
}

}  // namespace
}  // namespace codeset::test
