// The whole tabular list in memory, and where to find it in a release.
#include "icd10cm_xml/tabular.hpp"

#include "common/order_importer.hpp"

#include <unordered_map>

namespace codeset::importers::icd10cm_xml {

namespace {

class CollectingVisitor : public TabularVisitor {
public:
    explicit CollectingVisitor(TabularRelease& release) : m_release(release) {}

    void on_version(const std::string& version) override { m_release.version = version; }
    void on_chapter(const Chapter& chapter) override { m_release.chapters.push_back(chapter); }
    void on_warning(const ImportWarning& warning) override { m_release.warnings.push_back(warning); }
    void on_code(const TabularCode& code) override {
        const auto [first, inserted] = m_lines.emplace(code.code, code.line);
        if (!inserted) {
            Location at = m_release.where;
            at.line = code.line;
            throw ParseError(at, "each code once, found " + code.name + " again (first on line " +
                                     std::to_string(first->second) + ")");
        }
        m_release.codes.push_back(code);
    }

private:
    TabularRelease& m_release;
    std::unordered_map<std::string, std::uint64_t> m_lines;
};

}  // namespace

TabularRelease read_tabular(ByteStream& stream, const Location& where) {
    TabularRelease release;
    release.where = where;
    release.codes.reserve(48 * 1024);  // FY2017 has 43,910 diags
    CollectingVisitor visitor(release);
    parse_tabular(stream, where, visitor);
    return release;
}

TabularRelease read_tabular(Source& source, const MemberInfo& member) {
    auto stream = source.open_member(member, "tabular");
    return read_tabular(*stream, source.locate(member));
}

std::optional<MemberInfo> find_tabular_member(const Source& source) {
    for (const MemberInfo& member : source.members()) {
        std::string extension;
        const std::string name = compact_name(member.base_name(), &extension);
        // "tabular", "icd10cmtabular2017": not icd10cm_index / eindex / drug / neoplasm, not PCS.
        if (extension == "xml" && name.find("tabular") != std::string::npos && !name.starts_with("icd10pcs"))
            return member;
    }
    return std::nullopt;
}

}  // namespace codeset::importers::icd10cm_xml
