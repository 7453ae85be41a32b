#include "read_release.hpp"

#include "scratch_file.hpp"

#include "codeset/core/error.hpp"
#include "codeset/core/record_sink.hpp"

namespace codeset::fuzz {

void read_release(const Importer& importer, Source& source) {
    try {
        ReadOptions options;
        options.effective = importer.describe(source).effective;
        CollectingSink sink;
        if (!importer.is_companion()) {
            importer.read(source, sink, options);
            return;
        }
        const auto annotations = importer.read_annotations(source, sink, options);
        if (!annotations) return;
        (void)annotations->check(codeset::code_rows(sink.codes));
        (void)annotations->divisions();
    } catch (const Error&) {
        // Refused with a codeset error: what bad input must get.
    }
}

std::unique_ptr<Source> open_source(const std::filesystem::path& path) {
    try {
        return Source::open(path);
    } catch (const Error&) {
        return nullptr;
    }
}

void read_file_as(const Importer& importer, std::string_view name, std::string_view input) {
    if (const auto source = open_source(write_scratch_file(name, input))) read_release(importer, *source);
}

}  // namespace codeset::fuzz
