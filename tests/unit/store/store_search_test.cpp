// Store::search: the query built from user text, ranking, prefixes, the restriction to one
// release, inclusion terms, the upkeep of the index on failed, replaced and garbage-collected
// imports, and the migration of a schema-1 store. A real-data test reports the time of searches
// on the FY2026 ICD-10-CM release (skipped without ../shared/data).
#include "codeset/store/store.hpp"
#include "sqlite/database.hpp"
#include "store/encoding.hpp"
#include "store/migrations.hpp"
#include "store/schema.hpp"
#include "store_test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace codeset {
namespace {

using detail::Database;
using detail::Statement;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class StoreSearch : public test::StoreTest {};

std::vector<std::string> codes_of(const SearchResult& result) {
    std::vector<std::string> codes;
    for (const auto& hit : result.hits) codes.push_back(hit.record.code);
    return codes;
}

Error error_of(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& error) {
        return error;
    }
    ADD_FAILURE() << "expected an Error";
    return Error(ErrorCode::io, "");
}

std::int64_t count_of(const std::filesystem::path& path, const std::string& sql) {
    Database db(path);
    Statement statement = db.prepare(sql);
    statement.step();
    return statement.int64(0);
}

// The difference between the index kept by the store and one built afresh from the contents,
// token by token (every term, row, column and position, both ways): 0 when they agree.
// Contents an import adds wait in search_pending until the first search indexes them: a search
// runs first.
std::int64_t index_drift(const std::filesystem::path& path) {
    {
        Store store(path);
        const auto releases = store.releases();
        if (!releases.empty()) store.search(releases.front(), "diabetes");
    }
    Database db(path);
    db.exec("INSERT INTO code_search (code_search) VALUES ('integrity-check')");
    db.exec(
        "CREATE TEMP VIEW fresh_source AS SELECT * FROM main.code_search_source;"
        "CREATE VIRTUAL TABLE temp.fresh USING fts5 (long_title, short_title, terms,"
        " content = 'fresh_source', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');"
        "INSERT INTO temp.fresh (fresh) VALUES ('rebuild');"
        "CREATE VIRTUAL TABLE temp.kept_terms USING fts5vocab (main, code_search, instance);"
        "CREATE VIRTUAL TABLE temp.fresh_terms USING fts5vocab (temp, fresh, instance);");
    Statement drift = db.prepare(
        "SELECT (SELECT count(*) FROM (SELECT * FROM temp.kept_terms EXCEPT SELECT * FROM temp.fresh_terms))"
        " + (SELECT count(*) FROM (SELECT * FROM temp.fresh_terms EXCEPT SELECT * FROM temp.kept_terms))");
    drift.step();
    return drift.int64(0);
}

TEST(StoreSearchPending, AnImportIndexesItsContentsSoThatSearchingNeverWrites) {
    const auto dir = test::scratch_dir("search-pending");
    const auto path = dir / "store.db";
    {
        Store store(path);
        test::ReleaseData data;
        data.codes = {test::code("E10", false, "Type 1 diabetes mellitus"),
                      test::code("E109", true, "Type 1 diabetes mellitus without complications")};
        store.import_release(test::release_info("FY2026", {2025, 10, 1}), data.reader());
    }
    EXPECT_EQ(count_of(path, "SELECT count(*) FROM search_pending"), 0);
    EXPECT_EQ(index_drift(path), 0);
    const std::string before = test::read_bytes(path);
    {
        const Store store(path, StoreAccess::read);
        EXPECT_EQ(store.search(store.releases().front(), "diabetes").hits.size(), 2u);
    }
    EXPECT_EQ(test::read_bytes(path), before);

    // What an earlier codeset left for its first search: a read-only open asks for an upgrade
    // instead of answering from part of the index; opening for writing completes it.
    {
        detail::Database db(path);
        db.exec("INSERT INTO code_search (code_search) VALUES ('delete-all')");
        db.exec("INSERT INTO search_pending (id) SELECT id FROM content");
    }
    {
        const Store store(path, StoreAccess::read);
        try {
            store.search(store.releases().front(), "diabetes");
            ADD_FAILURE() << "expected the incomplete index to be refused";
        } catch (const Error& error) {
            EXPECT_EQ(error.code(), ErrorCode::store);
            EXPECT_NE(std::string(error.what()).find("codeset upgrade"), std::string::npos) << error.what();
        }
    }
    {
        const Store store(path);
        EXPECT_EQ(store.search(store.releases().front(), "diabetes").hits.size(), 2u);
    }
    EXPECT_EQ(count_of(path, "SELECT count(*) FROM search_pending"), 0);
    EXPECT_EQ(index_drift(path), 0);
    std::filesystem::remove_all(dir);
}

// A release whose second code carries inclusion terms, and other notes that are not searched.
test::ReleaseData release_with_notes() {
    test::ReleaseData data;
    data.codes = {
        test::code("E10", false, "Type 1 diabetes mellitus"),
        test::code("E109", true, "Type 1 diabetes mellitus without complications", "Type 1 diabetes mellitus w/o comp",
                   {{"excludes1", R"(["gestational diabetes"])"},
                    {"inclusion_terms", R"(["Brittle diabetes", "Juvenile onset diabetes \"NOS\"", "Ketosis-prone"])"},
                    {"notes", "insipidus"}}),
        test::code("E119", true, "Type 2 diabetes mellitus without complications", "",
                   {{"inclusion_terms", "not a JSON array"}}),
    };
    return data;
}

// ---------------------------------------------------------------------------------------------
// The query built from user text

TEST(SearchExpression, QuotesEveryWordAndKeepsTrailingStars) {
    EXPECT_EQ(search_expression("type 2 diabet*"), R"("type" "2" "diabet"*)");
    EXPECT_EQ(search_expression("C. diff"), R"("C" "diff")");
    EXPECT_EQ(search_expression(R"("quoted")"), R"("quoted")");
    EXPECT_EQ(search_expression("AND"), R"("AND")");
    EXPECT_EQ(search_expression("cholera OR NOT typhoid"), R"("cholera" "OR" "NOT" "typhoid")");
    EXPECT_EQ(search_expression("e11*"), R"("e11"*)");
    EXPECT_EQ(search_expression("NEAR(a b, 2)"), R"("NEAR" "a" "b" "2")");
    EXPECT_EQ(search_expression("long_title:fever ^onset"), R"("long" "title" "fever" "onset")");
    EXPECT_EQ(search_expression("*lead a*b"), R"("lead" "a"* "b")");
    EXPECT_EQ(search_expression("heavy-metal-induced"), R"("heavy" "metal" "induced")");
    EXPECT_EQ(search_expression("Sjögren"), "\"Sjögren\"");
}

TEST(SearchExpression, DropsRepeatedWords) {
    EXPECT_EQ(search_expression("fever Fever FEVER fever*"), R"("fever" "fever"*)");
}

TEST(SearchExpression, TextWithoutAWordIsAUsageError) {
    for (const char* text : {"", "   ", "***", "\"\"", "...", "-- ( ) ^ :"}) {
        const Error error = error_of([&] { search_expression(text); });
        EXPECT_EQ(error.code(), ErrorCode::usage) << text;
        EXPECT_THAT(error.what(), HasSubstr("no letters or digits")) << text;
    }
    std::string many;
    for (int i = 0; i < 40; ++i) many += "w" + std::to_string(i) + " ";
    EXPECT_EQ(error_of([&] { search_expression(many); }).code(), ErrorCode::usage);
}

// ---------------------------------------------------------------------------------------------
// Searching

TEST_F(StoreSearch, AnExactTitleRanksAboveTitlesThatHoldMore) {
    Store store(store_path());
    const auto release =
        store.import_release(test::release_info("FY2022", {2021, 10, 1}), test::small_release(2022).reader()).release;
    // "Cholera due to Vibrio cholerae 01, biovar cholerae" says cholera three times; bm25 alone
    // would put it first.
    const auto cholera = store.search(release, "cholera");
    EXPECT_EQ(cholera.total, 4u);
    ASSERT_EQ(cholera.hits.size(), 4u);
    EXPECT_EQ(cholera.hits[0].record.code, "A00");
    EXPECT_EQ(cholera.hits[0].record.long_title, "Cholera");
    EXPECT_THAT(codes_of(cholera), ::testing::UnorderedElementsAre("A00", "A000", "A001", "A009"));

    const auto fever = store.search(release, "typhoid fever");
    ASSERT_EQ(fever.hits.size(), 3u);
    EXPECT_EQ(fever.hits[0].record.code, "A010");  // "Typhoid fever"
    for (std::size_t i = 1; i < fever.hits.size(); ++i) EXPECT_LE(fever.hits[i].score, fever.hits[i - 1].score);
    EXPECT_GT(fever.hits[1].score, 0.0);
}

TEST_F(StoreSearch, AllWordsMustMatchAndAStarMakesAPrefix) {
    Store store(store_path());
    const auto release =
        store.import_release(test::release_info("FY2022", {2021, 10, 1}), test::small_release(2022).reader()).release;
    EXPECT_THAT(codes_of(store.search(release, "typhoid unspecified")), ElementsAre("A0100"));
    EXPECT_THAT(codes_of(store.search(release, "ELTOR cholera")), ElementsAre("A001"));
    EXPECT_EQ(store.search(release, "typh").total, 0u);
    EXPECT_THAT(codes_of(store.search(release, "typh*")), ::testing::UnorderedElementsAre("A01", "A010", "A0100"));
    EXPECT_THAT(codes_of(store.search(release, "paratyph*")), ElementsAre("A01"));
    // Stemmed: "fevers" finds "fever" and the reverse.
    EXPECT_EQ(store.search(release, "fevers").total, 3u);
    EXPECT_EQ(store.search(release, "vibrios").total, 2u);
}

TEST_F(StoreSearch, OddTextNeverFails) {
    Store store(store_path());
    const auto release =
        store.import_release(test::release_info("FY2022", {2021, 10, 1}), test::small_release(2022).reader()).release;
    for (const std::string text : {"type 2 diabetes",
                                   "C. diff",
                                   "\"quoted\"",
                                   "AND",
                                   "OR",
                                   "NOT cholera",
                                   "cholera NOT",
                                   "NEAR(cholera",
                                   "e11*",
                                   "cholera\"",
                                   "'cholera'",
                                   "^cholera",
                                   "cholera:",
                                   "(cholera)",
                                   "{cholera}",
                                   "cholera -typhoid",
                                   "+cholera",
                                   "chol*era",
                                   "\\cholera",
                                   "—",
                                   "– cholera",
                                   "naïve",
                                   "\xff\xfe",
                                   "COVID-19",
                                   "U07.1",
                                   "A00.0",
                                   "01",
                                   "x%_y"}) {
        EXPECT_NO_THROW(store.search(release, text)) << text;
    }
    EXPECT_EQ(store.search(release, "(Cholera)").total, 4u);
    EXPECT_THAT(codes_of(store.search(release, "COVID-19, virus")), ElementsAre("U072"));
    EXPECT_EQ(store.search(release, "—").total, 0u);
    EXPECT_EQ(error_of([&] { store.search(release, "***"); }).code(), ErrorCode::usage);
}

TEST_F(StoreSearch, OnlyTheCodesOfTheReleaseSearched) {
    Store store(store_path());
    const auto fy2020 =
        store.import_release(test::release_info("FY2020", {2019, 10, 1}), test::small_release(2020).reader()).release;
    const auto fy2022 =
        store.import_release(test::release_info("FY2022", {2021, 10, 1}), test::small_release(2022).reader()).release;
    // U072 is new in 2022; U071's 2020 title is a content of the store that 2022 does not list.
    const auto virus = store.search(fy2022, "virus identified");
    ASSERT_EQ(virus.hits.size(), 1u);
    EXPECT_EQ(virus.hits[0].record.code, "U072");
    EXPECT_EQ(virus.hits[0].record.order, 9u);
    EXPECT_EQ(store.search(fy2020, "virus identified").total, 0u);
    EXPECT_THAT(codes_of(store.search(fy2020, "emergency")), ElementsAre("U071"));
    EXPECT_EQ(store.search(fy2022, "emergency").total, 0u);
    EXPECT_THAT(codes_of(store.search(fy2022, "covid")), ElementsAre("U071", "U072"));
    // Contents the releases share are indexed once.
    EXPECT_EQ(count_of(store_path(), "SELECT count(*) FROM code_search_docsize"),
              count_of(store_path(), "SELECT count(*) FROM content"));
}

TEST_F(StoreSearch, HighlightsAndSnippetsMarkTheMatchedWords) {
    Store store(store_path());
    const auto release =
        store.import_release(test::release_info("FY2022", {2021, 10, 1}), test::small_release(2022).reader()).release;
    const auto found = store.search(release, "cholera unspec*");
    ASSERT_EQ(found.hits.size(), 1u);
    const SearchHit& hit = found.hits[0];
    EXPECT_EQ(hit.record.code, "A009");
    EXPECT_TRUE(hit.record.billable);
    EXPECT_EQ(hit.record.order, 4u);
    EXPECT_EQ(hit.highlight, "[Cholera], [unspecified]");
    EXPECT_EQ(hit.snippet, "[Cholera], [unspecified]");
    EXPECT_EQ(hit.snippet_field, SearchField::long_title);
    EXPECT_THAT(hit.matched, ElementsAre(SearchField::long_title));

    SearchOptions bold;
    bold.open = "\x1b[1m";
    bold.close = "\x1b[0m";
    EXPECT_EQ(store.search(release, "cholera unspec*", bold).hits[0].highlight,
              "\x1b[1mCholera\x1b[0m, \x1b[1munspecified\x1b[0m");
    EXPECT_EQ(found.expression, R"("cholera" "unspec"*)");
}

TEST_F(StoreSearch, ShortTitlesAreSearched) {
    Store store(store_path());
    const auto release =
        store.import_release(test::release_info("FY2022", {2021, 10, 1}), test::small_release(2022).reader()).release;
    // "Typhoid fever, unsp" is A0100's short title; "unsp" is no word of any long title.
    const auto found = store.search(release, "unsp");
    ASSERT_EQ(found.hits.size(), 1u);
    const SearchHit& hit = found.hits[0];
    EXPECT_EQ(hit.record.code, "A0100");
    EXPECT_THAT(hit.matched, ElementsAre(SearchField::short_title));
    EXPECT_EQ(hit.highlight, "Typhoid fever, unspecified");  // no match in it
    EXPECT_EQ(hit.snippet_field, SearchField::short_title);
    EXPECT_EQ(hit.snippet, "Typhoid fever, [unsp]");
}

TEST_F(StoreSearch, SearchableAttributesAreSearchedAndOtherAttributesAreNot) {
    Store store(store_path());
    const auto release =
        store.import_release(test::release_info("FY2022", {2021, 10, 1}), release_with_notes().reader()).release;

    const auto brittle = store.search(release, "brittle");
    ASSERT_EQ(brittle.hits.size(), 1u);
    const SearchHit& hit = brittle.hits[0];
    EXPECT_EQ(hit.record.code, "E109");
    EXPECT_THAT(hit.matched, ElementsAre(SearchField::terms));
    EXPECT_EQ(hit.snippet_field, SearchField::terms);
    EXPECT_THAT(hit.snippet, HasSubstr("[Brittle] diabetes"));
    EXPECT_EQ(hit.highlight, "Type 1 diabetes mellitus without complications");
    ASSERT_EQ(hit.record.attributes.size(), 3u);  // the content as stored, all attributes

    EXPECT_THAT(codes_of(store.search(release, "juvenile NOS")), ElementsAre("E109"));
    EXPECT_THAT(codes_of(store.search(release, "ketosis prone")), ElementsAre("E109"));
    // Words of the title and of the terms together.
    EXPECT_THAT(codes_of(store.search(release, "type 1 juvenile")), ElementsAre("E109"));
    const auto both = store.search(release, "diabetes");
    EXPECT_EQ(both.total, 3u);
    EXPECT_EQ(both.hits[0].record.code, "E10");  // the shortest title; E109's terms do not outrank it
    // excludes1 and notes are attributes too, but the profile does not mark them searchable.
    EXPECT_EQ(store.search(release, "gestational").total, 0u);
    EXPECT_EQ(store.search(release, "insipidus").total, 0u);
    // A searchable attribute whose value is not a list is searched as the text it is.
    EXPECT_THAT(codes_of(store.search(release, "array")), ElementsAre("E119"));
    EXPECT_EQ(index_drift(store_path()), 0);
}

TEST_F(StoreSearch, LimitKeepsTheBestAndTotalCountsAll) {
    Store store(store_path());
    const auto release =
        store.import_release(test::release_info("FY2022", {2021, 10, 1}), test::small_release(2022).reader()).release;
    SearchOptions two;
    two.limit = 2;
    const auto limited = store.search(release, "cholera", two);
    EXPECT_EQ(limited.total, 4u);
    ASSERT_EQ(limited.hits.size(), 2u);
    EXPECT_EQ(limited.hits[0].record.code, "A00");
    SearchOptions all;
    all.limit = 0;
    EXPECT_EQ(store.search(release, "cholera", all).hits.size(), 4u);
}

// ---------------------------------------------------------------------------------------------
// The index follows the contents

TEST_F(StoreSearch, AFailedImportLeavesTheIndexAsItWas) {
    Store store(store_path());
    const auto fy2020 =
        store.import_release(test::release_info("FY2020", {2019, 10, 1}), test::small_release(2020).reader()).release;
    const auto bytes = test::read_bytes(store_path());
    const auto data = test::small_release(2022);
    EXPECT_THROW(store.import_release(test::release_info("FY2022", {2021, 10, 1}),
                                      [&](RecordSink& sink) {
                                          data.reader()(sink);
                                          throw ParseError({"release.zip", "icd10cm-order.txt", 9, 1}, "a code");
                                      }),
                 ParseError);
    EXPECT_EQ(test::read_bytes(store_path()), bytes);
    EXPECT_EQ(store.search(fy2020, "virus").total, 0u);
    EXPECT_EQ(index_drift(store_path()), 0);
}

TEST_F(StoreSearch, ReplacingAReleaseUnindexesTheContentsItDrops) {
    Store store(store_path());
    store.import_release(test::release_info("FY2020", {2019, 10, 1}), test::small_release(2020).reader());
    store.import_release(test::release_info("FY2022", {2021, 10, 1}), test::small_release(2022).reader());
    const ContentId dropped = store.contents_of_code("icd10cm", "U072").front().first;
    // FY2022 again without U072: its content (the newest) is collected as garbage.
    auto without = test::small_release(2022);
    without.codes.pop_back();
    const auto replaced = store.import_release(test::release_info("FY2022", {2021, 10, 1}), without.reader(),
                                               ImportOptions{.replace = true});
    ASSERT_EQ(replaced.outcome, ImportOutcome::replaced);
    ASSERT_TRUE(store.contents_of_code("icd10cm", "U072").empty());
    EXPECT_EQ(index_drift(store_path()), 0);
    EXPECT_EQ(store.search(replaced.release, "virus").total, 0u);

    // The next content stored gets the collected content's id: it must not inherit its words.
    auto next = test::small_release(2022);
    next.codes.insert(next.codes.end() - 1, test::code("U099", true, "Post COVID-19 condition"));
    const auto fy2023 = store.import_release(test::release_info("FY2023", {2022, 10, 1}), next.reader()).release;
    ASSERT_EQ(store.contents_of_code("icd10cm", "U099").front().first, dropped);
    EXPECT_EQ(index_drift(store_path()), 0);
    EXPECT_THAT(codes_of(store.search(fy2023, "post condition")), ElementsAre("U099"));
    EXPECT_THAT(codes_of(store.search(fy2023, "virus not identified")), ElementsAre("U072"));
    EXPECT_EQ(count_of(store_path(), "SELECT count(*) FROM code_search_docsize"),
              count_of(store_path(), "SELECT count(*) FROM content"));
}

TEST_F(StoreSearch, AnUnchangedReimportWritesNothing) {
    Store store(store_path());
    store.import_release(test::release_info("FY2022", {2021, 10, 1}), test::small_release(2022).reader());
    const auto bytes = test::read_bytes(store_path());
    const auto again =
        store.import_release(test::release_info("FY2022", {2021, 10, 1}), test::small_release(2022).reader());
    EXPECT_EQ(again.outcome, ImportOutcome::unchanged);
    EXPECT_EQ(test::read_bytes(store_path()), bytes);
}

// A store written by schema 1 (no search index), with contents, opened by this codeset.
TEST_F(StoreSearch, OpeningASchema1StoreIndexesItsContents) {
    {
        Database db(store_path());
        detail::prepare_new_file(db);
        const std::vector<detail::Migration> first = {detail::embedded_migrations().front()};
        ASSERT_EQ(detail::migrate(db, first), 1);
        Statement content = db.prepare(
            "INSERT INTO content (id, system_id, code, digest, billable, short_title, long_title, attributes)"
            " VALUES (?, 1, ?, ?, ?, ?, ?, ?)");
        const std::vector<CodeRecord> codes = release_with_notes().codes;
        std::vector<ContentId> ids;
        for (std::size_t i = 0; i < codes.size(); ++i) {
            const CodeRecord& record = codes[i];
            const std::string attributes = detail::attributes_to_json(record.attributes);
            content.bind(1, static_cast<std::int64_t>(i + 1))
                .bind(2, record.code)
                .bind(3, detail::digest_to_sql(detail::content_digest(record)))
                .bind(4, std::int64_t{record.billable ? 1 : 0});
            if (record.short_title == record.long_title)
                content.bind_null(5);
            else
                content.bind(5, record.short_title);
            content.bind(6, record.long_title);
            if (attributes.empty())
                content.bind_null(7);
            else
                content.bind(7, attributes);
            content.run();
            ids.push_back(static_cast<ContentId>(i + 1));
        }
        Statement release = db.prepare(
            "INSERT INTO release (system_id, version, effective, kind, importer, imported_at, code_count,"
            " billable_count, fingerprint, members) VALUES (1, 'FY2022', '2021-10-01', 'annual', 'test',"
            " '2021-09-01T00:00:00Z', 3, 2, 'old', ?)");
        release.bind_blob(1, detail::encode_members(ids));
        release.run();
        EXPECT_EQ(db.pragma_int("user_version"), 1);
    }

    Store store(store_path());
    EXPECT_EQ(store.schema_version(), detail::embedded_migrations().back().version);
    const auto release = store.resolve_release("icd10cm", "FY2022");
    // Schema 5 keeps the list attributes as JSON arrays and reads them back as the text they were.
    const std::vector<CodeRecord> stored = test::codes_of(store, release);
    ASSERT_EQ(stored.size(), release_with_notes().codes.size());
    for (std::size_t i = 0; i < stored.size(); ++i)
        EXPECT_TRUE(stored[i].same_content(release_with_notes().codes[i])) << stored[i].code;
    {
        Database db(store_path());
        Statement types = db.prepare(
            "SELECT json_type(attributes, '$.excludes1'), json_type(attributes, '$.notes') FROM content WHERE code = 'E109'");
        ASSERT_TRUE(types.step());
        EXPECT_EQ(types.text(0), "array");
        EXPECT_EQ(types.text(1), "text");
    }
    EXPECT_THAT(codes_of(store.search(release, "without complications")),
                ::testing::UnorderedElementsAre("E109", "E119"));
    EXPECT_THAT(codes_of(store.search(release, "brittle")), ElementsAre("E109"));
    EXPECT_EQ(index_drift(store_path()), 0);

    // And it goes on: a new release is indexed as any.
    const auto fy2023 =
        store.import_release(test::release_info("FY2023", {2022, 10, 1}), test::small_release(2022).reader()).release;
    EXPECT_EQ(store.search(fy2023, "cholera").total, 4u);
    EXPECT_EQ(store.search(release, "cholera").total, 0u);
    EXPECT_EQ(index_drift(store_path()), 0);
}

// ---------------------------------------------------------------------------------------------
// Real data: the time of a search on a full release (reported, not asserted).

TEST_F(StoreSearch, RealReleaseSearchTimes) {
    CODESET_REQUIRE_SHARED_DATA();
    using Clock = std::chrono::steady_clock;
    const auto zip = test::shared_data() / "icd10cm" / "icd10cm-Code Descriptions-2026.zip";
    if (!std::filesystem::exists(zip)) GTEST_SKIP() << zip << " not found";
    const auto codes = test::read_order_file(zip, "icd10cm-order-2026\\.txt");
    Store store(store_path());
    const auto start = Clock::now();
    const auto release = store
                             .import_release(test::release_info("FY2026", {2025, 10, 1}),
                                             [&](RecordSink& sink) {
                                                 for (const auto& record : codes) sink.add_code(record);
                                             })
                             .release;
    std::printf("[  MEASURE ] import FY2026 with its search index: %.0f ms\n",
                std::chrono::duration<double, std::milli>(Clock::now() - start).count());

    EXPECT_EQ(store.search(release, "type 2 diabetes mellitus without complications").hits.front().record.code, "E119");
    EXPECT_EQ(store.search(release, "cholera").hits.front().record.code, "A00");
    for (const char* text :
         {"type 2 diabetes", "diabetes", "fractur* femur", "C. diff", "cholera", "unspecified", "of", "a*"}) {
        std::vector<double> times;
        std::uint64_t total = 0;
        for (int run = 0; run < 5; ++run) {
            const auto begin = Clock::now();
            total = store.search(release, text).total;
            times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
        }
        std::sort(times.begin(), times.end());
        std::printf("[  MEASURE ] search \"%s\": %llu matches, median %.1f ms (best %.1f)\n", text,
                    static_cast<unsigned long long>(total), times[times.size() / 2], times.front());
    }
}

}  // namespace
}  // namespace codeset
