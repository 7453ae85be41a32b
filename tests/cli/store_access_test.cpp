// The read commands never write: on a missing store they say so and create nothing, on a store
// the user can only read they answer, and their errors carry the documented exit codes without
// SQL text. `upgrade` brings a store up to date for them.
#include "cli_fixture.hpp"

#include <sys/stat.h>
#include <unistd.h>

namespace codeset::test {
namespace {

class StoreAccess : public CliTest {};

// Every read command, as a user types it against the sample store.
const std::vector<std::vector<std::string>> read_commands = {
    {"releases"},
    {"releases", "icd10cm", "--files", "--warnings"},
    {"show", "icd10cm", "A00.0"},
    {"show", "icd10cm", "A00.0", "--at", "2025-11-01", "--format", "json"},
    {"history", "icd10cm", "A00.0"},
    {"diff", "icd10cm", "FY2025", "FY2026"},
    {"verify", "icd10cm", "FY2026"},
    {"search", "icd10cm", "cholera"},
    {"export", "icd10cm", "FY2026"},
};

std::string joined(const std::vector<std::string>& args) {
    std::string text;
    for (const std::string& arg : args) text += (text.empty() ? "" : " ") + arg;
    return text;
}

TEST_F(StoreAccess, ReadCommandsOnAMissingStoreSaySoAndCreateNothing) {
    for (const auto& command : read_commands) {
        std::vector<std::string> args = {"--db", "mistyped.db"};
        args.insert(args.end(), command.begin(), command.end());
        const CommandResult result = codeset(args);
        EXPECT_EQ(result.exit_code, 4) << joined(command) << ": " << result.err;
        EXPECT_NE(result.err.find("mistyped.db: no codeset store here"), std::string::npos) << result.err;
        EXPECT_TRUE(result.out.empty()) << result.out;
        EXPECT_FALSE(std::filesystem::exists(dir / "mistyped.db")) << joined(command);
        EXPECT_FALSE(std::filesystem::exists(dir / "mistyped.db-journal")) << joined(command);
    }
}

TEST_F(StoreAccess, ReadCommandsLeaveTheStoreByteForByte) {
    import_samples();
    const std::string before = read_text(dir / "codeset.db");
    const auto modified = std::filesystem::last_write_time(dir / "codeset.db");
    for (const auto& command : read_commands) {
        const CommandResult result = codeset(command);
        EXPECT_EQ(result.exit_code, 0) << joined(command) << ": " << result.err;
    }
    EXPECT_EQ(read_text(dir / "codeset.db"), before);
    EXPECT_EQ(std::filesystem::last_write_time(dir / "codeset.db"), modified);
}

// As a user who may read the store but not write it or its folder. Run as root (CI), the commands
// run as the user nobody, for whom the permission bits hold.
TEST_F(StoreAccess, ReadCommandsWorkOnAStoreTheUserCanOnlyRead) {
    import_samples();
    const auto store = dir / "readonly" / "codes.db";
    std::filesystem::create_directories(store.parent_path());
    std::filesystem::copy_file(dir / "codeset.db", store);
    const auto output = dir / "output";
    std::filesystem::create_directories(output);
    std::filesystem::permissions(output, std::filesystem::perms::all);
    std::filesystem::permissions(store, std::filesystem::perms::owner_read | std::filesystem::perms::group_read |
                                            std::filesystem::perms::others_read);
    std::filesystem::permissions(store.parent_path(),
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec |
                                     std::filesystem::perms::group_read | std::filesystem::perms::group_exec |
                                     std::filesystem::perms::others_read | std::filesystem::perms::others_exec);
    std::filesystem::permissions(dir, std::filesystem::perms::others_read | std::filesystem::perms::others_exec,
                                 std::filesystem::perm_options::add);
    const std::string as_reader =
        ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : std::string();
    const std::string before = read_text(store);

    for (auto command : read_commands) {
        command.insert(command.begin(), {"--db", store.string()});
        std::string line = "cd " + shell_quote(store.parent_path().string()) + " && env -u CODESET_DB " + as_reader +
                           shell_quote(CODESET_BINARY);
        for (const std::string& arg : command) line += " " + shell_quote(arg);
        line += " > " + shell_quote((output / "out").string()) + " 2> " + shell_quote((output / "err").string());
        const int status = std::system(line.c_str());
        ASSERT_TRUE(WIFEXITED(status));
        EXPECT_EQ(WEXITSTATUS(status), 0) << joined(command) << ": " << read_text(output / "err");
        EXPECT_FALSE(read_text(output / "out").empty()) << joined(command);
    }
    EXPECT_EQ(read_text(store), before);
    EXPECT_FALSE(std::filesystem::exists(store.string() + "-journal"));

    // Writing is refused with the store's own message: exit 4, the store as it was.
    const std::string import_line = "cd " + shell_quote(store.parent_path().string()) + " && " + as_reader +
                                    shell_quote(CODESET_BINARY) + " --db " + shell_quote(store.string()) +
                                    " import --version FY2027 --replace " + shell_quote(sample(sample_2026).string()) +
                                    " > /dev/null 2> " + shell_quote((output / "err").string());
    const int status = std::system(import_line.c_str());
    ASSERT_TRUE(WIFEXITED(status));
    if (::geteuid() == 0 || ::access(store.c_str(), W_OK) != 0) {
        EXPECT_EQ(WEXITSTATUS(status), 4) << read_text(output / "err");
        EXPECT_NE(read_text(output / "err").find("cannot be written"), std::string::npos) << read_text(output / "err");
    }
    EXPECT_EQ(read_text(store), before);
    std::filesystem::permissions(store.parent_path(), std::filesystem::perms::owner_all);
}

TEST_F(StoreAccess, ExitCodesAreTheDocumentedOnesAndNoErrorShowsSql) {
    import_samples();
    // A malformed date is a usage error.
    const CommandResult date = codeset({"show", "icd10cm", "A00.0", "--at", "2025-13-01"});
    EXPECT_EQ(date.exit_code, 2) << date.err;
    EXPECT_NE(date.err.find("'2025-13-01' is not a date"), std::string::npos) << date.err;
    EXPECT_EQ(codeset({"diff", "icd10cm", "2025-02-30", "FY2026"}).exit_code, 2);

    // A file that is not a codeset store: exit 4 for every command, the file untouched.
    std::ofstream(dir / "notes.txt") << std::string(5000, 'x');
    std::ofstream(dir / "empty.db").close();
    for (const std::string file : {"notes.txt", "empty.db"}) {
        const std::string before = read_text(dir / file);
        std::vector<std::vector<std::string>> commands = {{"releases"}, {"search", "icd10cm", "cholera"}};
        // An empty file may become a store by an import (`touch codes.db` first); text may not.
        if (file == "notes.txt") commands.push_back({"import", sample(sample_2026).string()});
        for (const auto& command : commands) {
            std::vector<std::string> args = {"--db", file};
            args.insert(args.end(), command.begin(), command.end());
            const CommandResult result = codeset(args);
            EXPECT_EQ(result.exit_code, 4) << file << " " << joined(command) << ": " << result.err;
            EXPECT_NE(result.err.find("not a codeset store"), std::string::npos) << result.err;
            for (const char* sql : {"SELECT", "INSERT", "PRAGMA", "CREATE"})
                EXPECT_EQ(result.err.find(sql), std::string::npos) << result.err;
        }
        if (file == "notes.txt") {
            EXPECT_EQ(read_text(dir / file), before);
        }
    }
}

TEST_F(StoreAccess, UpgradeNeedsAStoreAndSaysWhatItDid) {
    const CommandResult missing = codeset({"--db", "missing.db", "upgrade"});
    EXPECT_EQ(missing.exit_code, 4) << missing.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "missing.db"));
    import_samples();
    const CommandResult current = codeset({"upgrade"});
    EXPECT_EQ(current.exit_code, 0) << current.err;
    EXPECT_NE(current.out.find("codeset.db: schema"), std::string::npos) << current.out;
    EXPECT_NE(current.out.find("up to date"), std::string::npos) << current.out;
}

}  // namespace
}  // namespace codeset::test
