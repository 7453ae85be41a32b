#include "cpt/cpt_importer.hpp"

#include "common/name_tokens.hpp"

#include "common/fixed_width.hpp"
#include "common/line_reader.hpp"
#include "common/members.hpp"
#include "common/text.hpp"
#include "common/version_detection.hpp"

#include "codeset/core/attribute_values.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <unordered_map>

namespace codeset::importers {

namespace {

constexpr std::string_view code_expected = "a CPT code (5 digits, or 4 digits then F, T, U, A or M)";
// Rows of a file whose code is not in the long file: this many get a warning each, the rest one in all.
constexpr std::size_t orphan_warnings_per_file = 20;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string column_name(std::uint32_t column) {
    return column == cpt_last_column ? std::string("the last column") : "column " + std::to_string(column);
}

// "[consumer] of the default mapping" / "[consumer] of mapping.ini"
std::string section_of(const CptFileSpec& spec, const CptMapping& mapping) {
    return "[" + std::string(to_string(spec.descriptor)) + "] of " + mapping.origin;
}

// The file a spec names: a package holds one of each; a lone file is not taken for another's name.
WantedMember spec_wanted(const CptFileSpec& spec, const CptMapping& mapping) {
    WantedMember wanted;
    wanted.one = "one file named like '" + spec.file + "' (" + section_of(spec, mapping) + ")";
    wanted.several_hint = "(give the folder or zip of a single package)";
    wanted.lone_file = false;
    return wanted;
}

// One data row of a descriptor file, as the mapping reads it.
struct CptRow {
    std::string code;  // upper case, checked
    std::string text;  // trimmed, UTF-8
    std::string concept_id;
    Location where;  // the row's line
};

// Reads one descriptor file through its spec: header rows, delimiter, columns, code shape,
// duplicates. Calls `row` for every data row; throws ParseError at the first malformed one.
class DescriptorFileReader {
public:
    DescriptorFileReader(const CptFileSpec& spec, const CptMapping& mapping, RecordSink& sink)
        : m_spec(spec), m_mapping(mapping), m_sink(sink) {}

    std::uint64_t read(ByteStream& stream, const Location& where, const std::function<void(const CptRow&)>& row) {
        LineReader reader(stream, where);
        CptDelimiter delimiter = m_spec.delimiter;
        std::unordered_map<std::string, std::uint64_t> seen;  // code (clinician: code + TAB + text) -> line
        std::vector<std::string_view> fields;
        CptRow current;
        std::uint64_t rows = 0;
        bool warned_encoding = false;

        std::string_view line;
        while (reader.next(line)) {
            if (reader.line_number() <= m_spec.header_rows) continue;
            if (trim(line).empty()) continue;
            m_where = reader.at();
            if (delimiter == CptDelimiter::automatic)
                delimiter = line.find('\t') != std::string_view::npos ? CptDelimiter::tab : CptDelimiter::blank;
            if (delimiter == CptDelimiter::tab)
                split_tabs(line, fields);
            else
                split_blank(line, fields);

            read_code(fields, current.code);
            read_text(fields, current.text);
            read_concept_id(fields, current.concept_id);
            if (!is_ascii(current.text) && make_utf8(current.text) && !warned_encoding) {
                warned_encoding = true;
                m_sink.add_warning(ImportWarning{m_where.to_string(),
                                                 "expected UTF-8 or ASCII descriptors, found other bytes: read as "
                                                 "Windows-1252 (first such line; later ones are converted without a "
                                                 "warning)"});
            }

            const bool several_per_code = m_spec.descriptor == CptDescriptor::clinician;
            std::string key = several_per_code ? current.code + '\t' + current.text : current.code;
            if (const auto [it, inserted] = seen.emplace(std::move(key), reader.line_number()); !inserted)
                fail(several_per_code ? "each clinician descriptor once per code, found the same descriptor for " +
                                            current.code + " again (first on line " + std::to_string(it->second) + ")"
                                      : "each code once in " + member_name(where) + ", found " + current.code +
                                            " again (first on line " + std::to_string(it->second) + ")");
            current.where = m_where;
            row(current);
            ++rows;
        }
        if (rows == 0) {
            Location end = reader.at();
            end.line = reader.line_number() + 1;
            throw ParseError(
                end, "a row with a CPT code, found " +
                         (reader.line_number() == 0
                              ? std::string("an empty file")
                              : "no data rows (" + std::to_string(m_spec.header_rows) + " header rows skipped as " +
                                    section_of(m_spec, m_mapping) + " says, the rest blank)"));
        }
        return reader.bytes_consumed();
    }

private:
    [[noreturn]] void fail(const std::string& expected) const { throw ParseError(m_where, expected); }

    static std::string member_name(const Location& where) {
        const std::string& name = where.member.empty() ? where.file : where.member;
        const auto slash = name.find_last_of('/');
        return slash == std::string::npos ? name : name.substr(slash + 1);
    }

    void split_tabs(std::string_view line, std::vector<std::string_view>& fields) const {
        fields.clear();
        for (std::size_t start = 0;;) {
            const std::size_t tab = line.find('\t', start);
            fields.push_back(
                trim(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start)));
            if (tab == std::string_view::npos) break;
            start = tab + 1;
        }
        // Empty columns after the last one are padding (a spreadsheet saved as text adds tabs), not data.
        while (m_spec.columns != 0 && fields.size() > m_spec.columns && fields.back().empty()) fields.pop_back();
        const auto count = std::uint32_t(fields.size());
        if (m_spec.columns != 0 && count != m_spec.columns)
            fail("exactly " + std::to_string(m_spec.columns) +
                 " tab-separated columns (columns = " + std::to_string(m_spec.columns) + " in " +
                 section_of(m_spec, m_mapping) + "), found " + std::to_string(count));
        const std::uint32_t text_needed = m_spec.text_column == cpt_last_column
                                              ? std::max(m_spec.code_column, m_spec.concept_id_column) + 1
                                              : m_spec.text_column;
        const std::uint32_t needed = std::max({m_spec.code_column, m_spec.concept_id_column, text_needed});
        if (count < needed)
            fail("at least " + std::to_string(needed) + " tab-separated columns (code in column " +
                 std::to_string(m_spec.code_column) + ", descriptor in " + column_name(m_spec.text_column) +
                 (m_spec.concept_id_column ? ", concept id in column " + std::to_string(m_spec.concept_id_column)
                                           : std::string()) +
                 ", as " + section_of(m_spec, m_mapping) + " says), found " + std::to_string(count));
    }

    // "code descriptor": the code, blanks, then the descriptor to the end of the line.
    void split_blank(std::string_view line, std::vector<std::string_view>& fields) const {
        fields.clear();
        std::size_t end = 0;
        while (end < line.size() && !is_blank(line[end])) ++end;
        fields.push_back(line.substr(0, end));
        const std::string_view rest = trim(line.substr(end));
        if (rest.empty())
            fail("a 'code descriptor' line (a code, blanks, then the descriptor, as " + section_of(m_spec, m_mapping) +
                 " says), found " +
                 (fields.front().empty() ? std::string("a line starting with a blank")
                                         : "only " + quote_text(fields.front())));
        fields.push_back(rest);
    }

    std::string_view at(const std::vector<std::string_view>& fields, std::uint32_t column) const {
        return column == cpt_last_column ? fields.back() : fields[column - 1];
    }

    void read_code(const std::vector<std::string_view>& fields, std::string& code) const {
        const std::string_view found = at(fields, m_spec.code_column);
        code.assign(found);
        to_upper_in_place(code);
        if (!check_cpt_code(code)) return;
        std::string message = std::string(code_expected) + " in " + column_name(m_spec.code_column) + ", found " +
                              (found.empty() ? std::string("blanks") : quote_text(found));
        if (std::none_of(found.begin(), found.end(), is_digit))
            message += " (a header row? " + section_of(m_spec, m_mapping) + " skips " +
                       std::to_string(m_spec.header_rows) + " header rows: set header_rows in a mapping file)";
        fail(message);
    }

    void read_text(const std::vector<std::string_view>& fields, std::string& text) const {
        const std::string_view found = at(fields, m_spec.text_column);
        if (found.empty()) fail("a descriptor in " + column_name(m_spec.text_column) + ", found blanks");
        text.assign(found);
    }

    void read_concept_id(const std::vector<std::string_view>& fields, std::string& concept_id) const {
        concept_id.clear();
        if (m_spec.concept_id_column == 0) return;
        const std::string_view found = at(fields, m_spec.concept_id_column);
        if (found.empty() || !std::all_of(found.begin(), found.end(), is_digit))
            fail("a concept id (digits) in column " + std::to_string(m_spec.concept_id_column) + ", found " +
                 (found.empty() ? std::string("blanks") : quote_text(found)));
        concept_id.assign(found);
    }

    const CptFileSpec& m_spec;
    const CptMapping& m_mapping;
    RecordSink& m_sink;
    Location m_where;
};

// What the files say about one code of the long file.
struct CodeData {
    std::string code;
    std::string long_text;
    std::string medium_text;
    std::string short_text;
    std::string consumer_text;
    std::vector<std::string> clinician_texts;
    std::string concept_id;
    std::string concept_id_from;  // Location::to_string() of the row that gave it
};

std::string clinician_attribute(const std::vector<std::string>& texts) {
    // One descriptor is its text; several a list (read back with decode_list either way).
    return texts.size() == 1 ? texts.front() : encode_list(texts);
}

CodeRecord to_record(const CodeData& data, std::uint32_t order) {
    CodeRecord record;
    record.code = data.code;
    record.billable = true;
    record.long_title = data.long_text;
    record.short_title = data.short_text;
    record.order = order;
    record.attributes.push_back({"category", std::string(cpt_category(data.code))});
    if (!data.clinician_texts.empty())
        record.attributes.push_back({"clinician_descriptors", clinician_attribute(data.clinician_texts)});
    if (!data.concept_id.empty()) record.attributes.push_back({"concept_id", data.concept_id});
    if (!data.consumer_text.empty()) record.attributes.push_back({"consumer_descriptor", data.consumer_text});
    if (!data.medium_text.empty()) record.attributes.push_back({"medium_descriptor", data.medium_text});
    sort_attributes(record.attributes);
    return record;
}

// ---------------------------------------------------------------- version detection

std::optional<int> month_of(const NameToken& token) {
    static constexpr std::array<std::string_view, 12> names = {"january",   "february", "march",    "april",
                                                               "may",       "june",     "july",     "august",
                                                               "september", "october",  "november", "december"};
    if (token.digits || token.text.size() < 3) return std::nullopt;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i].starts_with(token.text) || (i == 8 && token.text == "sept")) return int(i + 1);
    return std::nullopt;
}

std::optional<int> year_of(const NameToken& token) {
    if (!token.digits || token.text.size() != 4) return std::nullopt;
    const int year = std::stoi(token.text);
    if (year < 2000 || year > 2099) return std::nullopt;
    return year;
}

}  // namespace

// ---------------------------------------------------------------- codes

std::optional<CodeProblem> check_cpt_code(std::string_view code) {
    if (code.size() != 5) return CodeProblem{code.size() < 5 ? code.size() : 5, code_expected};
    for (std::size_t i = 0; i < 4; ++i)
        if (!is_digit(code[i])) return CodeProblem{i, code_expected};
    if (cpt_category(code).empty()) return CodeProblem{4, code_expected};
    return std::nullopt;
}

std::string_view cpt_category(std::string_view code) noexcept {
    if (code.size() != 5 || !std::all_of(code.begin(), code.begin() + 4, is_digit)) return {};
    switch (code[4]) {
        case 'F':
            return "II";
        case 'T':
            return "III";
        case 'M':
            return "MAAA";
        case 'U':
        case 'A':
            return "I";
        default:
            return is_digit(code[4]) ? "I" : "";
    }
}

// ---------------------------------------------------------------- versions

CptNameVersion cpt_version_in_names(const std::vector<std::string>& names) {
    CptNameVersion found;
    std::optional<int> named_month;  // a month name anywhere
    for (const std::string& name : names) {
        const std::vector<NameToken> tokens = name_tokens(name);
        std::optional<int> year;
        std::optional<int> month_after_year;
        bool several = false;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const NameToken& token = tokens[i];
            if (!token.digits) {
                if (token.text == "er" || token.text == "early") found.early_release = true;
                if (!named_month) named_month = month_of(token);
                continue;
            }
            const auto this_year = year_of(token);
            if (!this_year) continue;
            if (!year) year = this_year;
            if (*year != *this_year) {
                several = true;
            } else if (!month_after_year && i + 1 < tokens.size() && tokens[i + 1].digits &&
                       tokens[i + 1].text.size() == 2) {
                const int month = std::stoi(tokens[i + 1].text);
                if (month >= 1 && month <= 12) month_after_year = month;
            }
        }
        if (!found.year && year && !several) {
            found.year = year;
            found.month = month_after_year;
        }
    }
    if (!found.month) found.month = named_month;
    if (!found.early_release) found.month.reset();
    return found;
}

std::optional<VersionLabel> cpt_version_from_names(const std::vector<std::string>& names) {
    const CptNameVersion found = cpt_version_in_names(names);
    if (!found.year) return std::nullopt;
    if (!found.early_release) return VersionLabel::annual(*found.year);
    if (!found.month) return std::nullopt;
    return VersionLabel::annual(*found.year, *found.month);
}

// ---------------------------------------------------------------- the importer

CptImporter::CptImporter(CptMapping mapping) : m_mapping(std::move(mapping)) { m_mapping.long_file(); }

std::optional<MemberInfo> CptImporter::member_for(const Source& source, const CptFileSpec& spec) const {
    return find_one_member(source, [&](const MemberInfo& member) { return cpt_file_matches(spec.file, member.base_name()); },
                           spec_wanted(spec, m_mapping));
}

Identification CptImporter::identify(const Source& source) const {
    const CptFileSpec& long_file = m_mapping.long_file();
    for (const MemberInfo& member : source.members())
        if (cpt_file_matches(long_file.file, member.base_name())) return Identification::maybe;
    return Identification::no;
}

namespace {

MemberInfo require_long_member(const CptImporter& importer, const Source& source) {
    const CptFileSpec& spec = importer.mapping().long_file();
    WantedMember wanted = spec_wanted(spec, importer.mapping());
    wanted.expected = "a CPT long descriptor file named like '" + spec.file + "' (" + section_of(spec, importer.mapping()) + ")";
    wanted.expected_hint = "(give a mapping file when the package names its files differently, see docs/cpt.md)";
    return require_one_member(
        source, [&](const MemberInfo& member) { return cpt_file_matches(spec.file, member.base_name()); }, wanted);
}

}  // namespace

ReleaseInfo CptImporter::describe(const Source& source) const {
    const MemberInfo long_member = require_long_member(*this, source);
    const std::vector<std::string> names = version_names(source, long_member);
    const CptNameVersion found = cpt_version_in_names(names);
    std::string tried;
    for (const std::string& name : names) tried += (tried.empty() ? "'" : ", '") + name + "'";
    if (!found.year)
        throw Error(ErrorCode::parse, source.path() + ": cannot tell which CPT release this is: no 4-digit year in " +
                                          tried +
                                          "; give it with --version and --effective, e.g. --version 2026 --effective "
                                          "2026-01-01 (or --version 2026-07-er --effective 2026-07-01 for "
                                          "early-release codes)");
    const auto version = cpt_version_from_names(names);
    if (!version)
        throw Error(ErrorCode::parse, source.path() + ": early-release CPT codes of " + std::to_string(*found.year) +
                                          ", but no month in " + tried +
                                          "; give it with --version and --effective, "
                                          "e.g. --version " +
                                          std::to_string(*found.year) + "-07-er --effective " +
                                          std::to_string(*found.year) + "-07-01");
    ReleaseInfo info;
    info.system = std::string(system());
    info.version = version->to_string();
    info.effective = version->effective();
    info.kind = version->kind();
    info.importer = std::string(name());
    return info;
}

void CptImporter::read(Source& source, RecordSink& sink, const ReadOptions& options) const {
    // Find every member first: a missing required file fails before anything is read.
    struct Planned {
        const CptFileSpec* spec;
        MemberInfo member;
    };
    std::vector<Planned> plan;
    plan.push_back({&m_mapping.long_file(), require_long_member(*this, source)});
    std::uint64_t total = plan.front().member.size;
    for (std::size_t i = 1; i < m_mapping.files.size(); ++i) {
        const CptFileSpec& spec = m_mapping.files[i];
        if (auto member = member_for(source, spec)) {
            total += member->size;
            plan.push_back({&spec, std::move(*member)});
        } else if (spec.required) {
            throw ParseError(Location{source.path(), "", 0, 0},
                             "a file named like '" + spec.file + "' (" + section_of(spec, m_mapping) +
                                 ", required); found members: " + list_members(source.members()));
        } else {
            sink.add_warning(ImportWarning{
                source.path(), "no file named like '" + spec.file + "' (" + section_of(spec, m_mapping) +
                                   "): " + std::string(to_string(spec.descriptor)) + " descriptors not imported"});
        }
    }

    std::vector<CodeData> codes;
    std::unordered_map<std::string, std::size_t> index;  // code -> position in `codes`
    std::uint64_t done = 0;
    for (const Planned& planned : plan) {
        const CptFileSpec& spec = *planned.spec;
        const std::string role(to_string(spec.descriptor));
        std::size_t orphans = 0;
        std::string first_orphan;
        std::size_t filled = 0;
        auto on_row = [&](const CptRow& row) {
            if (spec.descriptor == CptDescriptor::long_form) {
                index.emplace(row.code, codes.size());
                codes.push_back(CodeData{});
                codes.back().code = row.code;
                codes.back().long_text = row.text;
            }
            const auto found = index.find(row.code);
            if (found == index.end()) {
                if (orphans++ < orphan_warnings_per_file)
                    sink.add_warning(ImportWarning{row.where.to_string(), "code " + row.code + " has a " + role +
                                                                              " descriptor but no long descriptor in " +
                                                                              plan.front().member.base_name() +
                                                                              "; row ignored"});
                else if (first_orphan.empty())
                    first_orphan = row.where.to_string();
                return;
            }
            CodeData& data = codes[found->second];
            switch (spec.descriptor) {
                case CptDescriptor::long_form:
                    break;
                case CptDescriptor::medium_form:
                    data.medium_text = row.text;
                    break;
                case CptDescriptor::short_form:
                    data.short_text = row.text;
                    break;
                case CptDescriptor::consumer:
                    data.consumer_text = row.text;
                    break;
                case CptDescriptor::clinician:
                    data.clinician_texts.push_back(row.text);
                    break;
            }
            ++filled;
            if (!row.concept_id.empty()) {
                if (data.concept_id.empty()) {
                    data.concept_id = row.concept_id;
                    data.concept_id_from = row.where.to_string();
                } else if (data.concept_id != row.concept_id) {
                    throw ParseError(row.where, "concept id " + data.concept_id + " for " + row.code + " (as " +
                                                    data.concept_id_from + " gives it), found " + row.concept_id);
                }
            }
        };
        auto stream = source.open_member(planned.member, role);
        DescriptorFileReader reader(spec, m_mapping, sink);
        done += reader.read(*stream, source.locate(planned.member), on_row);
        if (orphans > orphan_warnings_per_file)
            sink.add_warning(ImportWarning{first_orphan, std::to_string(orphans - orphan_warnings_per_file) +
                                                             " more rows of " + planned.member.base_name() +
                                                             " have codes without a long descriptor; rows ignored"});
        // Medium and short descriptors should cover the long file; consumer and clinician ones often do not.
        const bool should_cover =
            spec.descriptor == CptDescriptor::medium_form || spec.descriptor == CptDescriptor::short_form;
        if (should_cover) {
            std::size_t without = 0;
            std::string first_without;
            for (const CodeData& data : codes) {
                const std::string& text =
                    spec.descriptor == CptDescriptor::medium_form ? data.medium_text : data.short_text;
                if (!text.empty()) continue;
                if (without++ == 0) first_without = data.code;
            }
            if (without > 0)
                sink.add_warning(ImportWarning{source.locate(planned.member).to_string(),
                                               std::to_string(without) + " codes of " +
                                                   plan.front().member.base_name() + " have no " + role +
                                                   " descriptor here (first: " + first_without + ")"});
        }
        if (options.progress) options.progress(done, std::max(total, done));
    }

    std::uint32_t order = 0;
    for (const CodeData& data : codes) sink.add_code(to_record(data, ++order));
    for (const SourceFile& file : source.read_files()) sink.add_source_file(file);
}

// ---------------------------------------------------------------- registration

const Importer& cpt_importer() {
    static const CptImporter importer(default_cpt_mapping());
    return importer;
}

std::unique_ptr<Importer> cpt_importer_with(CptMapping mapping) {
    return std::make_unique<CptImporter>(std::move(mapping));
}

std::unique_ptr<Importer> CptImporter::with_mapping(const std::filesystem::path& file) const {
    return cpt_importer_with(parse_cpt_mapping(file));
}

}  // namespace codeset::importers
