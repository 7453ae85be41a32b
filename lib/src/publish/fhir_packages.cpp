#include "codeset/publish/fhir_packages.hpp"

#include "archive/tar_gz_writer.hpp"
#include "codeset/core/error.hpp"
#include "codeset/export/fhir.hpp"
#include "codeset/query/queries.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <sstream>
#include <system_error>

namespace codeset {

namespace {

using Json = nlohmann::ordered_json;

// Seconds since 1970-01-01 UTC at the start of `date`: every entry's mtime, so the same release
// gives the same bytes on every machine.
std::int64_t epoch_seconds(const Date& date) {
    using namespace std::chrono;
    const sys_days day = year_month_day(year(date.year), month(static_cast<unsigned>(date.month)),
                                        std::chrono::day(static_cast<unsigned>(date.day)));
    return duration_cast<seconds>(day.time_since_epoch()).count();
}

std::string package_json(const CodeSystem& system, const ReleaseInfo& release, const std::string& version) {
    Json json;
    json["name"] = fhir_package_name(system);
    json["version"] = version;
    json["description"] = std::string(system.title) + " release " + release.version + ", in force from " +
                          release.effective.to_string() + ", as one FHIR R4 CodeSystem";
    json["canonical"] = system.canonical_uri;
    json["fhirVersions"] = Json::array({fhir_version});
    json["dependencies"] = Json::object({{"hl7.fhir.r4.core", fhir_version}});
    return json.dump(2) + "\n";
}

std::string index_json(const CodeSystem& system, const ReleaseInfo& release, const std::string& filename) {
    Json file;
    file["filename"] = filename;
    file["resourceType"] = "CodeSystem";
    file["id"] = fhir_code_system_id(system, release.version);
    file["url"] = system.canonical_uri;
    file["version"] = release.version;
    Json json;
    json["index-version"] = 1;
    json["files"] = Json::array({file});
    return json.dump(2) + "\n";
}

void prepare(const std::filesystem::path& dir) {
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error || !std::filesystem::is_directory(dir))
        throw Error(ErrorCode::io, dir.string() + ": cannot create the package folder" +
                                       (error ? ": " + error.message() : std::string(": not a folder")));
}

FhirPackage write_package(const Store& store, const CodeSystem& system, const ReleaseRecord& release,
                          const std::filesystem::path& dir, LicenceTerms terms, std::ostream* notices) {
    FhirPackage package;
    package.release = release.info.version;
    package.package_version = fhir_package_version(system, release.info.version);
    package.path = dir / (fhir_package_name(system) + "-" + package.package_version + ".tgz");

    SnapshotContent content = snapshot_of(store, system, release.info.version);
    package.concepts = content.codes.size();
    package.descriptors_withheld = apply_licence_policy(content, terms, notices);
    std::ostringstream code_system;
    write_content(code_system, require_writer("fhir", ContentKind::snapshot), std::move(content), {true});

    const std::string filename = "CodeSystem-" + fhir_code_system_id(system, release.info.version) + ".json";
    const std::int64_t mtime = epoch_seconds(release.info.effective);
    const std::filesystem::path temporary = package.path.string() + ".tmp";
    try {
        detail::TarGzWriter archive(temporary);
        // Sorted by name, as every reader lists them.
        archive.add("package/.index.json", index_json(system, release.info, filename), mtime);
        archive.add("package/" + filename, code_system.str(), mtime);
        archive.add("package/package.json", package_json(system, release.info, package.package_version), mtime);
        archive.close();
        std::filesystem::rename(temporary, package.path);
    } catch (const std::filesystem::filesystem_error& error) {
        std::filesystem::remove(temporary);
        throw Error(ErrorCode::io, package.path.string() + ": cannot write the package: " + error.code().message());
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw;
    }
    return package;
}

}  // namespace

std::string fhir_package_name(const CodeSystem& system) { return "codeset." + std::string(system.name); }

std::string fhir_package_version(const CodeSystem& system, std::string_view label) {
    const std::optional<VersionLabel> parsed = system.parse_label(label);
    if (!parsed) throw Error(ErrorCode::usage, std::string(label) + ": not a release label of " + std::string(system.name));
    return std::to_string(parsed->year) + "." + std::to_string(parsed->month) + "." + std::to_string(parsed->correction);
}

std::vector<FhirPackage> publish_fhir_packages(const Store& store, const CodeSystem& system,
                                               const std::filesystem::path& dir, LicenceTerms terms,
                                               std::ostream* notices,
                                               const std::function<void(const FhirPackage&)>& written) {
    const std::vector<ReleaseRecord> releases = store.releases(system.name);
    if (releases.empty()) throw Error(ErrorCode::not_found, "the store holds no " + std::string(system.name) + " release");
    prepare(dir);
    std::vector<FhirPackage> packages;
    for (const ReleaseRecord& release : releases) {
        // The licence notice is said once, for the first package.
        packages.push_back(write_package(store, system, release, dir, terms, packages.empty() ? notices : nullptr));
        if (written) written(packages.back());
    }
    return packages;
}

}  // namespace codeset
