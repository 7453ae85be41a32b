// Damaged and hostile input blamed correctly: a zip whose bytes fail their CRC or disagree with
// their headers is a corrupt zip, not a CMS format error at some line; a member that inflates to a
// gigabyte, or claims 4 GB, costs no more memory than a small import; a release that lost most of
// its codes (a truncated download) imports with a warning that says how many are missing.
#include "cli_fixture.hpp"
#include "zip_writer.hpp"

#include <gmock/gmock.h>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace codeset::test {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

const std::string order_member = "icd10cm-order-2026.txt";

// Runs `codeset ARGS...` in `dir` as a child of its own and reads the child's peak resident set
// size from wait4 (kilobytes), so that earlier children of the test do not count.
struct Measured {
    int exit_code = -1;
    long peak_kib = 0;
    std::string err;
};

Measured run_measured(const std::vector<std::string>& args, const fs::path& dir) {
    const fs::path err_path = dir / ".stderr-measured";
    std::vector<std::string> argv_text{CODESET_BINARY};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& arg : argv_text) argv.push_back(arg.data());
    argv.push_back(nullptr);
    const pid_t child = fork();
    if (child == 0) {
        if (chdir(dir.c_str()) != 0) _exit(127);
        const int null = open("/dev/null", O_WRONLY);
        const int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (null < 0 || err < 0) _exit(127);
        dup2(null, 1);
        dup2(err, 2);
        unsetenv("CODESET_DB");
        execv(argv[0], argv.data());
        _exit(127);
    }
    Measured measured;
    int status = 0;
    rusage usage{};
    if (child > 0 && wait4(child, &status, 0, &usage) == child) {
        measured.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        measured.peak_kib = usage.ru_maxrss;
    }
    measured.err = read_text(err_path);
    return measured;
}

class DamagedInput : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        ASSERT_EQ(codeset({"import", sample(sample_2025).string()}).exit_code, 0);
        store_before = read_text(dir / "codeset.db");
        const std::string command = "unzip -p " + shell_quote(sample(sample_2026).string()) + " " + order_member +
                                    " > " + shell_quote((dir / "extracted.txt").string());
        ASSERT_EQ(std::system(command.c_str()), 0);
        order_text = read_text(dir / "extracted.txt");
        ASSERT_GT(order_text.size(), 1000u);
    }
    void write_zip(const std::string& name, const std::vector<ZipEntry>& entries) {
        std::ofstream(dir / name, std::ios::binary) << zip_of(entries);
    }
    // One error line naming what was expected, exit 3 (input), the store as it was.
    void expect_refused(const CommandResult& result, const std::string& message) {
        EXPECT_EQ(result.exit_code, 3) << result.err;
        EXPECT_EQ(result.err, "codeset: error: " + message + "\n");
        EXPECT_TRUE(read_text(dir / "codeset.db") == store_before) << "the store changed";
    }
    // The offset of column `column` (1-based) of line `line` (1-based) of the order text.
    std::size_t offset_of(int line, int column) const {
        std::size_t at = 0;
        for (int i = 1; i < line; ++i) at = order_text.find('\n', at) + 1;
        return at + std::size_t(column - 1);
    }

    std::string store_before;
    std::string order_text;
};

TEST_F(DamagedInput, ABytesFlippedSoALineNoLongerParsesIsACorruptZipNotAFormatError) {
    ZipEntry entry = stored_entry(order_member, order_text);
    entry.data[offset_of(3, 15)] = 'X';  // the billable flag of line 3: a format error, read alone
    write_zip("icd10cm-2026.zip", {entry});
    expect_refused(codeset({"import", "icd10cm-2026.zip"}),
                   "icd10cm-2026.zip: member " + order_member +
                       " is corrupt: CRC mismatch (the bytes are not those the zip was made with)");

    // The same bytes in a plain file are a format error at that line.
    std::ofstream(dir / order_member, std::ios::binary) << entry.data;
    const CommandResult plain = codeset({"import", order_member});
    EXPECT_EQ(plain.exit_code, 3);
    EXPECT_THAT(plain.err, HasSubstr("line 3"));
    EXPECT_THAT(plain.err, Not(HasSubstr("corrupt")));
}

TEST_F(DamagedInput, ABytesFlippedInATitleIsACorruptZip) {
    ZipEntry entry = stored_entry(order_member, order_text);  // the CRC of the bytes before the damage
    entry.data[offset_of(2, 80)] ^= 0x01;  // a letter of a title: every line still parses
    write_zip("icd10cm-2026.zip", {entry});
    expect_refused(codeset({"import", "icd10cm-2026.zip"}),
                   "icd10cm-2026.zip: member " + order_member +
                       " is corrupt: CRC mismatch (the bytes are not those the zip was made with)");
}

TEST_F(DamagedInput, DamagedCompressedDataIsACorruptZip) {
    ZipEntry entry = deflated_entry(order_member, order_text);
    for (std::size_t i = entry.data.size() / 3; i < entry.data.size() / 3 + 16; ++i) entry.data[i] = '\xff';
    write_zip("icd10cm-2026.zip", {entry});
    const CommandResult result = codeset({"import", "icd10cm-2026.zip"});
    EXPECT_EQ(result.exit_code, 3) << result.err;
    EXPECT_THAT(result.err, HasSubstr("codeset: error: icd10cm-2026.zip: member " + order_member + " is corrupt: "));
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_TRUE(read_text(dir / "codeset.db") == store_before) << "the store changed";
}

TEST_F(DamagedInput, ASizeThatDisagreesWithTheDataIsACorruptZip) {
    ZipEntry longer = deflated_entry(order_member, order_text);
    longer.size += 100;  // both headers promise 100 bytes that never come
    longer.local_size = longer.size;
    write_zip("icd10cm-2026.zip", {longer});
    expect_refused(codeset({"import", "icd10cm-2026.zip"}),
                   "icd10cm-2026.zip: member " + order_member + " is corrupt: its size disagrees with its header");

    ZipEntry shorter = deflated_entry(order_member, order_text);
    shorter.size -= 100;
    shorter.local_size = shorter.size;
    write_zip("icd10cm-2026.zip", {shorter});
    expect_refused(codeset({"import", "icd10cm-2026.zip"}),
                   "icd10cm-2026.zip: member " + order_member + " is corrupt: it inflates to more than the " +
                       std::to_string(shorter.size) + " bytes its header declares");
}

TEST_F(DamagedInput, LocalAndCentralHeadersThatDisagreeAreACorruptZip) {
    ZipEntry entry = deflated_entry(order_member, order_text);
    entry.local_size = entry.size + 1;
    write_zip("icd10cm-2026.zip", {entry});
    const CommandResult result = codeset({"import", "icd10cm-2026.zip"});
    EXPECT_EQ(result.exit_code, 3) << result.err;
    EXPECT_THAT(result.err, HasSubstr("codeset: error: icd10cm-2026.zip: not a readable zip archive (Zip archive "
                                      "inconsistent)"));
    EXPECT_TRUE(read_text(dir / "codeset.db") == store_before) << "the store changed";
}

// Peak memory, measured in a child process; never a time. The bound is what importing the small
// sample itself takes plus 32 MiB: the same in an optimised and a sanitised build.
class HostileZip : public DamagedInput {
protected:
    long baseline_kib() {
        const Measured baseline = run_measured({"--db", "baseline.db", "import", sample(sample_2026).string()}, dir);
        EXPECT_EQ(baseline.exit_code, 0) << baseline.err;
        return baseline.peak_kib;
    }
    static constexpr long allowance_kib = 32 * 1024;
};

TEST_F(HostileZip, AMemberThatInflatesToAGigabyteIsRefusedInLittleMemory) {
    constexpr std::uint32_t gigabyte = 1u << 30;
    const ZipEntry bomb = deflated_zeros(order_member, gigabyte);
    ASSERT_LT(bomb.data.size(), 2u << 20) << "a small stream that expands a thousandfold";
    const long baseline = baseline_kib();

    // Declared honestly: read as a stream, refused at its first line (zeros, no line end).
    write_zip("icd10cm-2026.zip", {bomb});
    Measured honest = run_measured({"import", "icd10cm-2026.zip"}, dir);
    EXPECT_EQ(honest.exit_code, 3) << honest.err;
    EXPECT_THAT(honest.err, HasSubstr(order_member + " in icd10cm-2026.zip, line 1: expected lines ending in LF or "
                                                     "CRLF, found a line longer than"));
    EXPECT_LT(honest.peak_kib, baseline + allowance_kib) << "baseline " << baseline << " KiB";

    // Declared small: stopped at the size its header claims.
    ZipEntry lying = bomb;
    lying.size = std::uint32_t(order_text.size());
    lying.local_size = lying.size;
    write_zip("icd10cm-2026.zip", {lying});
    Measured stopped = run_measured({"import", "icd10cm-2026.zip"}, dir);
    EXPECT_EQ(stopped.exit_code, 3) << stopped.err;
    EXPECT_EQ(stopped.err, "codeset: error: icd10cm-2026.zip: member " + order_member +
                               " is corrupt: it inflates to more than the " + std::to_string(lying.size) +
                               " bytes its header declares\n");
    EXPECT_LT(stopped.peak_kib, baseline + allowance_kib) << "baseline " << baseline << " KiB";
    EXPECT_TRUE(read_text(dir / "codeset.db") == store_before) << "the store changed";
}

TEST_F(HostileZip, AMemberThatClaimsFourGigabytesIsRefusedInLittleMemory) {
    ZipEntry claims = deflated_entry(order_member, order_text);
    claims.size = 0xFFFFFFFEu;  // 4 GiB less 2 bytes, the most a zip without zip64 can claim
    claims.local_size = claims.size;
    write_zip("icd10cm-2026.zip", {claims});
    const long baseline = baseline_kib();
    const Measured measured = run_measured({"import", "icd10cm-2026.zip"}, dir);
    EXPECT_EQ(measured.exit_code, 3) << measured.err;
    EXPECT_EQ(measured.err, "codeset: error: icd10cm-2026.zip: member " + order_member +
                                " is corrupt: its size disagrees with its header\n");
    EXPECT_LT(measured.peak_kib, baseline + allowance_kib) << "baseline " << baseline << " KiB";
    EXPECT_TRUE(read_text(dir / "codeset.db") == store_before) << "the store changed";
}

// ------------------------------------------------------------------ truncated downloads

TEST_F(DamagedInput, AReleaseThatLostMostOfItsCodesImportsWithAWarningSayingHowMany) {
    // The 2026 sample cut after its first 20 lines, as an interrupted download leaves it.
    const std::size_t cut = offset_of(21, 1);
    ZipEntry entry = deflated_entry(order_member, order_text.substr(0, cut));
    write_zip("icd10cm-order-2026.zip", {entry});
    const CommandResult result = codeset({"import", "icd10cm-order-2026.zip"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.err, HasSubstr("codeset: warning: icd10cm FY2026 lists "));
    EXPECT_THAT(result.err, HasSubstr("billable codes, "));
    EXPECT_THAT(result.err, HasSubstr(" fewer than FY2025 ("));
    EXPECT_THAT(result.err, HasSubstr("% of the codes are missing. A truncated or damaged download?"));
    EXPECT_THAT(result.out, HasSubstr("1 warnings"));

    const CommandResult warnings = codeset({"releases", "icd10cm", "--warnings"});
    ASSERT_EQ(warnings.exit_code, 0) << warnings.err;
    EXPECT_THAT(warnings.out, HasSubstr("fewer than FY2025"));

    // The whole file, imported over it, has no such warning.
    const CommandResult whole = codeset({"import", "--replace", sample(sample_2026).string()});
    ASSERT_EQ(whole.exit_code, 0) << whole.err;
    EXPECT_THAT(whole.err, Not(HasSubstr("warning")));
}

TEST_F(DamagedInput, AReleaseOlderThanEveryStoredOneIsComparedWithTheNextOne) {
    CommandResult result = codeset({"--db", "older.db", "import", sample(sample_2026).string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    // A 2025 order file cut after 10 lines.
    const std::string command = "unzip -p " + shell_quote(sample(sample_2025).string()) +
                                " 'icd10cm-order-2025.txt' | head -n 10 > " +
                                shell_quote((dir / "icd10cm-order-2025.txt").string());
    ASSERT_EQ(std::system(command.c_str()), 0);
    result = codeset({"--db", "older.db", "import", "icd10cm-order-2025.txt"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.err, HasSubstr("codeset: warning: icd10cm FY2025 lists "));
    EXPECT_THAT(result.err, HasSubstr(" fewer than FY2026 ("));
}

TEST_F(DamagedInput, ARealUpdateImportsWithoutAWarning) {
    const CommandResult result = codeset({"import", sample(sample_2026).string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err, "");
}

}  // namespace
}  // namespace codeset::test
