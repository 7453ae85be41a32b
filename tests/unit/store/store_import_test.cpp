// Importing releases: round trip, deduplication, idempotence, conflicts, replace, atomicity.
#include "codeset/store/store.hpp"
#include "sqlite/database.hpp"
#include "store_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

namespace codeset {
namespace {

using test::code;
using test::codes_of;
using test::release_info;
using test::ReleaseData;
using test::small_release;

class StoreImport : public test::StoreTest {};

std::int64_t count_rows(const std::filesystem::path& path, const std::string& table) {
    detail::Database db(path, detail::Database::Mode::read_only);
    // Table names come from the test itself, never from data.
    detail::Statement statement = db.prepare("SELECT count(*) FROM " + table);
    statement.step();
    return statement.int64(0);
}

void expect_same_content(const std::vector<CodeRecord>& actual, const std::vector<CodeRecord>& expected) {
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        EXPECT_TRUE(actual[i].same_content(expected[i])) << "row " << i + 1 << ": " << actual[i].code;
        EXPECT_EQ(actual[i].order, i + 1) << actual[i].code;
    }
}

void expect_same_addenda(const std::vector<AddendumEntry>& actual, const std::vector<AddendumEntry>& expected) {
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        EXPECT_EQ(actual[i].action, expected[i].action) << i;
        EXPECT_EQ(actual[i].billable, expected[i].billable) << i;
        EXPECT_EQ(actual[i].code, expected[i].code) << i;
        EXPECT_EQ(actual[i].short_title, expected[i].short_title) << i;
        EXPECT_EQ(actual[i].long_title, expected[i].long_title) << i;
        EXPECT_EQ(actual[i].member, expected[i].member) << i;
        EXPECT_EQ(actual[i].line, expected[i].line) << i;
    }
}

TEST_F(StoreImport, RoundTripsCodesAddendaWarningsAndFiles) {
    Store store(store_path());
    ReleaseData data = small_release(2026);
    data.codes.push_back(
        code("X9999", true, "A code with attributes", "With attributes", {{"axis", "body part"}, {"pricing", "13"}}));
    data.codes.push_back(code("Y0000", false, "", ""));  // empty titles survive
    const auto result = store.import_release(release_info("FY2026", {2025, 10, 1}), data.reader());

    EXPECT_EQ(result.outcome, ImportOutcome::imported);
    EXPECT_EQ(result.new_contents, data.codes.size());
    const ReleaseRecord& release = result.release;
    EXPECT_GT(release.id, 0);
    EXPECT_EQ(release.info.system, "icd10cm");
    EXPECT_EQ(release.info.version, "FY2026");
    EXPECT_EQ(release.info.effective, (Date{2025, 10, 1}));
    EXPECT_EQ(release.info.kind, ReleaseKind::annual);
    EXPECT_EQ(release.info.importer, "test");
    EXPECT_EQ(release.code_count, data.codes.size());
    EXPECT_EQ(release.billable_count,
              std::size_t(std::count_if(data.codes.begin(), data.codes.end(), [](auto& c) { return c.billable; })));
    EXPECT_EQ(release.warning_count, 1u);
    EXPECT_EQ(release.files, data.files);
    ASSERT_EQ(release.imported_at.size(), 20u) << release.imported_at;
    EXPECT_EQ(release.imported_at[10], 'T');
    EXPECT_EQ(release.imported_at.back(), 'Z');

    // Read back from a fresh connection.
    Store reopened(store_path());
    const auto releases = reopened.releases();
    ASSERT_EQ(releases.size(), 1u);
    EXPECT_EQ(releases[0].id, release.id);
    EXPECT_EQ(releases[0].files, data.files);
    EXPECT_EQ(releases[0].warning_count, 1u);
    EXPECT_EQ(releases[0].imported_at, release.imported_at);

    expect_same_content(codes_of(reopened, releases[0]), data.codes);
    expect_same_addenda(reopened.addenda(releases[0]), data.addenda);
    const auto warnings = reopened.warnings(releases[0]);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].where, data.warnings[0].where);
    EXPECT_EQ(warnings[0].message, data.warnings[0].message);

    const auto ids = reopened.members(releases[0]);
    ASSERT_EQ(ids.size(), data.codes.size());
    const auto loaded = reopened.load_contents(ids);
    for (std::size_t i = 0; i < loaded.size(); ++i) {
        EXPECT_TRUE(loaded[i].same_content(data.codes[i])) << data.codes[i].code;
        EXPECT_EQ(loaded[i].order, 0u);
    }

    const auto found = reopened.find_code(releases[0], "X9999");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->order, data.codes.size() - 1);
    EXPECT_TRUE(found->same_content(data.codes[data.codes.size() - 2]));
    EXPECT_EQ(found->attributes, (std::vector<Attribute>{{"axis", "body part"}, {"pricing", "13"}}));
    const auto header = reopened.find_code(releases[0], "A00");
    ASSERT_TRUE(header);
    EXPECT_EQ(header->order, 1u);
    EXPECT_FALSE(header->billable);
    EXPECT_FALSE(reopened.find_code(releases[0], "Z999"));
    EXPECT_FALSE(reopened.find_code(releases[0], "A00.0"));
}

std::vector<std::string> content_indexes(const std::filesystem::path& path) {
    detail::Database db(path, detail::Database::Mode::read_only);
    detail::Statement statement =
        db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'content' AND sql IS NOT NULL");
    std::vector<std::string> names;
    while (statement.step()) names.emplace_back(statement.text(0));
    return names;
}

// The first import into an empty store builds the content index at the end; it must be there
// afterwards, and after a failed first import too.
TEST_F(StoreImport, TheContentIndexSurvivesTheFirstImport) {
    Store store(store_path());
    const auto before = content_indexes(store_path());
    ASSERT_EQ(before, std::vector<std::string>{"content_by_code"});
    const ReleaseData data = small_release(2026);
    EXPECT_THROW(store.import_release(release_info("FY2026", {2025, 10, 1}),
                                      [&](RecordSink& sink) {
                                          sink.add_code(data.codes[0]);
                                          throw Error(ErrorCode::io, "read error");
                                      }),
                 Error);
    EXPECT_EQ(content_indexes(store_path()), before);
    store.import_release(release_info("FY2026", {2025, 10, 1}), data.reader());
    EXPECT_EQ(content_indexes(store_path()), before);
    EXPECT_EQ(store.contents_of_code("icd10cm", "A000").size(), 1u);
}

TEST_F(StoreImport, LoadContentsFollowsTheGivenOrder) {
    Store store(store_path());
    const ReleaseData data = small_release(2026);
    const auto release = store.import_release(release_info("FY2026", {2025, 10, 1}), data.reader()).release;
    auto ids = store.members(release);
    std::reverse(ids.begin(), ids.end());
    ids.push_back(ids.front());  // repeated ids are fine
    const auto loaded = store.load_contents(ids);
    ASSERT_EQ(loaded.size(), ids.size());
    EXPECT_EQ(loaded.front().code, data.codes.back().code);
    EXPECT_EQ(loaded.back().code, data.codes.back().code);
    EXPECT_EQ(loaded[ids.size() - 2].code, data.codes.front().code);
    const std::vector<ContentId> missing = {ids.front(), 999999};
    try {
        store.load_contents(missing);
        FAIL() << "expected Error(not_found)";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::not_found);
    }
}

TEST_F(StoreImport, UnchangedContentIsStoredOnceAcrossReleases) {
    Store store(store_path());
    const ReleaseData a = small_release(2020);
    const ReleaseData b = small_release(2022);  // U071 retitled, U072 added
    const auto first = store.import_release(release_info("FY2020", {2019, 10, 1}), a.reader());
    EXPECT_EQ(first.new_contents, a.codes.size());
    const auto second = store.import_release(release_info("FY2022", {2021, 10, 1}), b.reader());
    EXPECT_EQ(second.outcome, ImportOutcome::imported);
    EXPECT_EQ(second.new_contents, 2u);
    EXPECT_EQ(count_rows(store_path(), "content"), std::int64_t(a.codes.size() + 2));

    // Shared codes point at the same content ids.
    const auto ids_a = store.members(first.release);
    const auto ids_b = store.members(second.release);
    EXPECT_EQ(std::vector<ContentId>(ids_a.begin(), ids_a.begin() + 7),
              std::vector<ContentId>(ids_b.begin(), ids_b.begin() + 7));
    EXPECT_NE(ids_a[7], ids_b[7]);

    // Both versions of U071 are kept, each once.
    const auto u071 = store.contents_of_code("icd10cm", "U071");
    ASSERT_EQ(u071.size(), 2u);
    EXPECT_EQ(u071[0].second.long_title, "Emergency use of U07.1");
    EXPECT_EQ(u071[1].second.long_title, "COVID-19");
    EXPECT_EQ(store.contents_of_code("icd10cm", "A000").size(), 1u);
    EXPECT_TRUE(store.contents_of_code("icd10cm", "NOPE").empty());
    EXPECT_TRUE(store.contents_of_code("icd10pcs", "U071").empty());
}

TEST_F(StoreImport, OrderNumbersAreNotContent) {
    Store store(store_path());
    ReleaseData a = small_release(2022);
    ReleaseData b = a;
    std::rotate(b.codes.begin(), b.codes.begin() + 3, b.codes.end());  // every order number shifts
    store.import_release(release_info("FY2022", {2021, 10, 1}), a.reader());
    const auto second = store.import_release(release_info("FY2023", {2022, 10, 1}), b.reader());
    EXPECT_EQ(second.new_contents, 0u);
    const auto found = store.find_code(second.release, "A000");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->order, a.codes.size() - 3 + 2);
}

TEST_F(StoreImport, TheSameCodeInAnotherSystemIsAnotherContent) {
    Store store(store_path());
    const ReleaseData data = small_release(2022);
    store.import_release(release_info("FY2022", {2021, 10, 1}), data.reader());
    const auto other = store.import_release(release_info("2022", {2022, 1, 1}, "hcpcs"), data.reader());
    EXPECT_EQ(other.new_contents, data.codes.size());
    EXPECT_EQ(store.releases("hcpcs").size(), 1u);
    EXPECT_EQ(store.releases("icd10cm").size(), 1u);
    EXPECT_EQ(store.releases().size(), 2u);
}

TEST_F(StoreImport, ReimportingTheSameReleaseIsUnchanged) {
    Store store(store_path());
    const ReleaseData data = small_release(2026);
    const auto first = store.import_release(release_info("FY2026", {2025, 10, 1}), data.reader());
    const auto bytes = test::read_bytes(store_path());

    // The same content read from elsewhere (other files, other addenda line numbers, other warnings).
    ReleaseData again = data;
    again.files = {{"folder", "icd10cm-order.txt", 1, std::string(64, 'c'), "order"}};
    again.warnings.clear();
    for (auto& entry : again.addenda) entry.line += 100;
    const auto second = store.import_release(release_info("fy2026", {2025, 10, 1}), again.reader());
    EXPECT_EQ(second.outcome, ImportOutcome::unchanged);
    EXPECT_EQ(second.new_contents, 0u);
    EXPECT_EQ(second.release.id, first.release.id);
    EXPECT_EQ(second.release.info.version, "FY2026");
    EXPECT_EQ(second.release.files, data.files);
    EXPECT_EQ(test::read_bytes(store_path()), bytes);  // nothing written
}

TEST_F(StoreImport, DifferentContentUnderAnExistingLabelIsAConflict) {
    Store store(store_path());
    const ReleaseData data = small_release(2026);
    store.import_release(release_info("FY2026", {2025, 10, 1}), data.reader());
    const auto bytes = test::read_bytes(store_path());

    ReleaseData changed = data;
    changed.codes[2].long_title += " (revised)";
    try {
        store.import_release(release_info("FY2026", {2025, 10, 1}), changed.reader());
        FAIL() << "expected Error(conflict)";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::conflict);
        EXPECT_STREQ(error.what(),
                     "icd10cm FY2026 is already in the store with different content; if it is a later update of "
                     "FY2026, import it with --version FY2026-04 or --version FY2026-01; use --replace to overwrite it");
    }
    EXPECT_EQ(test::read_bytes(store_path()), bytes);

    // Changed addenda alone are different content too.
    ReleaseData other_addenda = data;
    other_addenda.addenda.pop_back();
    EXPECT_THROW(store.import_release(release_info("FY2026", {2025, 10, 1}), other_addenda.reader()), Error);

    // So is another effective date for the same label.
    try {
        store.import_release(release_info("FY2026", {2025, 10, 2}), data.reader());
        FAIL() << "expected Error(conflict)";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::conflict);
        EXPECT_NE(std::string(error.what()).find("effective date"), std::string::npos) << error.what();
    }
    EXPECT_EQ(test::read_bytes(store_path()), bytes);
}

TEST_F(StoreImport, ReplaceOverwritesAndCollectsUnusedContents) {
    Store store(store_path());
    const ReleaseData data = small_release(2026);
    const ReleaseData older = small_release(2020);
    store.import_release(release_info("FY2020", {2019, 10, 1}), older.reader());
    store.import_release(release_info("FY2026", {2025, 10, 1}), data.reader());
    const auto contents_before = count_rows(store_path(), "content");

    ReleaseData changed = data;
    changed.codes[3].long_title = "Cholera, unspecified (replaced)";
    changed.codes.pop_back();  // U072 gone: its content is used by no release any more
    changed.addenda.resize(1);
    changed.warnings.clear();
    changed.files.resize(1);
    const auto result =
        store.import_release(release_info("FY2026", {2025, 10, 1}), changed.reader(), ImportOptions{.replace = true});
    EXPECT_EQ(result.outcome, ImportOutcome::replaced);
    EXPECT_EQ(result.new_contents, 1u);

    const auto releases = store.releases("icd10cm");
    ASSERT_EQ(releases.size(), 2u);
    const auto& replaced = releases[1];
    EXPECT_EQ(replaced.info.version, "FY2026");
    EXPECT_EQ(replaced.code_count, changed.codes.size());
    EXPECT_EQ(replaced.warning_count, 0u);
    EXPECT_EQ(replaced.files, changed.files);
    expect_same_content(codes_of(store, replaced), changed.codes);
    expect_same_addenda(store.addenda(replaced), changed.addenda);
    EXPECT_TRUE(store.warnings(replaced).empty());

    // U072 is listed by no release any more: collected. The old A009 is still FY2020's: kept.
    EXPECT_EQ(count_rows(store_path(), "content"), contents_before + 1 - 1);
    EXPECT_TRUE(store.contents_of_code("icd10cm", "U072").empty());
    EXPECT_EQ(store.contents_of_code("icd10cm", "A009").size(), 2u);
    EXPECT_EQ(count_rows(store_path(), "addendum"), std::int64_t(older.addenda.size() + 1));
    EXPECT_EQ(count_rows(store_path(), "source_file"), std::int64_t(older.files.size() + 1));
    EXPECT_EQ(count_rows(store_path(), "import_warning"), std::int64_t(older.warnings.size()));

    // The older release is untouched.
    expect_same_content(codes_of(store, releases[0]), older.codes);

    // Replacing with identical content is still "unchanged".
    const auto again =
        store.import_release(release_info("FY2026", {2025, 10, 1}), changed.reader(), ImportOptions{.replace = true});
    EXPECT_EQ(again.outcome, ImportOutcome::unchanged);
}

TEST_F(StoreImport, ReannotatingTheStoredReleaseIsNotAReplace) {
    Store store(store_path());
    const ReleaseData data = small_release(2026);
    store.import_release(release_info("FY2026", {2025, 10, 1}), data.reader());

    // The same codes, now with a companion's attribute: annotated, not refused, not "replaced".
    ReleaseData annotated = data;
    annotated.codes[0].attributes.push_back({"chapter", "1"});
    const auto result = store.import_release(release_info("FY2026", {2025, 10, 1}), annotated.reader(),
                                             ImportOptions{.reannotate = true});
    EXPECT_EQ(result.outcome, ImportOutcome::annotated);
    const auto releases = store.releases("icd10cm");
    ASSERT_EQ(releases.size(), 1u);
    expect_same_content(codes_of(store, releases[0]), annotated.codes);

    // Annotating again with the same attributes changes nothing.
    EXPECT_EQ(store.import_release(release_info("FY2026", {2025, 10, 1}), annotated.reader(),
                                   ImportOptions{.reannotate = true})
                  .outcome,
              ImportOutcome::unchanged);
    // Without it, the same change is a conflict the user must resolve with replace.
    ReleaseData other = annotated;
    other.codes[0].attributes.back().value = "2";
    EXPECT_THROW(store.import_release(release_info("FY2026", {2025, 10, 1}), other.reader()), Error);
}

TEST_F(StoreImport, ReannotatingNeedsTheReleaseInTheStoreWithItsDates) {
    Store store(store_path());
    const ReleaseData data = small_release(2026);
    try {
        store.import_release(release_info("FY2026", {2025, 10, 1}), data.reader(), ImportOptions{.reannotate = true});
        FAIL() << "annotated a release that is not in the store";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::not_found) << e.what();
        EXPECT_NE(std::string(e.what()).find("icd10cm FY2026 is not in the store"), std::string::npos) << e.what();
    }
    EXPECT_TRUE(store.releases().empty());

    store.import_release(release_info("FY2026", {2025, 10, 1}), data.reader());
    ReleaseData annotated = data;
    annotated.codes[0].attributes.push_back({"chapter", "1"});
    // Other dates are not an annotation: refused as any conflict is.
    try {
        store.import_release(release_info("FY2026", {2026, 4, 1}), annotated.reader(), ImportOptions{.reannotate = true});
        FAIL() << "annotation changed the release's effective date";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::conflict) << e.what();
    }
    EXPECT_EQ(store.releases()[0].info.effective, (Date{2025, 10, 1}));
}

TEST_F(StoreImport, AFailingReaderLeavesTheStoreExactlyAsBefore) {
    Store store(store_path());
    const ReleaseData first = small_release(2020);
    store.import_release(release_info("FY2020", {2019, 10, 1}), first.reader());
    const auto bytes = test::read_bytes(store_path());
    const auto releases_before = store.releases();

    const ReleaseData data = small_release(2026);
    auto failing = [&](RecordSink& sink) {
        for (const auto& file : data.files) sink.add_source_file(file);
        for (const auto& entry : data.addenda) sink.add_addendum(entry);
        for (std::size_t i = 0; i < data.codes.size(); ++i) {
            if (i == 5) throw ParseError({"release.zip", "icd10cm-order.txt", 6, 15}, "flag 0 or 1");
            sink.add_code(data.codes[i]);
        }
    };
    try {
        store.import_release(release_info("FY2026", {2025, 10, 1}), failing);
        FAIL() << "expected the reader's ParseError";
    } catch (const ParseError& error) {
        EXPECT_EQ(error.where().line, 6u);
    }
    EXPECT_EQ(test::read_bytes(store_path()), bytes);
    EXPECT_EQ(store.releases().size(), releases_before.size());
    EXPECT_EQ(count_rows(store_path(), "content"), std::int64_t(first.codes.size()));
    EXPECT_FALSE(store.find_release("icd10cm", "FY2026"));

    // The store is usable afterwards, and the same import now succeeds.
    const auto result = store.import_release(release_info("FY2026", {2025, 10, 1}), data.reader());
    EXPECT_EQ(result.outcome, ImportOutcome::imported);
    EXPECT_EQ(result.new_contents, 2u);
}

TEST_F(StoreImport, AFailingReaderDuringReplaceKeepsTheOldRelease) {
    Store store(store_path());
    const ReleaseData data = small_release(2026);
    store.import_release(release_info("FY2026", {2025, 10, 1}), data.reader());
    const auto bytes = test::read_bytes(store_path());
    auto failing = [&](RecordSink& sink) {
        sink.add_code(code("NEW1", true, "A new code"));
        throw Error(ErrorCode::io, "release.zip: read error");
    };
    EXPECT_THROW(store.import_release(release_info("FY2026", {2025, 10, 1}), failing, ImportOptions{.replace = true}),
                 Error);
    EXPECT_EQ(test::read_bytes(store_path()), bytes);
    expect_same_content(codes_of(store, *store.find_release("icd10cm", "FY2026")), data.codes);
}

TEST_F(StoreImport, ADuplicateCodeIsRefused) {
    Store store(store_path());
    const auto bytes = test::read_bytes(store_path());
    ReleaseData data = small_release(2026);
    data.codes.insert(data.codes.begin() + 4, code("A001", true, "Cholera due to Vibrio cholerae 01, biovar eltor"));
    try {
        store.import_release(release_info("FY2026", {2025, 10, 1}), data.reader());
        FAIL() << "expected Error(parse)";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::parse);
        const std::string message = error.what();
        EXPECT_NE(message.find("A001"), std::string::npos) << message;
        EXPECT_NE(message.find("icd10cm FY2026"), std::string::npos) << message;
        EXPECT_NE(message.find("rows 3 and 5"), std::string::npos) << message;
    }
    EXPECT_EQ(test::read_bytes(store_path()), bytes);
    EXPECT_TRUE(store.releases().empty());

    // Even with another content: a code is listed once per release.
    ReleaseData other = small_release(2026);
    other.codes.push_back(code("A000", false, "Another title"));
    EXPECT_THROW(store.import_release(release_info("FY2026", {2025, 10, 1}), other.reader()), Error);
    EXPECT_EQ(count_rows(store_path(), "content"), 0);
}

TEST_F(StoreImport, AnEmptyCodeIsRefused) {
    Store store(store_path());
    ReleaseData data = small_release(2026);
    data.codes.push_back(code("", true, "No code"));
    try {
        store.import_release(release_info("FY2026", {2025, 10, 1}), data.reader());
        FAIL() << "expected Error(parse)";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::parse);
    }
}

TEST_F(StoreImport, AttributesAreNormalisedToNameOrder) {
    Store store(store_path());
    ReleaseData data;
    data.codes = {code("J0120", true, "Tetracyclin injection", "Tetracyclin injection", {{"z", "1"}, {"a", "2"}})};
    const auto release = store.import_release(release_info("2022", {2022, 1, 1}, "hcpcs"), data.reader()).release;
    const auto found = store.find_code(release, "J0120");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->attributes, (std::vector<Attribute>{{"a", "2"}, {"z", "1"}}));
    // Same content given in the other order: unchanged.
    data.codes[0].attributes = {{"a", "2"}, {"z", "1"}};
    EXPECT_EQ(store.import_release(release_info("2022", {2022, 1, 1}, "hcpcs"), data.reader()).outcome,
              ImportOutcome::unchanged);
    // A name given twice is refused.
    data.codes[0].attributes = {{"a", "2"}, {"a", "3"}};
    EXPECT_THROW(store.import_release(release_info("2023", {2023, 1, 1}, "hcpcs"), data.reader()), Error);
}

TEST_F(StoreImport, InvalidReleaseInfoIsRefused) {
    Store store(store_path());
    const ReleaseData data = small_release(2026);
    try {
        store.import_release(release_info("FY2026", {2025, 10, 1}, "icd11"), data.reader());
        FAIL() << "expected Error(not_found)";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::not_found);
        EXPECT_NE(std::string(error.what()).find("icd10cm"), std::string::npos) << error.what();
    }
    EXPECT_THROW(store.import_release(release_info("", {2025, 10, 1}), data.reader()), Error);
    EXPECT_THROW(store.import_release(release_info("FY2026", {2025, 2, 30}), data.reader()), Error);
    EXPECT_TRUE(store.releases().empty());
}

TEST_F(StoreImport, AnEmptyReleaseIsKept) {
    Store store(store_path());
    const auto result = store.import_release(release_info("FY2026", {2025, 10, 1}), [](RecordSink&) {});
    EXPECT_EQ(result.release.code_count, 0u);
    EXPECT_TRUE(store.members(result.release).empty());
    EXPECT_TRUE(codes_of(store, result.release).empty());
}

TEST_F(StoreImport, ADamagedStoreIsReportedAsSuch) {
    Store store(store_path());
    const ReleaseData data = small_release(2026);
    const auto release = store.import_release(release_info("FY2026", {2025, 10, 1}), data.reader()).release;
    const auto ids = store.members(release);
    {
        detail::Database db(store_path());
        detail::Statement erase = db.prepare("DELETE FROM content WHERE id = ?");
        erase.bind(1, ids[3]);
        erase.run();
    }
    try {
        codes_of(store, release);
        FAIL() << "expected Error(schema)";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::schema);
        EXPECT_NE(std::string(error.what()).find("damaged store"), std::string::npos) << error.what();
    }
    EXPECT_THROW(store.load_contents(ids), Error);
    {
        detail::Database db(store_path());
        detail::Statement damage = db.prepare("UPDATE release SET members = ? WHERE id = ?");
        const std::vector<std::byte> truncated = {std::byte{0x81}};
        damage.bind_blob(1, truncated).bind(2, release.id);
        damage.run();
    }
    try {
        store.members(release);
        FAIL() << "expected Error(schema)";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::schema);
    }
}

// What the store holds, independent of content ids and import times.
struct Snapshot {
    struct Release {
        std::string system, version, effective, kind;
        std::uint64_t code_count, billable_count, warning_count;
        std::vector<SourceFile> files;
        std::vector<std::tuple<std::string, bool, std::string, std::string, std::uint32_t>> codes;
        std::vector<std::string> addenda;
        bool operator==(const Release&) const = default;
    };
    std::vector<Release> releases;
    std::map<std::string, std::set<std::string>> contents_by_code;
    std::int64_t content_rows = 0;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(const Store& store, const std::vector<std::string>& codes) {
    Snapshot snap;
    for (const auto& release : store.releases()) {
        Snapshot::Release r{release.info.system,
                            release.info.version,
                            release.info.effective.to_string(),
                            std::string(to_string(release.info.kind)),
                            release.code_count,
                            release.billable_count,
                            release.warning_count,
                            release.files,
                            {},
                            {}};
        // members() in order, loaded through load_contents: same content list, whatever the ids.
        for (const auto& record : store.load_contents(store.members(release)))
            r.codes.emplace_back(record.code, record.billable, record.short_title, record.long_title, 0);
        std::uint32_t order = 0;
        store.for_each_code(release,
                            [&](const CodeRecord& record) { std::get<4>(r.codes.at(order++)) = record.order; });
        for (const auto& entry : store.addenda(release))
            r.addenda.push_back(std::string(to_string(entry.action)) + " " + entry.code + " " + entry.long_title);
        snap.releases.push_back(std::move(r));
    }
    for (const auto& code : codes)
        for (const auto& [id, record] : store.contents_of_code("icd10cm", code))
            snap.contents_by_code[code].insert(record.long_title + (record.billable ? "|1" : "|0"));
    snap.content_rows = count_rows(store.path(), "content");
    return snap;
}

TEST_F(StoreImport, ImportOrderDoesNotMatter) {
    const ReleaseData r2020 = small_release(2020);
    const ReleaseData r2021 = small_release(2021);
    const ReleaseData r2022 = small_release(2022);
    const auto i2020 = release_info("FY2020", {2019, 10, 1});
    const auto i2021 = release_info("FY2021", {2020, 10, 1});
    const auto i2022 = release_info("FY2022", {2021, 10, 1});
    const std::vector<std::string> codes = {"A00", "A000", "U071", "U072", "A0100"};

    Store in_order(store_path("in-order.db"));
    in_order.import_release(i2020, r2020.reader());
    in_order.import_release(i2021, r2021.reader());
    in_order.import_release(i2022, r2022.reader());

    Store reversed(store_path("reversed.db"));
    reversed.import_release(i2022, r2022.reader());
    reversed.import_release(i2020, r2020.reader());
    reversed.import_release(i2021, r2021.reader());

    const Snapshot a = snapshot(in_order, codes);
    const Snapshot b = snapshot(reversed, codes);
    ASSERT_EQ(a.releases.size(), 3u);
    EXPECT_EQ(a.releases[0].version, "FY2020");
    EXPECT_EQ(a.releases[2].version, "FY2022");
    EXPECT_EQ(a.contents_by_code.at("U071").size(), 2u);
    EXPECT_TRUE(a == b);
    for (std::size_t i = 0; i < a.releases.size(); ++i) EXPECT_TRUE(a.releases[i] == b.releases[i]) << i;
    EXPECT_EQ(a.contents_by_code, b.contents_by_code);
    EXPECT_EQ(a.content_rows, b.content_rows);
}

}  // namespace
}  // namespace codeset

namespace codeset {
namespace {

// The importer reads on a second thread while the store writes: a refusal by the store must stop
// a reader that still has far more records to push than the queue between them holds.
TEST(StoreImportPipeline, AWriterRefusalStopsALongReader) {
    const auto dir = test::scratch_dir("pipeline-writer");
    Store store(dir / "store.db");
    std::size_t pushed = 0;
    const auto reader = [&](RecordSink& sink) {
        for (int i = 0; i < 200000; ++i) {
            CodeRecord record;
            record.code = i == 10 ? "" : "A" + std::to_string(100000 + i);
            record.billable = true;
            record.long_title = "Invented title";
            sink.add_code(record);
            ++pushed;
        }
    };
    EXPECT_THROW(store.import_release(test::release_info("FY2026", {2025, 10, 1}), reader), Error);
    EXPECT_LT(pushed, 200000u);
    EXPECT_TRUE(store.releases().empty());
    std::filesystem::remove_all(dir);
}

TEST(StoreImportPipeline, AReaderFailureReachesTheCallerWithItsMessage) {
    const auto dir = test::scratch_dir("pipeline-reader");
    Store store(dir / "store.db");
    const auto reader = [&](RecordSink& sink) {
        for (int i = 0; i < 50000; ++i) {
            CodeRecord record;
            record.code = "A" + std::to_string(100000 + i);
            record.long_title = "Invented title";
            sink.add_code(record);
        }
        throw ParseError(Location{"release.zip", "order.txt", 50001, 15}, "flag 0 or 1");
    };
    try {
        store.import_release(test::release_info("FY2026", {2025, 10, 1}), reader);
        FAIL() << "expected a ParseError";
    } catch (const ParseError& error) {
        EXPECT_EQ(error.where().line, 50001u);
    }
    EXPECT_TRUE(store.releases().empty());
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace codeset

namespace codeset {
namespace {

// A release's chapters and sections with their notes, read with a companion.
std::function<void(RecordSink&)> with_divisions(const ReleaseData& data, const std::vector<Division>& divisions,
                                                const CompanionRecord& companion) {
    return [&data, divisions, companion](RecordSink& sink) {
        sink.add_companion(companion);
        data.reader()(sink);
        for (const Division& division : divisions) sink.add_division(division);
    };
}

TEST_F(StoreImport, ChaptersAndSectionsAreKeptWithTheReleaseAndStoredOnce) {
    const auto path = store_path();
    Store store(path);
    const Division chapter{"chapter", "1", "Certain infectious and parasitic diseases (A00-B99)",
                           {{"includes", R"(["diseases generally recognized as communicable"])"}}};
    Division section{"section", "A00-A09", "Intestinal infectious diseases (A00-A09)", {}};
    const ReleaseData older = small_release(2025);
    const ReleaseData newer = small_release(2026);
    store.import_release(release_info("FY2025", {2024, 10, 1}),
                         with_divisions(older, {chapter, section}, {"icd10cm-tabular-xml", "aa", "x2025.zip"}));
    section.notes = {{"excludes1", R"x(["typhoid (A01.0-)"])x"}};
    store.import_release(release_info("FY2026", {2025, 10, 1}),
                         with_divisions(newer, {chapter, section}, {"icd10cm-tabular-xml", "bb", "x2026.zip"}));

    const auto releases = store.releases("icd10cm");
    ASSERT_EQ(releases.size(), 2u);
    EXPECT_TRUE(releases[0].annotated());
    ASSERT_EQ(releases[1].companions.size(), 1u);
    EXPECT_EQ(releases[1].companions[0].digest, "bb");
    const std::vector<Division> kept = store.divisions(releases[1]);
    ASSERT_EQ(kept.size(), 2u);
    EXPECT_EQ(kept[0], chapter);
    EXPECT_EQ(kept[1], section);
    // The chapter is the same in both: one row. The section changed: two.
    EXPECT_EQ(count_rows(path, "division"), 3);
    EXPECT_EQ(count_rows(path, "release_division"), 4);

    // The same release and companion again: nothing written.
    EXPECT_EQ(store
                  .import_release(release_info("FY2026", {2025, 10, 1}),
                                  with_divisions(newer, {chapter, section}, {"icd10cm-tabular-xml", "bb", "x2026.zip"}))
                  .outcome,
              ImportOutcome::unchanged);
}

}  // namespace
}  // namespace codeset
