#include "companions/pcs_tables_importer.hpp"

#include "companions/companion_version.hpp"
#include "icd10pcs_xml/pcs_codes.hpp"
#include "icd10pcs_xml/pcs_tables.hpp"

#include <unordered_map>

namespace codeset::importers {

namespace {

using namespace icd10pcs_xml;

// The meaning of a code's Nth character is kept as attribute character_N = "Body Part: Appendix":
// axis titles differ between sections (Imaging has "Contrast", Placement "Body Region"), so the
// position names the attribute and the title stays with the label.
Attribute character(int position, const PcsAxis& axis, const PcsLabel& label) {
    return {"character_" + std::to_string(position), axis.title + ": " + label.text};
}

class TableAnnotations final : public Annotations {
public:
    explicit TableAnnotations(PcsTables tables) : m_tables(std::move(tables)) {
        for (const PcsTable& table : m_tables.tables) m_by_code.emplace(table.code(), &table);
    }

    void annotate(CodeRecord& record) const override {
        if (record.code.size() < 3) return;
        const auto found = m_by_code.find(record.code.substr(0, 3));
        if (found == m_by_code.end()) return;
        const PcsTable& table = *found->second;
        for (std::size_t i = 0; i < table.axes.size(); ++i)
            if (!table.axes[i].labels.empty())
                record.attributes.push_back(character(int(i + 1), table.axes[i], table.axes[i].labels[0]));
        if (record.code.size() == 3 && !table.axes[2].definition.empty())
            record.attributes.push_back({"operation_definition", table.axes[2].definition});
        if (record.code.size() == 7)
            if (const PcsRow* row = row_of(table, record.code))
                for (std::size_t i = 0; i < row->axes.size(); ++i)
                    if (const PcsLabel* label = row->axes[i].find(record.code[3 + i]))
                        record.attributes.push_back(character(int(i + 4), row->axes[i], *label));
        sort_attributes(record.attributes);
    }

    std::vector<ImportWarning> check(std::span<const CodeRow> release) const override {
        std::vector<ImportWarning> warnings = m_tables.warnings;
        const std::vector<ImportWarning> differences = self_check(m_tables, release, m_tables.where);
        warnings.insert(warnings.end(), differences.begin(), differences.end());
        return warnings;
    }

private:
    static const PcsRow* row_of(const PcsTable& table, const std::string& code) {
        for (const PcsRow& row : table.rows) {
            bool fits = true;
            for (std::size_t i = 0; i < row.axes.size() && fits; ++i) fits = row.axes[i].find(code[3 + i]) != nullptr;
            if (fits) return &row;
        }
        return nullptr;
    }

    PcsTables m_tables;
    std::unordered_map<std::string, const PcsTable*> m_by_code;
};

class TablesImporter final : public Importer {
public:
    std::string_view name() const override { return "icd10pcs-tables-xml"; }
    std::string_view system() const override { return "icd10pcs"; }
    Identification identify(const Source& source) const override {
        return find_pcs_tables_member(source) ? Identification::yes : Identification::no;
    }
    ReleaseInfo describe(const Source& source) const override {
        return describe_companion(source, member(source), system(), name(), "ICD-10-PCS tables XML");
    }
    void read(Source& source, RecordSink&, const ReadOptions&) const override {
        throw Error(ErrorCode::usage, source.path() +
                                          ": the tables XML annotates an ICD-10-PCS release: import it together with "
                                          "the release's order file, or after it");
    }
    bool is_companion() const override { return true; }
    std::unique_ptr<Annotations> read_annotations(Source& source, RecordSink& sink,
                                                  const ReadOptions&) const override {
        PcsTables tables = read_pcs_tables(source, member(source));
        for (const SourceFile& file : source.read_files())
            if (file.role == tables_file_role || file.member.empty()) sink.add_source_file(file);
        return std::make_unique<TableAnnotations>(std::move(tables));
    }

private:
    static MemberInfo member(const Source& source) {
        if (auto found = find_pcs_tables_member(source)) return *found;
        throw Error(ErrorCode::parse, source.path() + ": expected an ICD-10-PCS tables XML such as icd10pcs_tables_YYYY.xml");
    }
};

}  // namespace

const Importer& icd10pcs_tables_importer() {
    static const TablesImporter importer;
    return importer;
}

}  // namespace codeset::importers
