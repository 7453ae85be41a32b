// The stored form of an index term read back event by event: every field at every depth, keys
// it does not know skipped, and damaged text refused with the store's one-line error.
#include "codeset/core/alphabetic_index.hpp"
#include "codeset/core/error.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace codeset {
namespace {

using ::testing::HasSubstr;

IndexTerm term(std::string title) {
    IndexTerm made;
    made.title = std::move(title);
    return made;
}

TEST(IndexTermJson, EveryFieldAtEveryDepthComesBackAsWritten) {
    IndexTerm main = term("Neoplasm, neoplastic");
    main.nonessential = "(malignant)";
    main.see_also = "Tumor";
    IndexTerm bone = term("bone");
    bone.cells = {{2, "C41.9"}, {3, "C79.51"}, {4, "--"}, {5, "D16.9-"}};
    IndexTerm rib = term("rib");
    rib.code = "C41.3";
    rib.manifestation = "M90.6";
    rib.see = "Neoplasm, bone, thorax";
    rib.see_category = "C41";
    rib.subcategory = "C41.3";
    IndexTerm unicode = term("Sjögren's");
    unicode.code = "M35.0-";
    rib.subterms = {unicode, term("with \"quotes\" and \\ back")};
    bone.subterms = {rib, term("skull")};
    main.subterms = {bone, term("brain")};

    const std::string stored = index_term_to_json(main);
    const IndexTerm read = index_term_from_json(stored);
    EXPECT_EQ(index_term_to_json(read), stored);
    ASSERT_EQ(read.subterms.size(), 2u);
    EXPECT_EQ(read.subterms[0].cells, bone.cells);
    EXPECT_EQ(read.subterms[0].subterms[0].subterms[0].title, "Sjögren's");
    EXPECT_EQ(read.subterms[0].subterms[0].subterms[1].title, "with \"quotes\" and \\ back");
    EXPECT_EQ(read.subterms[1].title, "brain");
}

TEST(IndexTermJson, KeysItDoesNotKnowAreSkippedWithTheirValues) {
    const IndexTerm read =
        index_term_from_json(R"j({"t":"A","zz":{"q":[1,{"r":2.5}],"u":[{"t":"not a subterm"}]},"n":"(x)",)j"
                             R"j("u":[{"t":"b","yy":[true,null]},{"t":"c","x":[[2,"C00.0",9]]}],"w":7})j");
    EXPECT_EQ(read.title, "A");
    EXPECT_EQ(read.nonessential, "(x)");
    ASSERT_EQ(read.subterms.size(), 2u);
    EXPECT_EQ(read.subterms[0].title, "b");
    EXPECT_EQ(read.subterms[1].cells, (std::vector<IndexCell>{{2, "C00.0"}}));  // a cell's extra items too
}

TEST(IndexTermJson, DamagedTextIsRefusedWithOneLine) {
    for (const char* damaged : {R"([])", R"("Abasia")", R"(7)", R"({"t":1})", R"({"t":["A"]})", R"({"x":[[2]]})",
                                R"({"x":[["2","C00"]]})", R"({"x":[[2,3]]})", R"({"x":[{"c":2}]})",
                                R"({"u":{"t":"b"}})", R"({"u":["b"]})", R"({"t":"A")", R"({"t":"A"} {})", ""}) {
        try {
            (void)index_term_from_json(damaged);
            ADD_FAILURE() << "read " << damaged;
        } catch (const Error& error) {
            EXPECT_EQ(error.code(), ErrorCode::schema) << damaged;
            EXPECT_THAT(error.what(), HasSubstr("damaged store: an index term cannot be read")) << damaged;
            EXPECT_EQ(std::string(error.what()).find('\n'), std::string::npos) << damaged;
        }
    }
}

}  // namespace
}  // namespace codeset
