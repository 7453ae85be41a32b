#include "companions/index_importer.hpp"

#include "common/order_importer.hpp"
#include "common/version_detection.hpp"
#include "companions/companion_version.hpp"
#include "icd10cm_xml/index_parser.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace codeset::importers {

namespace {

constexpr std::size_t listed_missing = 10;
constexpr std::size_t peeked_bytes = 2048;  // the root, title and column headings come first

// "icd10cm_eindex_2017.xml" -> "eindex", "E-Index.xml" -> "eindex", "Drug.xml" -> "drug".
std::string name_core(std::string_view base_name, std::string* extension) {
    std::string name = compact_name(base_name, extension);
    if (name.starts_with("icd10cm")) name.erase(0, 7);
    std::erase_if(name, [](unsigned char c) { return std::isdigit(c) != 0; });
    return name;
}

// "C79.8-" -> "C798"; a trailing dash (more characters needed) is dropped.
std::string stored_form(std::string_view written) {
    std::string code;
    for (const char c : written)
        if (c != '.' && c != '-') code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return code;
}

class IndexAnnotations final : public Annotations {
public:
    IndexAnnotations(IndexKind kind, Location where) : m_kind(kind), m_where(std::move(where)) {}

    void named(const IndexTerm& term) {
        for (const std::string& code : codes_named(term)) m_codes.emplace(code, term.line);
        for (const IndexTerm& subterm : term.subterms) named(subterm);
    }

    void annotate(CodeRecord&) const override {}
    bool annotates_codes() const override { return false; }

    // Every code the index names is in the release (a code ending in "-" is the start of some).
    std::vector<ImportWarning> check(std::span<const CodeRow> release) const override {
        std::vector<std::string> codes;
        codes.reserve(release.size());
        for (const CodeRow& row : release) codes.push_back(row.code);
        std::sort(codes.begin(), codes.end());
        std::vector<std::pair<std::string, std::uint64_t>> missing;
        std::set<std::string> reported;
        for (const auto& [written, line] : m_codes) {
            const std::string code = stored_form(written);
            const auto at = std::lower_bound(codes.begin(), codes.end(), code);
            const bool found = at != codes.end() && (*at == code || (written.ends_with('-') && at->starts_with(code)));
            if (!found && reported.insert(written).second) missing.emplace_back(written, line);
        }
        if (missing.empty()) return {};
        std::sort(missing.begin(), missing.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
        std::string listed;
        for (std::size_t i = 0; i < missing.size() && i < listed_missing; ++i)
            listed += (i ? ", " : "") + missing[i].first + " (line " + std::to_string(missing[i].second) + ")";
        if (missing.size() > listed_missing) listed += ", ...";
        return {{m_where.to_string(), std::to_string(missing.size()) + " code" + (missing.size() == 1 ? "" : "s") +
                                          " named by the " + std::string(index_title(m_kind)) +
                                          " not in the release's tabular list: " + listed}};
    }

private:
    IndexKind m_kind;
    Location m_where;
    std::set<std::pair<std::string, std::uint64_t>> m_codes;  // as written, with the line naming it
};

class IndexImporter final : public Importer {
public:
    explicit IndexImporter(IndexKind kind) : m_kind(kind), m_name("icd10cm-" + std::string(to_string(kind)) + "-xml") {}

    std::string_view name() const override { return m_name; }
    std::string_view system() const override { return "icd10cm"; }
    Identification identify(const Source& source) const override {
        return find_member(source) ? Identification::yes : Identification::no;
    }
    ReleaseInfo describe(const Source& source) const override {
        const MemberInfo found = member(source);
        try {
            return describe_companion(source, found, system(), name(), std::string(index_title(m_kind)) + " XML");
        } catch (const Error&) {
            // CDC posts the files one by one as Index.xml, Drug.xml ...: the year is in <version>.
            if (auto info = describe_from_version(source)) return *info;
            throw;
        }
    }
    void read(Source& source, RecordSink&, const ReadOptions&) const override {
        throw Error(ErrorCode::usage, source.path() + ": the " + std::string(index_title(m_kind)) +
                                          " belongs to an ICD-10-CM release: import it together with the "
                                          "release's order file, or after it");
    }
    bool is_companion() const override { return true; }
    bool annotates_codes() const override { return false; }  // its terms are kept beside the codes
    std::unique_ptr<Annotations> read_annotations(Source& source, RecordSink& sink,
                                                  const ReadOptions&) const override {
        const MemberInfo file = member(source);
        auto annotations = std::make_unique<IndexAnnotations>(m_kind, source.locate(file));
        {
            auto stream = source.open_member(file, "index");
            icd10cm_xml::IndexVisitor visitor;
            visitor.on_heading = [&](const IndexHeading& heading) { sink.add_index_heading(heading); };
            visitor.on_main_term = [&](const IndexMainTerm& main) {
                annotations->named(main.term);
                sink.add_index_term(main);
            };
            icd10cm_xml::parse_index(*stream, source.locate(file), m_kind, visitor);
        }
        for (const SourceFile& source_file : source.read_files())
            if (source_file.role == "index" || source_file.member.empty()) sink.add_source_file(source_file);
        return annotations;
    }

private:
    // A plain file is this index when its first bytes say so, whatever its name; in a zip or
    // folder, the member named for it (icd10cm_drug_2017.xml, Drug.xml).
    std::optional<MemberInfo> find_member(const Source& source) const {
        if (source.is_plain_file()) {
            if (source.members().size() != 1) return std::nullopt;
            const auto kind = icd10cm_xml::peek_index_kind(source.peek(peeked_bytes));
            if (kind == m_kind) return source.members().front();
            return std::nullopt;
        }
        for (const MemberInfo& candidate : source.members()) {
            std::string extension;
            if (name_core(candidate.base_name(), &extension) == to_string(m_kind) && extension == "xml") return candidate;
        }
        return std::nullopt;
    }

    MemberInfo member(const Source& source) const {
        if (auto found = find_member(source)) return *found;
        throw Error(ErrorCode::parse, source.path() + ": expected the ICD-10-CM " + std::string(index_title(m_kind)) +
                                          " XML such as icd10cm_" + std::string(to_string(m_kind)) + "_YYYY.xml");
    }

    // <version>2016</version> near the top of a plain file: FY2016.
    std::optional<ReleaseInfo> describe_from_version(const Source& source) const {
        const std::string first = source.peek(peeked_bytes);
        const std::size_t open = first.find("<version>");
        if (open == std::string::npos) return std::nullopt;
        const std::size_t start = open + 9;
        const std::size_t end = first.find('<', start);
        if (end == std::string::npos || end - start != 4) return std::nullopt;
        const auto label = fiscal_label_from_name("fy" + first.substr(start, 4));
        if (!label) return std::nullopt;
        ReleaseInfo info;
        info.system = std::string(system());
        info.version = label->to_string();
        info.effective = label->effective();
        info.kind = label->kind();
        info.importer = m_name;
        return info;
    }

    IndexKind m_kind;
    std::string m_name;
};

}  // namespace

const Importer& icd10cm_index_importer(IndexKind kind) {
    static const IndexImporter diseases(IndexKind::diseases);
    static const IndexImporter external_causes(IndexKind::external_causes);
    static const IndexImporter neoplasms(IndexKind::neoplasms);
    static const IndexImporter drugs(IndexKind::drugs);
    switch (kind) {
        case IndexKind::diseases: return diseases;
        case IndexKind::external_causes: return external_causes;
        case IndexKind::neoplasms: return neoplasms;
        case IndexKind::drugs: return drugs;
    }
    return diseases;
}

}  // namespace codeset::importers
