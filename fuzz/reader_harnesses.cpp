#include "reader_harnesses.hpp"

#include "read_release.hpp"
#include "scratch_file.hpp"

#include "codeset/core/code_system.hpp"
#include "codeset/core/error.hpp"
#include "codeset/core/record_sink.hpp"
#include "codeset/import/describe_release.hpp"
#include "codeset/query/csv_reader.hpp"
#include "codeset/query/validate.hpp"
#include "codeset/store/store.hpp"
#include "common/addenda.hpp"
#include "common/line_reader.hpp"
#include "cpt/cpt_importer.hpp"
#include "cpt/cpt_mapping.hpp"
#include "icd10cm/icd10cm_order_importer.hpp"
#include "icd10pcs/icd10pcs_order_importer.hpp"

#include <sstream>
#include <utility>

namespace codeset::fuzz {
namespace {

const std::filesystem::path test_data = CODESET_FUZZ_TEST_DATA;

}  // namespace

void addenda(std::string_view input) {
    using importers::AddendaLayout;
    const std::pair<AddendaLayout, importers::CodeCheck> layouts[] = {
        {AddendaLayout::order_with_flag, importers::check_icd10cm_code},
        {AddendaLayout::order_without_flag, importers::check_icd10pcs_code},
        {AddendaLayout::codes, importers::check_icd10cm_code},
    };
    for (const auto& [layout, check] : layouts) {
        // Blocks of an odd size, so that lines cross block ends as they do in a zip member.
        importers::MemoryStream stream(input, 4093);
        CollectingSink sink;
        try {
            importers::parse_addenda(stream, layout, check, Location{"order_addenda_2026.txt", "", 0, 0},
                                     "order_addenda_2026.txt", sink);
        } catch (const Error&) {
        }
    }
}

// The mapping file read, then the invented package of tests/data read with it.
void cpt_mapping(std::string_view input) {
    const std::filesystem::path file = write_scratch_file("mapping.ini", input);
    try {
        const auto importer = importers::cpt_importer_with(importers::parse_cpt_mapping(file));
        if (const auto source = open_source(test_data / "cpt" / "cpt-2026-invented")) read_release(*importer, *source);
    } catch (const Error&) {
    }
}

void zip_source(std::string_view input) {
    const std::filesystem::path file = write_scratch_file("release.zip", input);
    if (const auto source = open_source(file)) {
        try {
            std::string buffer(64 * 1024, '\0');
            for (const MemberInfo& member : source->members()) {
                const auto stream = source->open_member(member, "member");
                while (stream->read(buffer.data(), buffer.size()) != 0) {
                }
            }
            source->check_opened_members();
        } catch (const Error&) {
        }
    }
    // Then as `codeset import` reads it: the importer that claims it, on a source opened afresh.
    if (const auto source = open_source(file)) {
        try {
            read_release(choose_importer(*source), *source);
        } catch (const Error&) {
        }
    }
}

namespace {

// The two sample releases, imported once per process into a store of its own.
const Store& sample_store() {
    static const Store store = [] {
        Store made(write_scratch_file("validate.db", ""));
        for (const char* name : {"icd10cm-sample-2025.zip", "icd10cm-sample-2026.zip"}) {
            auto source = Source::open(test_data / "samples" / name);
            const Importer& importer = choose_importer(*source);
            const ReleaseInfo info = describe_release(importer, *source, {});
            made.import_release(info, [&](RecordSink& sink) { importer.read(*source, sink, ReadOptions{}); });
        }
        return made;
    }();
    return store;
}

}  // namespace

// Every record read with a small bound (so that long ones are refused), each with two fields or
// more judged as `codeset validate --date-column` judges them: code, then date.
void validate_csv(std::string_view input) {
    static CodeValidator validator(sample_store(), require_code_system("icd10cm"));
    std::istringstream in{std::string(input)};
    CsvReader reader(in, 256);
    CsvRecord record;
    while (reader.next(record)) {
        if (!record.error.empty() || record.fields.size() < 2) continue;
        if (const auto day = Date::parse(record.fields[1])) (void)validator.on(record.fields[0], *day);
        (void)validator.in(record.fields[0], sample_store().resolve_release("icd10cm", "FY2026"));
    }
}

}  // namespace codeset::fuzz
