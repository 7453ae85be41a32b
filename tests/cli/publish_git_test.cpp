// codeset publish git on the sample releases and invented CPT packages, read back with the real
// git program: log, tags, fsck, and `git diff --numstat` against `codeset diff`.
#include "cli_fixture.hpp"
#include "git_history_support.hpp"

#include "codeset/core/code_system.hpp"

#include <gmock/gmock.h>

namespace codeset::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

class PublishGit : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        if (!have_git()) GTEST_SKIP() << "git is not installed: the published history cannot be read back";
        repo = dir / "history.git";
    }
    CommandResult publish(std::vector<std::string> extra = {}, const std::string& system = "icd10cm") {
        std::vector<std::string> args = {"publish", "git", system, repo.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return codeset(args);
    }
    std::string git(const std::string& args) {
        const CommandResult result = run_git(repo, args);
        EXPECT_EQ(result.exit_code, 0) << "git " << args << ": " << result.err;
        return result.out;
    }
    std::string rev(const std::string& name) {
        std::string id = git("rev-parse " + name);
        if (!id.empty() && id.back() == '\n') id.pop_back();
        return id;
    }
    std::filesystem::path repo;
};

TEST_F(PublishGit, OneCommitAndAnnotatedTagPerReleaseThatGitReads) {
    import_samples();
    const CommandResult result = publish({"--init"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("icd10cm/FY2025 "));
    EXPECT_THAT(result.out, HasSubstr("icd10cm/FY2026 "));
    EXPECT_THAT(result.out, HasSubstr("12 added, 5 deleted, 3 revised against FY2025"));

    EXPECT_EQ(git("log --format='%an <%ae> %aI %cI|%s' icd10cm"),
              "codeset <codeset@invalid> 2025-10-01T00:00:00+00:00 2025-10-01T00:00:00+00:00|icd10cm FY2026, in force from "
              "2025-10-01: 12 codes added, 5 deleted, 3 revised, 4 header changes (against FY2025)\n"
              "codeset <codeset@invalid> 2024-10-01T00:00:00+00:00 2024-10-01T00:00:00+00:00|icd10cm FY2025, in force from "
              "2024-10-01: first release on this branch, 36 billable codes\n");
    EXPECT_EQ(git("for-each-ref --format='%(refname) %(objecttype) %(*objectname)' refs/tags"),
              "refs/tags/icd10cm/FY2025 tag " + rev("icd10cm~1") + "\nrefs/tags/icd10cm/FY2026 tag " + rev("icd10cm") + "\n");
    EXPECT_THAT(git("tag -n1"), HasSubstr("icd10cm/FY2026  icd10cm FY2026, in force from 2025-10-01: 12 codes added"));
    git("fsck --strict --no-dangling");
    EXPECT_EQ(git("symbolic-ref HEAD"), "refs/heads/icd10cm\n");  // a clone checks the branch out
    EXPECT_THAT(git("log -1 --format=%B icd10cm"), HasSubstr("\n\nCodeset-Release: icd10cm/FY2026\n"));

    // NEWS opens with the Briefly line, which is the commit's subject; the counts are the diff's.
    const std::string news = git("show icd10cm/FY2026:NEWS");
    EXPECT_THAT(news, StartsWith("Briefly: icd10cm FY2026, in force from 2025-10-01: 12 codes added"));
    EXPECT_THAT(news, HasSubstr("billable codes deleted             5"));
    EXPECT_THAT(git("show icd10cm/FY2026:codes/E.tsv"),
                HasSubstr("E11.A\tbillable\tType 2 diabetes mellitus without complications in remission\t"));

    // git's line counts are codeset's code changes, file by file.
    const nlohmann::json diff = json_of({"diff", "icd10cm", "FY2025", "FY2026", "--format", "json"});
    const NumStat expected = expected_numstat(diff, require_code_system("icd10cm"));
    EXPECT_FALSE(expected.empty());
    EXPECT_EQ(git_numstat(repo, "icd10cm/FY2025", "icd10cm/FY2026"), expected);
}

TEST_F(PublishGit, ReRunsAddOnlyNewReleasesAndGiveTheSameCommitsAsOneRun) {
    ASSERT_EQ(codeset({"import", sample(sample_2025).string()}).exit_code, 0);
    ASSERT_EQ(publish({"--init"}).exit_code, 0);
    const CommandResult again = publish();
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(again.out, "branch icd10cm is up to date at icd10cm/FY2025\n");

    ASSERT_EQ(codeset({"import", sample(sample_2026).string()}).exit_code, 0);
    const CommandResult only_new = publish();
    ASSERT_EQ(only_new.exit_code, 0) << only_new.err;
    EXPECT_THAT(only_new.out, Not(HasSubstr("FY2025 ")));
    EXPECT_THAT(only_new.out, HasSubstr("icd10cm/FY2026 "));
    EXPECT_THAT(publish().out, HasSubstr("up to date at icd10cm/FY2026"));

    // Another store that imported both in the other order, published into another repository.
    const std::filesystem::path other = dir / "other.git";
    ASSERT_EQ(codeset({"--db", "second.db", "import", sample(sample_2026).string(), sample(sample_2025).string()}).exit_code, 0);
    ASSERT_EQ(codeset({"--db", "second.db", "publish", "git", "icd10cm", other.string(), "--init"}).exit_code, 0);
    const std::string tip = rev("icd10cm");
    EXPECT_EQ(run_git(other, "rev-parse icd10cm").out, tip + "\n");
    EXPECT_EQ(run_git(other, "rev-parse icd10cm/FY2026").out, rev("icd10cm/FY2026") + "\n");
    // The same on every machine: fixed identity, effective dates, content only.
    EXPECT_EQ(tip, "b43de6a47f5dc35e9e31ec1b53196cedd9d02674");

    // Another identity is another history.
    const std::filesystem::path signed_repo = dir / "signed.git";
    ASSERT_EQ(codeset({"publish", "git", "icd10cm", signed_repo.string(), "--init", "--author", "Coding Team", "--email",
                       "coding@example.org"})
                  .exit_code,
              0);
    EXPECT_EQ(run_git(signed_repo, "log -1 --format='%an <%ae>|%cn <%ce>|%(trailers:key=Codeset-Release,valueonly)'").out,
              "Coding Team <coding@example.org>|Coding Team <coding@example.org>|icd10cm/FY2026\n\n");
    EXPECT_NE(run_git(signed_repo, "rev-parse icd10cm").out, tip + "\n");
}

TEST_F(PublishGit, AnOlderReleaseIsRefusedUnlessRebuildingWhichTouchesNothingElse) {
    ASSERT_EQ(codeset({"import", sample(sample_2026).string()}).exit_code, 0);
    ASSERT_EQ(publish({"--init"}).exit_code, 0);
    const std::string lone = rev("icd10cm");
    // What else the repository holds: another branch and another tag.
    git("update-ref refs/heads/local-notes " + lone);
    git("tag keep-me " + lone);

    ASSERT_EQ(codeset({"import", sample(sample_2025).string()}).exit_code, 0);
    const CommandResult refused = publish();
    EXPECT_EQ(refused.exit_code, 4);
    EXPECT_THAT(refused.err, HasSubstr("lacks FY2025 (2024-10-01), older than its tip: --rebuild"));
    EXPECT_EQ(rev("icd10cm"), lone);

    const CommandResult rebuilt = publish({"--rebuild"});
    ASSERT_EQ(rebuilt.exit_code, 0) << rebuilt.err;
    EXPECT_THAT(rebuilt.out, HasSubstr("icd10cm/FY2025 "));
    EXPECT_THAT(rebuilt.out, HasSubstr("rewritten"));
    EXPECT_EQ(git("rev-list --count icd10cm"), "2\n");
    EXPECT_EQ(rev("icd10cm/FY2026^{commit}"), rev("icd10cm"));
    EXPECT_EQ(rev("icd10cm/FY2025^{commit}"), rev("icd10cm~1"));
    EXPECT_EQ(rev("local-notes"), lone);
    EXPECT_EQ(rev("keep-me"), lone);
    git("fsck --strict --no-dangling");

    // The same releases on another branch give the same commits: the tags agree.
    const CommandResult mirror = publish({"--branch", "mirror"});
    EXPECT_EQ(mirror.exit_code, 0) << mirror.err;
    EXPECT_EQ(rev("mirror"), rev("icd10cm"));

    // A store holding FY2026 alone: its commit differs, so the tag is refused without --rebuild;
    // rebuilding moves it, and keeps the tag of FY2025, which branch icd10cm still holds.
    ASSERT_EQ(codeset({"--db", "alone.db", "import", sample(sample_2026).string()}).exit_code, 0);
    const CommandResult clash = codeset({"--db", "alone.db", "publish", "git", "icd10cm", repo.string(), "--branch", "alone"});
    EXPECT_EQ(clash.exit_code, 4);
    EXPECT_THAT(clash.err, HasSubstr("icd10cm/FY2026 already tags commit"));
    const CommandResult alone =
        codeset({"--db", "alone.db", "publish", "git", "icd10cm", repo.string(), "--branch", "mirror", "--rebuild"});
    ASSERT_EQ(alone.exit_code, 0) << alone.err;
    EXPECT_EQ(rev("icd10cm/FY2026^{commit}"), rev("mirror"));
    EXPECT_EQ(rev("icd10cm/FY2025^{commit}"), rev("icd10cm~1"));
    EXPECT_EQ(rev("local-notes"), lone);
    EXPECT_EQ(git("rev-list --count mirror"), "1\n");

    // Once no branch holds FY2025, rebuilding the last one that did deletes its tag.
    git("update-ref -d refs/heads/icd10cm");
    ASSERT_EQ(publish({"--branch", "mirror", "--rebuild"}).exit_code, 0);
    EXPECT_EQ(git("rev-list --count mirror"), "2\n");
    ASSERT_EQ(codeset({"--db", "alone.db", "publish", "git", "icd10cm", repo.string(), "--branch", "mirror", "--rebuild"})
                  .exit_code,
              0);
    EXPECT_EQ(run_git(repo, "rev-parse -q --verify refs/tags/icd10cm/FY2025").exit_code, 1);
    git("fsck --strict --no-dangling");
}

TEST_F(PublishGit, MissingOrUnusableRepositoriesAreOneLineErrors) {
    import_samples();
    const CommandResult missing = publish();
    EXPECT_EQ(missing.exit_code, 5);
    EXPECT_EQ(missing.err, "codeset: error: " + repo.string() + ": no such git repository (--init creates a bare one)\n");

    std::filesystem::create_directories(dir / "plain");
    std::ofstream(dir / "plain" / "file.txt") << "not a repository\n";
    const CommandResult plain = codeset({"publish", "git", "icd10cm", (dir / "plain").string()});
    EXPECT_EQ(plain.exit_code, 3);
    EXPECT_THAT(plain.err, HasSubstr("plain: not a git repository"));
    EXPECT_EQ(codeset({"publish", "git", "icd10cm", (dir / "plain").string(), "--init"}).exit_code, 3);  // never inits over files

    // A work tree with the branch checked out is refused (as receive.denyCurrentBranch does);
    // another branch checked out there is fine and its files stay as they were.
    const std::filesystem::path work = dir / "work";
    ASSERT_EQ(std::system(("git init -q -b icd10cm " + shell_quote(work.string())).c_str()), 0);
    const CommandResult current = codeset({"publish", "git", "icd10cm", work.string()});
    EXPECT_EQ(current.exit_code, 4);
    EXPECT_THAT(current.err, HasSubstr("has branch icd10cm checked out"));
    const CommandResult other = codeset({"publish", "git", "icd10cm", work.string(), "--branch", "codes"});
    EXPECT_EQ(other.exit_code, 0) << other.err;
    EXPECT_FALSE(std::filesystem::exists(work / "NEWS"));
    EXPECT_EQ(run_git(work, "rev-list --count codes").out, "2\n");

    // A branch holding commits codeset did not write is not taken over.
    ASSERT_EQ(run_git(work, "-c user.name=x -c user.email=x@example.org commit -q --allow-empty -m mine").exit_code, 0);
    const CommandResult foreign = codeset({"publish", "git", "icd10cm", work.string(), "--branch", "icd10cm"});
    EXPECT_EQ(foreign.exit_code, 4);
    ASSERT_EQ(run_git(work, "checkout -q -b elsewhere").exit_code, 0);
    const CommandResult taken = codeset({"publish", "git", "icd10cm", work.string(), "--branch", "icd10cm"});
    EXPECT_EQ(taken.exit_code, 4);
    EXPECT_THAT(taken.err, HasSubstr("which codeset did not write for icd10cm: choose another --branch"));

    EXPECT_EQ(codeset({"publish", "git", "icd10cm", repo.string(), "--init", "--author", "Only A Name"}).exit_code, 2);
    const CommandResult bad_branch = codeset({"publish", "git", "icd10cm", repo.string(), "--init", "--branch", "a..b"});
    EXPECT_EQ(bad_branch.exit_code, 2);
    EXPECT_EQ(bad_branch.err, "codeset: error: --branch a..b: not a name git accepts for a branch\n");
    EXPECT_FALSE(std::filesystem::exists(repo));  // refused before anything was created
}

TEST_F(PublishGit, CptDescriptorsLeaveOnlyWithTheLicenceStatement) {
    ASSERT_EQ(codeset({"import", fixture("cpt/cpt-2026-invented.zip").string(), fixture("cpt/cpt-2027-invented").string()})
                  .exit_code,
              0);
    const CommandResult guarded = publish({"--init"}, "cpt");
    ASSERT_EQ(guarded.exit_code, 0) << guarded.err;
    EXPECT_THAT(guarded.err, HasSubstr("licensed"));
    EXPECT_THAT(git("grep -c Invented cpt -- ; true"), Not(HasSubstr(":")));
    EXPECT_THAT(git("show cpt/2027:codes/9.tsv"), HasSubstr("9999"));
    EXPECT_THAT(git("show cpt/2027:NEWS"), HasSubstr("Descriptors are left out: "));
    EXPECT_THAT(git("log --format=%B cpt"), Not(HasSubstr("Invented")));
    git("fsck --strict --no-dangling");

    // Published without the statement, the branch does not silently gain descriptors.
    const CommandResult mixed = publish({"--my-license-covers-descriptors"}, "cpt");
    EXPECT_EQ(mixed.exit_code, 4);
    EXPECT_THAT(mixed.err, HasSubstr("holds 2027 with other codes than the store has"));
    EXPECT_THAT(publish({}, "cpt").out, HasSubstr("up to date"));

    repo = dir / "licensed.git";
    ASSERT_EQ(publish({"--init", "--my-license-covers-descriptors"}, "cpt").exit_code, 0);
    EXPECT_THAT(git("grep -h Invented cpt -- codes/"), HasSubstr("Invented"));
    EXPECT_THAT(git("show cpt/2027:NEWS"), Not(HasSubstr("left out")));
}

}  // namespace
}  // namespace codeset::test
