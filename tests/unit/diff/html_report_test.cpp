// The HTML change report on hand-written change sets: one self-contained page (no address outside
// it), every value escaped, the changed words marked, chapters from the XML or the profile in
// reading order, counts equal to the JSON summary's, and CPT without descriptors unless stated.
#include "codeset/diff/diff.hpp"
#include "codeset/export/writer.hpp"
#include "diff_test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <regex>
#include <sstream>

namespace codeset {
namespace {

using test::billable;
using test::header;
using ::testing::HasSubstr;
using ::testing::Not;

std::string page(ChangeSet changes, std::string_view system = "icd10cm", LicenceTerms terms = {}) {
    ChangeSetContent content{&require_code_system(system), std::move(changes), {}};
    content.from_effective = Date{2024, 10, 1};
    content.to_effective = Date{2025, 10, 1};
    std::ostringstream out;
    std::ostringstream notices;
    write_content(out, "html", std::move(content), terms, &notices);
    return out.str();
}

std::string json(const ChangeSet& changes, std::string_view system = "icd10cm") {
    std::ostringstream out;
    write_content(out, "json", ChangeSetContent{&require_code_system(system), changes, {}}, {});
    return out.str();
}

ChangeSet sample() {
    return diff_snapshots(
        {"icd10cm", "FY2025", "FY2026"},
        {billable("A011", "Paratyphoid fever A", "Paratyphoid fever A"),
         billable("E1110", "Type 2 diabetes mellitus with ketoacidosis without coma", "T2DM w DKA w/o coma"),
         billable("S9301XA", "Sprain of left ankle, initial encounter", "Sprain of l ankle, init"),
         header("Z283", "Underimmunization status", "Underimmunization status")},
        {billable("A011", "Paratyphoid fever A", "Paratyphoid fever A"),
         billable("A0472", "Enterocolitis <due to> C. difficile & \"friends\" 'not' recurrent", "Enterocolitis"),
         header("E1110", "Type 2 diabetes mellitus with ketoacidosis without coma", "T2DM w DKA w/o coma"),
         billable("E11100", "Type 2 diabetes mellitus with ketoacidosis without coma, unspecified", "T2DM unsp"),
         billable("S9301XA", "Sprain of right ankle, initial encounter", "Sprain of l ankle, init"),
         billable("U071", "COVID-19", "COVID-19"),
         billable("Z283", "Underimmunization status", "Underimmunization status")});
}

TEST(HtmlReport, OneSelfContainedPageWithNothingFromElsewhere) {
    const std::string html = page(sample());
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
    EXPECT_THAT(html, HasSubstr("<style>"));
    EXPECT_THAT(html, HasSubstr("<script>"));
    EXPECT_THAT(html, HasSubstr("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    EXPECT_THAT(html, HasSubstr("</html>\n"));
    // No resource from elsewhere: no src, no stylesheet link, no url(), no @import, and the only
    // address written is the SVG namespace.
    EXPECT_THAT(html, Not(HasSubstr(" src=")));
    EXPECT_THAT(html, Not(HasSubstr("<link")));
    EXPECT_THAT(html, Not(HasSubstr("url(")));
    EXPECT_THAT(html, Not(HasSubstr("@import")));
    const std::regex address("(https?:)?//[A-Za-z0-9.-]+");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), address); it != std::sregex_iterator(); ++it)
        EXPECT_EQ(it->str(), "http://www.w3.org") << it->str();
    EXPECT_THAT(html, HasSubstr("FY2025 in force from <time>2024-10-01</time>"));
    EXPECT_THAT(html, HasSubstr("FY2026 in force from <time>2025-10-01</time>"));
}

TEST(HtmlReport, EveryValueIsEscaped) {
    const std::string html = page(sample());
    EXPECT_THAT(html, HasSubstr("Enterocolitis &lt;due to&gt; C. difficile &amp; &quot;friends&quot; &#39;not&#39; recurrent"));
    EXPECT_THAT(html, Not(HasSubstr("<due to>")));
    EXPECT_THAT(html, Not(HasSubstr("\"friends\"")));
    // The filter's words are escaped too (an attribute value).
    EXPECT_THAT(html, HasSubstr("data-text=\"a04.72 a0472 enterocolitis &lt;due to&gt;"));
}

TEST(HtmlReport, RevisedTitlesMarkTheWordsThatChanged) {
    EXPECT_THAT(page(sample()), HasSubstr("Sprain of <del>left</del><ins>right</ins> ankle, initial encounter"));
}

TEST(HtmlReport, CountsAreTheJsonSummarysAndChaptersComeInReadingOrder) {
    const ChangeSet changes = sample();
    const std::string html = page(changes);
    const nlohmann::json summary = nlohmann::json::parse(json(changes))["summary"];
    for (const char* key : {"added", "deleted", "expanded", "revised", "revised_long", "revised_short", "whitespace_only",
                            "attributes"})
        EXPECT_THAT(html, HasSubstr("data-count=\"" + std::string(key) + "\">" + std::to_string(summary[key].get<int>()) + "<"))
            << key;
    for (const char* key : {"added", "deleted", "revised"})
        EXPECT_THAT(html, HasSubstr("data-count=\"headers." + std::string(key) + "\">" +
                                    std::to_string(summary["headers"][key].get<int>()) + "<"));
    // Without the XML the profile's chapters: 1 (A04.72), 4 (E11.10, E11.100), 19 (S93.01XA), 21 (Z28.3), 22 (U07.1).
    const std::vector<std::string> order = {"id=\"chapter-1\"", "id=\"chapter-4\"", "id=\"chapter-19\"",
                                            "id=\"chapter-21\"", "id=\"chapter-22\""};
    std::size_t at = 0;
    for (const std::string& chapter : order) {
        const std::size_t found = html.find(chapter, at);
        ASSERT_NE(found, std::string::npos) << chapter;
        at = found;
    }
    EXPECT_THAT(html, HasSubstr("Endocrine, nutritional and metabolic diseases (E00-E89)"));
    EXPECT_THAT(html, HasSubstr("expanded into E11.100"));
    EXPECT_THAT(html, Not(HasSubstr("id=\"chapter-2\"")));  // no change there
}

TEST(HtmlReport, TheXmlsChapterTitleAndNotesWinOverTheProfile) {
    ChangeSet changes = diff_snapshots(
        {"icd10cm", "FY2016", "FY2017"},
        {billable("A000", "Cholera", "Cholera", {{"chapter", "1"}, {"excludes1", R"(["old note"])"}})},
        {billable("A000", "Cholera", "Cholera", {{"chapter", "1"}, {"excludes1", R"(["new <note>"])"}})});
    changes.divisions.push_back({"chapter", "1", "Infections as the XML says (A00-B99)", {}});
    const std::string html = page(changes);
    EXPECT_THAT(html, HasSubstr("Infections as the XML says (A00-B99)"));
    EXPECT_THAT(html, HasSubstr("Notes and hierarchy (1)"));
    EXPECT_THAT(html, HasSubstr("<td>Excludes1</td><td>new &lt;note&gt;</td><td>old note</td>"));
}

TEST(HtmlReport, HcpcsAttributesByFieldAndModifiersApart) {
    const ChangeSet changes =
        diff_snapshots({"hcpcs", "2025-01", "2025-04"},
                       {billable("G0001", "Made-up service one", "Made-up svc one", {{"pricing_indicator_1", "11"}}),
                        billable("AA", "Made-up modifier", "Made-up modifier")},
                       {billable("G0001", "Made-up service one", "Made-up svc one", {{"pricing_indicator_1", "12"}}),
                        billable("AA", "Made-up modifier, revised", "Made-up modifier")});
    const std::string html = page(changes, "hcpcs");
    EXPECT_THAT(html, HasSubstr("Procedures and professional services (temporary)"));
    EXPECT_THAT(html, HasSubstr("id=\"chapter-modifiers\""));
    EXPECT_THAT(html, HasSubstr("<td>11</td><td>12</td>"));
}

TEST(HtmlReport, CptLeavesOutDescriptorsAndPrintsTheNoticeUnlessTheLicenceCoversThem) {
    const ChangeSet changes = diff_snapshots(
        {"cpt", "2025", "2026"}, {billable("99991", "Made-up licensed text alpha", "Made-up alpha")},
        {billable("99991", "Made-up licensed text alpha, revised", "Made-up alpha"),
         billable("0001F", "Made-up licensed text gamma", "Made-up gamma")});
    const std::string notice(require_code_system("cpt").licence.notice);
    const std::string withheld = page(changes, "cpt");
    EXPECT_THAT(withheld, Not(HasSubstr("Made-up")));
    EXPECT_THAT(withheld, HasSubstr("99991"));
    EXPECT_THAT(withheld, HasSubstr("0001F"));
    EXPECT_THAT(withheld, HasSubstr("long title changed"));
    EXPECT_THAT(withheld, HasSubstr("Codes beginning with 9"));
    EXPECT_THAT(withheld, HasSubstr("<p class=\"notice\" id=\"licence\">" + notice + "</p>"));
    const std::string covered = page(changes, "cpt", {.covers_descriptors = true});
    EXPECT_THAT(covered, HasSubstr("Made-up licensed text alpha<ins>, revised</ins>"));
    EXPECT_THAT(covered, Not(HasSubstr(notice)));
}

TEST(HtmlReport, NoChangesSaysSo) {
    const std::string html = page(diff_snapshots({"icd10cm", "FY2025", "FY2026"}, {billable("A000", "Cholera")},
                                                 {billable("A000", "Cholera")}));
    EXPECT_THAT(html, HasSubstr("<p id=\"no-changes\">No changes.</p>"));
    EXPECT_THAT(html, Not(HasSubstr("<svg")));
}

}  // namespace
}  // namespace codeset
