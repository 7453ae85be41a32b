// The text writer: what people read in a terminal. Plain text, no colours (search marks its
// matches as the command asks), one file per kind of content: text_<kind>.cpp.
#include "codeset/export/writer.hpp"
#include "export/content_writers.hpp"

namespace codeset::detail {

const Writer& text_writer() {
    static const Writer writer{.name = "text",
                               .extension = "txt",
                               .aliases = {},
                               .change_set = write_text_change_set,
                               .snapshot = nullptr,
                               .history = write_text_history,
                               .code = write_text_code,
                               .search = write_text_search,
                               .releases = write_text_releases,
                               .code_map = write_text_map,
                               .lookup = write_text_lookup,
                               .summary = write_text_summary};
    return writer;
}

}  // namespace codeset::detail
