// The harness table and the harnesses that read a file through its importer, as `codeset import`
// does: describe it, then read it (or its annotations, for a companion) into a sink.
#include "harnesses.hpp"

#include "read_release.hpp"
#include "reader_harnesses.hpp"
#include "scratch_file.hpp"

#include "companions/index_importer.hpp"
#include "companions/pcs_tables_importer.hpp"
#include "companions/tabular_importer.hpp"
#include "cpt/cpt_importer.hpp"
#include "hcpcs/hcpcs_anweb_importer.hpp"
#include "icd10cm/conversion_table_importer.hpp"
#include "icd10cm/icd10cm_order_importer.hpp"
#include "icd10pcs/icd10pcs_order_importer.hpp"

#include <stdexcept>
#include <string>

namespace codeset::fuzz {

namespace {

void order_file_cm(std::string_view input) {
    read_file_as(importers::icd10cm_order_importer(), "icd10cm-order-2026.txt", input);
}
void order_file_pcs(std::string_view input) {
    read_file_as(importers::icd10pcs_order_importer(), "icd10pcs_order_2026.txt", input);
}
void hcpcs_record(std::string_view input) {
    read_file_as(importers::hcpcs_anweb_importer(), "HCPC2026_JAN_ANWEB.txt", input);
}
void tabular_xml(std::string_view input) {
    read_file_as(importers::icd10cm_tabular_importer(), "icd10cm_tabular_2026.xml", input);
}
void pcs_tables_xml(std::string_view input) {
    read_file_as(importers::icd10pcs_tables_importer(), "icd10pcs_tables_2026.xml", input);
}
// CDC's conversion table in both of its forms, attached to its fiscal year by its name.
void conversion_table_xlsx(std::string_view input) {
    read_file_as(importers::icd10cm_conversion_table_importer(), "icd10cm-conversion-table-FY2026.xlsx", input);
}
void conversion_table_csv(std::string_view input) {
    read_file_as(importers::icd10cm_conversion_table_importer(), "icd10cm-conversion-table-FY2026.csv", input);
}

// A plain index file is known by its first bytes: the importer of the index it says it is reads
// it, and one that is none of the four is refused by the Index to Diseases'.
void index_xml(std::string_view input) {
    const auto source = open_source(write_scratch_file("icd10cm_index_2026.xml", input));
    if (!source) return;
    for (IndexKind kind : {IndexKind::diseases, IndexKind::external_causes, IndexKind::neoplasms, IndexKind::drugs}) {
        const Importer& importer = importers::icd10cm_index_importer(kind);
        if (importer.identify(*source) != Identification::no) return read_release(importer, *source);
    }
    read_release(importers::icd10cm_index_importer(IndexKind::diseases), *source);
}

// A licensee's package as a folder holding its long descriptor file, read with the default mapping.
void cpt_files(std::string_view input) {
    if (const auto source = open_source(write_scratch_file("cpt-2026/LONGULT.txt", input).parent_path()))
        read_release(importers::cpt_importer(), *source);
}

}  // namespace

const std::vector<Harness>& harnesses() {
    static const std::vector<Harness> table = {
        {"order_file_cm", order_file_cm, {"icd10cm", "icd10cm/release_folder", "icd10cm/freeze_release_2016"}},
        {"order_file_pcs", order_file_pcs, {"icd10pcs", "icd10pcs/release_folder"}},
        {"addenda", addenda, {"icd10cm", "icd10pcs"}},
        {"tabular_xml", tabular_xml, {"icd10cm_xml", "icd10cm_xml/notes", "icd10cm_xml/release_folder"}},
        {"pcs_tables_xml", pcs_tables_xml, {"icd10pcs_xml", "icd10pcs_xml/release_folder"}},
        {"hcpcs_record", hcpcs_record, {"hcpcs", "hcpcs/release_folder"}},
        {"cpt_files", cpt_files, {"cpt/cpt-2026-invented", "cpt/custom-layout-2025", "cpt/windows-1252"}},
        {"cpt_mapping", cpt_mapping, {"cpt/mappings"}},
        {"conversion_table_xlsx", conversion_table_xlsx, {}},
        {"conversion_table_csv", conversion_table_csv, {}},
        {"index_xml", index_xml, {"icd10cm_xml/index", "icd10cm_xml/release_folder"}},
        {"zip_source", zip_source, {"core", "samples", "icd10cm", "hcpcs", "icd10pcs", "cpt"}},
        {"validate_csv", validate_csv, {}},
    };
    return table;
}

const Harness& harness(std::string_view name) {
    for (const Harness& candidate : harnesses())
        if (candidate.name == name) return candidate;
    throw std::invalid_argument("no fuzz harness is called '" + std::string(name) + "'");
}

}  // namespace codeset::fuzz
