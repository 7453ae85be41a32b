// The importer interface: one implementation per source format, listed in one
// ordered table (importers/builtin.cpp).
#pragma once

#include "codeset/core/record_sink.hpp"
#include "codeset/core/release_info.hpp"
#include "codeset/core/source.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace codeset {

// "Is this source mine?" Answered quietly and cheaply from member names and the first bytes.
enum class Identification { no, maybe, yes };

struct ReadOptions {
    // Called now and then with the bytes consumed of the main member and its size.
    std::function<void(std::uint64_t done, std::uint64_t total)> progress;
    // The release's effective date as finally decided (detected, or given with --effective or
    // --version): importers whose content depends on it (HCPCS leaves out codes terminated
    // before it) use it instead of guessing again from names.
    std::optional<Date> effective;
};

// What a companion source (the ICD-10-CM tabular XML, the ICD-10-PCS tables XML) adds to the
// codes of a release whose codes another importer reads (the order file).
class Annotations {
public:
    virtual ~Annotations() = default;
    // Adds this source's attributes to one record of the release, keeping them sorted by name.
    virtual void annotate(CodeRecord& record) const = 0;
    // Once every record was annotated: where this source and the release disagree, as warnings
    // kept with the release.
    virtual std::vector<ImportWarning> check(std::span<const CodeRow> release) const = 0;
    // The divisions above the codes (chapters, sections) with their notes; none by default.
    virtual std::vector<Division> divisions() const { return {}; }
    // False for a companion that gives no code attributes (the Alphabetic Index, pushed into the
    // sink as index terms): it is not held to covering the release's codes, and adding it to a
    // stored release leaves the attributes other companions wrote.
    virtual bool annotates_codes() const { return true; }
};

class Importer {
public:
    virtual ~Importer() = default;
    virtual std::string_view name() const = 0;    // "icd10cm-order"
    virtual std::string_view system() const = 0;  // "icd10cm"
    virtual Identification identify(const Source& source) const = 0;
    // Detects version, effective date and kind from member names and dates. Throws
    // Error(parse|unsupported) when the source holds no file this importer reads.
    virtual ReleaseInfo describe(const Source& source) const = 0;
    // Reads the release into the sink. Throws ParseError at the first malformed line.
    virtual void read(Source& source, RecordSink& sink, const ReadOptions& options) const = 0;

    // A companion importer reads files that annotate a release another importer reads: it is
    // imported together with that release, or added to it once it is in the store.
    virtual bool is_companion() const { return false; }
    // Whether the companion writes attributes on codes. One kept beside them (a conversion table)
    // does not: it returns no Annotations, is not held to covering the release's codes, and
    // does not make the release annotated (ReleaseRecord::annotated).
    virtual bool annotates_codes() const { return true; }
    // For companions: reads the source, pushing its files and warnings into the sink.
    virtual std::unique_ptr<Annotations> read_annotations(Source& source, RecordSink& sink,
                                                          const ReadOptions& options) const {
        (void)source, (void)sink, (void)options;
        return nullptr;
    }

    // Whether a user describes this importer's files with a mapping file (codeset import
    // --mapping: which file and column holds what), and the importer reading with one. Throws
    // ParseError naming the file and line for a malformed mapping.
    virtual bool accepts_mapping() const { return false; }
    virtual std::unique_ptr<Importer> with_mapping(const std::filesystem::path& file) const {
        (void)file;
        return nullptr;
    }
};

// The registered importers, strongest identifiers first.
const std::vector<const Importer*>& builtin_importers();

// The importer for a source: the first that says yes, else the first that says maybe,
// restricted to `system` when given. Throws Error(unsupported) naming the path when none fits.
const Importer& choose_importer(const Source& source, std::optional<std::string_view> system = {});

}  // namespace codeset
