// The FHIR ConceptMap writer: where the codes one release loses went in another, as one R4
// ConceptMap resource (JSON), for terminology servers that translate stored codes forward (or
// back). One element per code of the source release that the target release does not have as a
// billable code; each replacement is a target with the R4 equivalence read from target to
// source: one code for one is `equivalent`, a split's codes are `narrower` (with the comment
// FHIR's cmd-1 asks for: a coder must choose), a merge's code is `wider` (backwards the other way
// round), and a code deleted without replacement is `unmatched`. The graph's evidence goes in each target's comment.
// Replacements that are codes of another code set (HCPCS cross-references naming CPT codes) go in
// a second group without a target system, since codeset cannot say which system they are in.
#include "codeset/export/fhir.hpp"
#include "codeset/export/writer.hpp"
#include "export/fhir_string.hpp"

#include <nlohmann/json.hpp>

#include <cctype>
#include <ostream>

namespace codeset::detail {

namespace {

using Json = nlohmann::ordered_json;

void set_string(Json& object, const char* name, std::string_view text) {
    if (std::string value = fhir_string(text); !value.empty()) object[name] = std::move(value);
}

// Read from target to source: forwards a split's codes are narrower than the code they replace;
// backwards (`onward` false) the code a split came from is wider than each of its codes.
std::string_view equivalence(std::string_view relation, bool onward) {
    if (relation == "split") return onward ? "narrower" : "wider";
    if (relation == "merge") return onward ? "wider" : "narrower";
    if (relation == "deleted") return "unmatched";
    if (relation == "identity" || relation == "retitled") return "equal";
    return "equivalent";  // one_to_one
}

std::string evidence_text(const Replacement& replacement) {
    std::string text;
    for (const MapHop& hop : replacement.map.hops)
        for (const std::string& line : hop.evidence) text += (text.empty() ? "" : "; ") + line;
    return text;
}

// The targets of one element: those in the target release, and those of another code set.
struct ElementTargets {
    Json here = Json::array();
    Json elsewhere = Json::array();
};

ElementTargets targets_of(const CodeSystem& system, const Replacement& replacement, bool onward) {
    ElementTargets result;
    const std::string evidence = evidence_text(replacement);
    if (replacement.map.targets.empty()) {
        Json target = {{"equivalence", "unmatched"}};
        set_string(target, "comment", evidence);
        result.here.push_back(std::move(target));
        return result;
    }
    const bool review = replacement.map.targets.front().needs_review;
    for (const MapTarget& mapped : replacement.map.targets) {
        const CodeRecord* record = nullptr;
        for (const CodeRecord& candidate : replacement.targets)
            if (candidate.code == mapped.code) record = &candidate;
        Json target = {{"code", system.display(mapped.code)}};
        if (record) set_string(target, "display", record->long_title);
        target["equivalence"] = std::string(equivalence(mapped.relation, onward));
        std::string comment = mapped.relation + (review ? ", a coder must choose among the targets" : "") +
                              (record ? "" : ", not a code of this code set") + ": " + evidence;
        set_string(target, "comment", comment);
        (record ? result.here : result.elsewhere).push_back(std::move(target));
    }
    return result;
}

void write_fhir_concept_map(std::ostream& out, const ReplacementsContent& content) {
    const CodeSystem& system = *content.system;
    const std::string& from = content.from.info.version;
    const std::string& to = content.to.info.version;
    std::string id = fhir_code_system_id(system, from + "-to-" + to);
    // A computable name as FHIR's cnl-0 asks: "ICD10CM_FY2016_TO_FY2026".
    std::string name = std::string(system.name) + "_" + from + "_to_" + to;
    for (char& c : name)
        c = c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));

    const bool onward = content.from.info.effective < content.to.info.effective;
    Json here = Json::array(), elsewhere = Json::array();
    for (const Replacement& replacement : content.replacements) {
        ElementTargets targets = targets_of(system, replacement, onward);
        const auto element = [&](Json list) {
            Json element = {{"code", system.display(replacement.source.code)}};
            set_string(element, "display", replacement.source.long_title);
            element["target"] = std::move(list);
            return element;
        };
        if (!targets.here.empty()) here.push_back(element(std::move(targets.here)));
        if (!targets.elsewhere.empty()) elsewhere.push_back(element(std::move(targets.elsewhere)));
    }

    Json map = {{"resourceType", "ConceptMap"}, {"id", id}, {"name", name}};
    set_string(map, "title", std::string(system.title) + ": replacements of " + from + " codes in " + to);
    map["status"] = "active";
    map["experimental"] = false;
    map["date"] = content.to.info.effective.to_string();
    set_string(map, "description",
               "Every code of " + from + " that " + to +
                   " does not have as a billable code, with the codes that replace it, from the NCHS conversion "
                   "tables, the subcodes it was expanded into, the cross-references of discontinued codes and the "
                   "releases codeset holds.");
    if (content.descriptors_withheld) set_string(map, "copyright", system.licence.notice);
    Json groups = Json::array();
    Json group = {{"source", system.canonical_uri}, {"sourceVersion", from}, {"target", system.canonical_uri},
                  {"targetVersion", to}, {"element", std::move(here)}};
    if (!group["element"].empty()) groups.push_back(std::move(group));
    if (!elsewhere.empty())
        groups.push_back({{"source", system.canonical_uri}, {"sourceVersion", from}, {"element", std::move(elsewhere)}});
    if (!groups.empty()) map["group"] = std::move(groups);
    out << map.dump(1, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace

const Writer& fhir_concept_map_writer() {
    static const Writer writer{
        .name = "fhir-conceptmap", .extension = "json", .aliases = {}, .replacements = write_fhir_concept_map};
    return writer;
}

}  // namespace codeset::detail
