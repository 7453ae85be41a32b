#include "icd10cm/conversion_table_importer.hpp"

#include "codeset/core/error.hpp"
#include "common/text.hpp"
#include "icd10cm/conversion_table.hpp"
#include "icd10cm/profile.hpp"

#include <algorithm>
#include <regex>

namespace codeset::importers {

namespace {

// The column titles CDC puts over the table. The middle one ("Effective October 1") is left out:
// the FY2022 workbook writes it late in its shared strings, after thousands of codes.
bool has_header_titles(std::string_view text) {
    const std::string lower = to_lower(text);
    return lower.find("current code assignment") != std::string::npos &&
           lower.find("previous code") != std::string::npos;
}

bool is_workbook(const Source& source) {
    return std::any_of(source.members().begin(), source.members().end(),
                       [](const MemberInfo& member) { return member.name == "xl/workbook.xml"; });
}

// The first bytes of a workbook's shared strings, read through a Source of its own so the one
// being identified is not marked as read. The header's titles are among the first strings written.
std::string shared_strings_start(const Source& source) {
    constexpr std::size_t enough = 64 * 1024;
    try {
        const auto own = Source::open(source.path());
        const auto member = own->find_member("^sharedStrings\\.xml$");
        if (!member) return {};
        const auto stream = own->open_member(*member, "identify");
        std::string text(enough, '\0');
        std::size_t size = 0;
        while (size < enough) {
            const std::size_t read = stream->read(text.data() + size, enough - size);
            if (read == 0) break;
            size += read;
        }
        text.resize(size);
        return text;
    } catch (const Error&) {
        return {};  // not readable: not identified as a table; choose_importer says what was found
    }
}

// "FY2026", "FY 2024", "fy2025" in the file name.
std::optional<int> fiscal_year_in_name(const std::string& path) {
    static const std::regex pattern(R"((?:^|[^A-Za-z])[Ff][Yy][ _-]?(20\d\d)(?!\d))");
    const std::string name = std::filesystem::path(path).filename().string();
    std::smatch match;
    if (!std::regex_search(name, match, pattern)) return std::nullopt;
    return std::stoi(match[1]);
}

int fiscal_year_of(const Date& day) { return day.month >= 10 ? day.year + 1 : day.year; }

class ConversionTableImporter final : public Importer {
public:
    std::string_view name() const override { return "icd10cm-conversion-table"; }
    std::string_view system() const override { return "icd10cm"; }
    Identification identify(const Source& source) const override {
        if (source.is_plain_file() && !is_workbook(source))
            return has_header_titles(source.peek(16 * 1024)) ? Identification::yes : Identification::no;
        if (!is_workbook(source)) return Identification::no;
        return has_header_titles(shared_strings_start(source)) ? Identification::yes : Identification::no;
    }
    // The release of the table's fiscal year: from the file name, else from the table's title.
    ReleaseInfo describe(const Source& source) const override {
        std::optional<int> year = fiscal_year_in_name(source.path());
        if (!year) {
            const auto own = Source::open(source.path());
            year = icd10cm::read_conversion_table(*own).fiscal_year;
        }
        const auto label = icd10cm_profile().parse_label("FY" + std::to_string(*year));
        if (!label)
            throw Error(ErrorCode::parse, source.path() + ": fiscal year " + std::to_string(*year) +
                                              " is no ICD-10-CM release label; give it with --version");
        ReleaseInfo info;
        info.system = std::string(system());
        info.version = label->to_string();
        info.effective = label->effective();
        info.kind = label->kind();
        info.importer = std::string(name());
        return info;
    }
    void read(Source& source, RecordSink&, const ReadOptions&) const override {
        throw Error(ErrorCode::usage, source.path() +
                                          ": a conversion table belongs to the ICD-10-CM release of its fiscal year: "
                                          "import it together with that release's zip, or after it");
    }
    bool is_companion() const override { return true; }
    bool annotates_codes() const override { return false; }
    std::unique_ptr<Annotations> read_annotations(Source& source, RecordSink& sink,
                                                  const ReadOptions& options) const override {
        ConversionTable table = icd10cm::read_conversion_table(source);
        if (options.effective && fiscal_year_of(*options.effective) != table.fiscal_year)
            throw Error(ErrorCode::parse, source.path() + ": the FY" + std::to_string(table.fiscal_year) +
                                              " conversion table cannot be attached to the release in force from " +
                                              options.effective->to_string() + " (FY" +
                                              std::to_string(fiscal_year_of(*options.effective)) +
                                              "): expected that year's table");
        const std::vector<SourceFile> files = source.read_files();
        table.digest = companion_digest(files);
        table.path = source.path();
        for (const SourceFile& file : files) sink.add_source_file(file);
        sink.add_conversion_table(table);
        return nullptr;
    }
};

}  // namespace

const Importer& icd10cm_conversion_table_importer() {
    static const ConversionTableImporter importer;
    return importer;
}

}  // namespace codeset::importers
