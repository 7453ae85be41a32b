// Change reports: each format's exact output for a tiny change set.
#include "codeset/export/report.hpp"
#include "codeset/export/writer.hpp"
#include "codeset/core/attribute_values.hpp"
#include "codeset/core/error.hpp"
#include "codeset/diff/diff.hpp"
#include "diff_test_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

namespace codeset {
namespace {

using test::billable;
using test::header;

ChangeSet sample() {
    const std::vector<CodeRecord> from = {
        billable("A011", "Paratyphoid fever A", "Paratyphoid fever A"),
        billable("B000", "Eczema  herpeticum", "Eczema herpeticum"),
        billable("E1110", "Type 2 diabetes mellitus with ketoacidosis without coma", "Type 2 diab w ketoacid w/o coma"),
        header("Z283", "Underimmunization status", "Underimmunization status"),
    };
    const std::vector<CodeRecord> to = {
        billable("A011", "Paratyphoid fever A | B", "Paratyphoid fev A"),
        billable("A0472", "Enterocolitis due to Clostridium difficile, not specified as recurrent",
                 "Enterocolitis d/t C. diff, not spcf as recurrent"),
        billable("B000", "Eczema herpeticum", "Eczema herpeticum"),
        header("E1110", "Type 2 diabetes mellitus with ketoacidosis without coma", "Type 2 diab w ketoacid w/o coma"),
        billable("E11100", "Type 2 diabetes mellitus with ketoacidosis without coma, unspecified",
                 "T2DM w DKA w/o coma, unsp"),
        billable("E11101", "Type 2 diabetes mellitus with \"invented\" ketoacidosis", "T2DM invented"),
        billable("Z283", "Underimmunization status", "Underimmunization status"),
    };
    return diff_snapshots({"icd10cm", "FY2025", "FY2026"}, from, to);
}

std::string report(const ChangeSet& changes, ReportFormat format, std::string_view system = "icd10cm") {
    std::ostringstream out;
    write_change_report(out, changes, require_code_system(system), format);
    return out.str();
}

TEST(WriterRegistry, NamesAreUniqueAndEveryKindOfContentHasAWriter) {
    std::set<std::string_view> names;
    for (const Writer* writer : writers()) {
        EXPECT_TRUE(names.insert(writer->name).second) << writer->name;
        EXPECT_FALSE(writer->extension.empty()) << writer->name;
    }
    EXPECT_EQ(format_names(ContentKind::change_set), (std::vector<std::string_view>{"text", "json", "csv", "markdown", "sql", "html", "xlsx"}));
    EXPECT_EQ(format_names(ContentKind::snapshot), (std::vector<std::string_view>{"csv", "jsonl", "fhir", "sql"}));
    for (const ContentKind kind : {ContentKind::history, ContentKind::code, ContentKind::search, ContentKind::releases})
        EXPECT_EQ(format_names(kind), (std::vector<std::string_view>{"text", "json"})) << to_string(kind);
    EXPECT_EQ(find_writer("md", ContentKind::change_set), find_writer("markdown", ContentKind::change_set));
    EXPECT_EQ(find_writer("markdown", ContentKind::snapshot), nullptr);
    // An extension names the writer of that kind first: .json is FHIR for a snapshot, JSON for a change set.
    EXPECT_EQ(find_writer_by_extension("JSON", ContentKind::snapshot)->name, "fhir");
    EXPECT_EQ(find_writer_by_extension("json", ContentKind::change_set)->name, "json");
    EXPECT_EQ(find_writer_by_extension("md", ContentKind::snapshot)->name, "markdown");  // the caller refuses it
    EXPECT_EQ(find_writer_by_extension("html", ContentKind::change_set)->name, "html");
    EXPECT_EQ(find_writer_by_extension("pdf", ContentKind::snapshot), nullptr);
    try {
        require_writer("pdf", ContentKind::change_set);
        ADD_FAILURE() << "pdf accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::usage);
        EXPECT_STREQ(error.what(), "--format pdf: change sets are written as text, json, csv, markdown, sql, html or xlsx");
    }
}

TEST(WriterRegistry, TheLicencePolicyIsAppliedBeforeTheWriterAndSaysSoOnce) {
    const CodeSystem& cpt = require_code_system("cpt");
    const ChangeSet changes = diff_snapshots({"cpt", "2025", "2026"}, {},
                                             {billable("99992", "Invented licensed descriptor beta", "Invented beta")});
    for (const Writer* writer : writers()) {
        // A workbook's cells are compressed: tests/cli/licence_policy_test.cpp reads them back.
        if (!writer->writes(ContentKind::change_set) || writer->binary) continue;
        std::ostringstream out;
        std::ostringstream notices;
        write_content(out, *writer, ChangeSetContent{&cpt, changes, {}}, {}, &notices);
        EXPECT_EQ(out.str().find("Invented"), std::string::npos) << writer->name << ": " << out.str();
        EXPECT_NE(out.str().find("99992"), std::string::npos) << writer->name;
        EXPECT_EQ(notices.str(), "note: " + std::string(cpt.licence.notice) + "\n") << writer->name;

        std::ostringstream covered;
        std::ostringstream silent;
        write_content(covered, *writer, ChangeSetContent{&cpt, changes, {}}, {.covers_descriptors = true}, &silent);
        EXPECT_NE(covered.str().find("Invented licensed descriptor beta"), std::string::npos) << writer->name;
        EXPECT_EQ(silent.str(), "") << writer->name;
    }
}

TEST(ReportFormatNames, Parse) {
    EXPECT_EQ(parse_report_format("text"), ReportFormat::text);
    EXPECT_EQ(parse_report_format("json"), ReportFormat::json);
    EXPECT_EQ(parse_report_format("csv"), ReportFormat::csv);
    EXPECT_EQ(parse_report_format("markdown"), ReportFormat::markdown);
    EXPECT_EQ(parse_report_format("md"), ReportFormat::markdown);
    EXPECT_EQ(parse_report_format("html"), std::nullopt);
}

ChangeSet attribute_sample() {
    return diff_snapshots({"hcpcs", "2025-01", "2025-04"},
                          {billable("G0001", "Invented service one", "Invented svc one", {{"pricing", "11"}}),
                           billable("G0002", "Invented service two", "Invented svc two", {{"coverage", "C"}})},
                          {billable("G0001", "Invented service one, revised", "Invented svc one", {{"pricing", "12"}}),
                           billable("G0002", "Invented service two", "Invented svc two", {{"betos", "M1A"}})});
}

TEST(Report, Text) {
    EXPECT_EQ(report(sample(), ReportFormat::text), R"golden(icd10cm FY2025 → FY2026
added 4, deleted 1, revised 1 (long 1, short 1), white space only 1, expanded 1
header rows: added 1, deleted 1, revised 0

Added (4)
  A04.72   Enterocolitis due to Clostridium difficile, not specified as recurrent
  E11.100  Type 2 diabetes mellitus with ketoacidosis without coma, unspecified
  E11.101  Type 2 diabetes mellitus with "invented" ketoacidosis
  Z28.3    Underimmunization status

Deleted (1)
  E11.10   Type 2 diabetes mellitus with ketoacidosis without coma
           expanded into: E11.100, E11.101

Revised (1)
  A01.1    long  - Paratyphoid fever A
                 + Paratyphoid fever A | B
           short - Paratyphoid fever A
                 + Paratyphoid fev A

White space only (1)
  B00.0    long  - "Eczema  herpeticum"
                 + "Eczema herpeticum"

Header rows (2)
  added    E11.10   Type 2 diabetes mellitus with ketoacidosis without coma
  deleted  Z28.3    Underimmunization status
)golden");
}

TEST(Report, TextWithAttributes) {
    EXPECT_EQ(report(attribute_sample(), ReportFormat::text, "hcpcs"), R"golden(hcpcs 2025-01 → 2025-04
added 0, deleted 0, revised 1 (long 1, short 0), white space only 0, expanded 0, attributes 1
header rows: added 0, deleted 0, revised 0

Revised (1)
  G0001  long  - Invented service one
               + Invented service one, revised
         pricing: 11 -> 12

Attributes (1)
  G0002  betos: (none) -> M1A
         coverage: C -> (none)
)golden");
}

// Chapters, notes and parents are found through the profile's roles (chapter, note, parent).
ChangeSet tabular_sample() {
    const auto annotated = [](std::string code, std::string title, std::vector<std::string> excludes1) {
        std::vector<Attribute> attributes = {{"chapter", "4"}, {"chapter_title", "Endocrine diseases (E00-E89)"}};
        if (!excludes1.empty()) attributes.push_back({"excludes1", encode_list(excludes1)});
        attributes.push_back({"parent", "E11"});
        return billable(std::move(code), std::move(title), "", std::move(attributes));
    };
    return diff_snapshots({"icd10cm", "FY2025", "FY2026"},
                          {annotated("E119", "Type 2 diabetes mellitus without complications", {"type 1 (E10.-)"})},
                          {annotated("E119", "Type 2 diabetes mellitus without complications",
                                     {"gestational (O24.4-)", "type 1 (E10.-)"}),
                           annotated("E11A", "Type 2 diabetes mellitus without complications in remission", {})});
}

TEST(Report, TextByChapterWithTheNotesThatChanged) {
    EXPECT_EQ(report(tabular_sample(), ReportFormat::text), R"golden(icd10cm FY2025 → FY2026
added 1, deleted 0, revised 0 (long 0, short 0), white space only 0, expanded 0, attributes 1
header rows: added 0, deleted 0, revised 0

By chapter
   4  added    1  deleted    0  revised    0  notes    1  Endocrine diseases (E00-E89)

Notes and hierarchy (1)
  E11.9  excludes1 + gestational (O24.4-)

Added (1)
  E11.A  Type 2 diabetes mellitus without complications in remission

Attributes (1)
  E11.9  excludes1: ["type 1 (E10.-)"] -> ["gestational (O24.4-)","type 1 (E10.-)"]
)golden");
}

TEST(Report, JsonCarriesListAttributesAsArrays) {
    // excludes1 is typed `list` by the ICD-10-CM profile: an array, never a string holding JSON.
    const auto json = nlohmann::json::parse(report(tabular_sample(), ReportFormat::json));
    for (const auto& change : json["changes"]) {
        if (change["code"] != "E11.9") continue;
        ASSERT_EQ(change["attribute_changes"].size(), 1u);
        EXPECT_EQ(change["attribute_changes"][0]["before"], nlohmann::json({"type 1 (E10.-)"}));
        EXPECT_EQ(change["attribute_changes"][0]["after"], nlohmann::json({"gestational (O24.4-)", "type 1 (E10.-)"}));
        EXPECT_EQ(change["after"]["attributes"]["excludes1"], change["attribute_changes"][0]["after"]);
        EXPECT_EQ(change["after"]["attributes"]["chapter"], "4");
        return;
    }
    FAIL() << "no change of E11.9";
}

TEST(Report, Json) {
    EXPECT_EQ(report(sample(), ReportFormat::json), R"golden({
  "system": "icd10cm",
  "from": "FY2025",
  "to": "FY2026",
  "summary": {
    "added": 4,
    "deleted": 1,
    "revised": 1,
    "revised_long": 1,
    "revised_short": 1,
    "whitespace_only": 1,
    "expanded": 1,
    "attributes": 0,
    "headers": {
      "added": 1,
      "deleted": 1,
      "revised": 0
    }
  },
  "changes": [
    {
      "code": "A01.1",
      "change": "revised",
      "before": {
        "billable": true,
        "short_title": "Paratyphoid fever A",
        "long_title": "Paratyphoid fever A"
      },
      "after": {
        "billable": true,
        "short_title": "Paratyphoid fev A",
        "long_title": "Paratyphoid fever A | B"
      }
    },
    {
      "code": "A04.72",
      "change": "added",
      "before": null,
      "after": {
        "billable": true,
        "short_title": "Enterocolitis d/t C. diff, not spcf as recurrent",
        "long_title": "Enterocolitis due to Clostridium difficile, not specified as recurrent"
      }
    },
    {
      "code": "B00.0",
      "change": "whitespace",
      "before": {
        "billable": true,
        "short_title": "Eczema herpeticum",
        "long_title": "Eczema  herpeticum"
      },
      "after": {
        "billable": true,
        "short_title": "Eczema herpeticum",
        "long_title": "Eczema herpeticum"
      }
    },
    {
      "code": "E11.10",
      "change": "deleted",
      "before": {
        "billable": true,
        "short_title": "Type 2 diab w ketoacid w/o coma",
        "long_title": "Type 2 diabetes mellitus with ketoacidosis without coma"
      },
      "after": {
        "billable": false,
        "short_title": "Type 2 diab w ketoacid w/o coma",
        "long_title": "Type 2 diabetes mellitus with ketoacidosis without coma"
      },
      "expanded_into": [
        "E11.100",
        "E11.101"
      ]
    },
    {
      "code": "E11.10",
      "change": "header_added",
      "before": {
        "billable": true,
        "short_title": "Type 2 diab w ketoacid w/o coma",
        "long_title": "Type 2 diabetes mellitus with ketoacidosis without coma"
      },
      "after": {
        "billable": false,
        "short_title": "Type 2 diab w ketoacid w/o coma",
        "long_title": "Type 2 diabetes mellitus with ketoacidosis without coma"
      }
    },
    {
      "code": "E11.100",
      "change": "added",
      "before": null,
      "after": {
        "billable": true,
        "short_title": "T2DM w DKA w/o coma, unsp",
        "long_title": "Type 2 diabetes mellitus with ketoacidosis without coma, unspecified"
      }
    },
    {
      "code": "E11.101",
      "change": "added",
      "before": null,
      "after": {
        "billable": true,
        "short_title": "T2DM invented",
        "long_title": "Type 2 diabetes mellitus with \"invented\" ketoacidosis"
      }
    },
    {
      "code": "Z28.3",
      "change": "added",
      "before": {
        "billable": false,
        "short_title": "Underimmunization status",
        "long_title": "Underimmunization status"
      },
      "after": {
        "billable": true,
        "short_title": "Underimmunization status",
        "long_title": "Underimmunization status"
      }
    },
    {
      "code": "Z28.3",
      "change": "header_deleted",
      "before": {
        "billable": false,
        "short_title": "Underimmunization status",
        "long_title": "Underimmunization status"
      },
      "after": {
        "billable": true,
        "short_title": "Underimmunization status",
        "long_title": "Underimmunization status"
      }
    }
  ]
}
)golden");
}

TEST(Report, JsonWithAttributes) {
    EXPECT_EQ(report(attribute_sample(), ReportFormat::json, "hcpcs"), R"golden({
  "system": "hcpcs",
  "from": "2025-01",
  "to": "2025-04",
  "summary": {
    "added": 0,
    "deleted": 0,
    "revised": 1,
    "revised_long": 1,
    "revised_short": 0,
    "whitespace_only": 0,
    "expanded": 0,
    "attributes": 1,
    "headers": {
      "added": 0,
      "deleted": 0,
      "revised": 0
    },
    "attribute_fields": {
      "betos": 1,
      "coverage": 1,
      "pricing": 1
    }
  },
  "changes": [
    {
      "code": "G0001",
      "change": "revised",
      "before": {
        "billable": true,
        "short_title": "Invented svc one",
        "long_title": "Invented service one",
        "attributes": {
          "pricing": "11"
        }
      },
      "after": {
        "billable": true,
        "short_title": "Invented svc one",
        "long_title": "Invented service one, revised",
        "attributes": {
          "pricing": "12"
        }
      },
      "attribute_changes": [
        {
          "name": "pricing",
          "before": "11",
          "after": "12"
        }
      ]
    },
    {
      "code": "G0002",
      "change": "attributes",
      "before": {
        "billable": true,
        "short_title": "Invented svc two",
        "long_title": "Invented service two",
        "attributes": {
          "coverage": "C"
        }
      },
      "after": {
        "billable": true,
        "short_title": "Invented svc two",
        "long_title": "Invented service two",
        "attributes": {
          "betos": "M1A"
        }
      },
      "attribute_changes": [
        {
          "name": "betos",
          "before": null,
          "after": "M1A"
        },
        {
          "name": "coverage",
          "before": "C",
          "after": null
        }
      ]
    }
  ]
}
)golden");
}

TEST(Report, Csv) {
    EXPECT_EQ(
        report(sample(), ReportFormat::csv),
        R"golden(code,change,billable_before,billable_after,short_before,short_after,long_before,long_after,expanded_into,replaced_by,attribute_changes
A01.1,revised,1,1,Paratyphoid fever A,Paratyphoid fev A,Paratyphoid fever A,Paratyphoid fever A | B,,,
A04.72,added,,1,,"Enterocolitis d/t C. diff, not spcf as recurrent",,"Enterocolitis due to Clostridium difficile, not specified as recurrent",,,
B00.0,whitespace,1,1,Eczema herpeticum,Eczema herpeticum,Eczema  herpeticum,Eczema herpeticum,,,
E11.10,deleted+header_added,1,0,Type 2 diab w ketoacid w/o coma,Type 2 diab w ketoacid w/o coma,Type 2 diabetes mellitus with ketoacidosis without coma,Type 2 diabetes mellitus with ketoacidosis without coma,E11.100 E11.101,,
E11.100,added,,1,,"T2DM w DKA w/o coma, unsp",,"Type 2 diabetes mellitus with ketoacidosis without coma, unspecified",,,
E11.101,added,,1,,T2DM invented,,"Type 2 diabetes mellitus with ""invented"" ketoacidosis",,,
Z28.3,added+header_deleted,0,1,Underimmunization status,Underimmunization status,Underimmunization status,Underimmunization status,,,
)golden");
}

TEST(Report, CsvWithAttributes) {
    EXPECT_EQ(
        report(attribute_sample(), ReportFormat::csv, "hcpcs"),
        R"golden(code,change,billable_before,billable_after,short_before,short_after,long_before,long_after,expanded_into,replaced_by,attribute_changes
G0001,revised,1,1,Invented svc one,Invented svc one,Invented service one,"Invented service one, revised",,,pricing: 11 -> 12
G0002,attributes,1,1,Invented svc two,Invented svc two,Invented service two,Invented service two,,,betos: (none) -> M1A; coverage: C -> (none)
)golden");
}

TEST(Report, Markdown) {
    EXPECT_EQ(report(sample(), ReportFormat::markdown), R"golden(# icd10cm FY2025 → FY2026

| change | count |
|---|---:|
| Added | 4 |
| Deleted | 1 |
| Expanded (deleted, now a header) | 1 |
| Revised | 1 |
| Revised long titles | 1 |
| Revised short titles | 1 |
| White space only | 1 |
| Attributes | 0 |
| Header rows added | 1 |
| Header rows deleted | 1 |
| Header rows revised | 0 |

## Added (4)

| code | title | before | after |
|---|---|---|---|
| A04.72 | Enterocolitis due to Clostridium difficile, not specified as recurrent |  | billable |
| E11.100 | Type 2 diabetes mellitus with ketoacidosis without coma, unspecified |  | billable |
| E11.101 | Type 2 diabetes mellitus with "invented" ketoacidosis |  | billable |
| Z28.3 | Underimmunization status | header | billable |

## Deleted (1)

| code | title | before | after |
|---|---|---|---|
| E11.10 | Type 2 diabetes mellitus with ketoacidosis without coma | billable | header; expanded into E11.100, E11.101 |

## Revised (1)

| code | title | before | after |
|---|---|---|---|
| A01.1 | Paratyphoid fever A \| B | long: Paratyphoid fever A<br>short: Paratyphoid fever A | long: Paratyphoid fever A \| B<br>short: Paratyphoid fev A |

## White space only (1)

| code | title | before | after |
|---|---|---|---|
| B00.0 | Eczema herpeticum | long: `Eczema  herpeticum` | long: `Eczema herpeticum` |

## Header rows added (1)

| code | title | before | after |
|---|---|---|---|
| E11.10 | Type 2 diabetes mellitus with ketoacidosis without coma | billable | header |

## Header rows deleted (1)

| code | title | before | after |
|---|---|---|---|
| Z28.3 | Underimmunization status | header | billable |
)golden");
}

TEST(Report, MarkdownWithAttributes) {
    EXPECT_EQ(report(attribute_sample(), ReportFormat::markdown, "hcpcs"), R"golden(# hcpcs 2025-01 → 2025-04

| change | count |
|---|---:|
| Added | 0 |
| Deleted | 0 |
| Expanded (deleted, now a header) | 0 |
| Revised | 1 |
| Revised long titles | 1 |
| Revised short titles | 0 |
| White space only | 0 |
| Attributes | 1 |
| Header rows added | 0 |
| Header rows deleted | 0 |
| Header rows revised | 0 |

## Revised (1)

| code | title | before | after |
|---|---|---|---|
| G0001 | Invented service one, revised | long: Invented service one<br>pricing: 11 | long: Invented service one, revised<br>pricing: 12 |

## Attributes (1)

| code | title | before | after |
|---|---|---|---|
| G0002 | Invented service two | betos: (none)<br>coverage: C | betos: M1A<br>coverage: (none) |
)golden");
}

TEST(Report, EmptyChangeSet) {
    const ChangeSet changes = diff_snapshots({"icd10pcs", "FY2025", "FY2026"}, {}, {});
    EXPECT_EQ(report(changes, ReportFormat::text, "icd10pcs"), "icd10pcs FY2025 → FY2026\nNo changes.\n");
    EXPECT_EQ(report(changes, ReportFormat::csv, "icd10pcs"),
              "code,change,billable_before,billable_after,short_before,short_after,long_before,long_after,"
              "expanded_into,replaced_by,attribute_changes\n");
    const std::string markdown = report(changes, ReportFormat::markdown, "icd10pcs");
    EXPECT_NE(markdown.find("| Added | 0 |\n"), std::string::npos);
    EXPECT_TRUE(markdown.ends_with("\nNo changes.\n"));
    const auto json = nlohmann::json::parse(report(changes, ReportFormat::json, "icd10pcs"));
    EXPECT_EQ(json["changes"], nlohmann::json::array());
    EXPECT_EQ(json["summary"]["headers"]["added"], 0);
}

TEST(Report, ProcedureCodesAreWrittenAsStored) {
    const ChangeSet changes =
        diff_snapshots({"icd10pcs", "FY2025", "FY2026"}, {},
                       {billable("0016070", "Bypass Cerebral Ventricle to Nasopharynx", "Bypass")});
    EXPECT_EQ(report(changes, ReportFormat::csv, "icd10pcs"),
              "code,change,billable_before,billable_after,short_before,short_after,long_before,long_after,"
              "expanded_into,replaced_by,attribute_changes\n"
              "0016070,added,,1,,Bypass,,Bypass Cerebral Ventricle to Nasopharynx,,,\n");
    const auto json = nlohmann::json::parse(report(changes, ReportFormat::json, "icd10pcs"));
    EXPECT_EQ(json["changes"][0]["code"], "0016070");
}

TEST(Report, JsonIsValidAndMatchesTheChangeSet) {
    const ChangeSet changes = sample();
    const auto json = nlohmann::json::parse(report(changes, ReportFormat::json));
    ASSERT_EQ(json["changes"].size(), changes.changes.size());
    EXPECT_EQ(json["summary"]["added"], changes.summary.added);
    EXPECT_EQ(json["changes"][3]["expanded_into"], nlohmann::json({"E11.100", "E11.101"}));
    EXPECT_FALSE(json["changes"][0].contains("expanded_into"));
    EXPECT_FALSE(json["changes"][0].contains("attribute_changes"));
}

}  // namespace
}  // namespace codeset

namespace codeset {
namespace {

// Invented codes and descriptors of the licensed system: never real CPT text.
ChangeSet licensed_sample() {
    return diff_snapshots({"cpt", "2025", "2026"},
                          {billable("99991", "Invented licensed descriptor alpha", "Invented alpha")},
                          {billable("99991", "Invented licensed descriptor alpha, revised", "Invented alpha"),
                           billable("99992", "Invented licensed descriptor beta", "Invented beta")});
}

TEST(ReportLicenceGuard, LicensedDescriptorsAreLeftOutByDefault) {
    for (ReportFormat format : {ReportFormat::text, ReportFormat::json, ReportFormat::csv, ReportFormat::markdown}) {
        std::ostringstream out;
        write_change_report(out, licensed_sample(), require_code_system("cpt"), format);
        EXPECT_EQ(out.str().find("Invented"), std::string::npos) << out.str();
        EXPECT_NE(out.str().find("99992"), std::string::npos) << out.str();
    }
}

TEST(ReportLicenceGuard, DescriptorsAreWrittenWhenTheLicenceCoversThem) {
    std::ostringstream out;
    write_change_report(out, licensed_sample(), require_code_system("cpt"), ReportFormat::json, true);
    EXPECT_NE(out.str().find("Invented licensed descriptor beta"), std::string::npos) << out.str();
}

}  // namespace
}  // namespace codeset
