// The JSON writer: one pretty-printed document per command, for scripts. One file per kind of
// content: json_<kind>.cpp.
#include "codeset/export/writer.hpp"
#include "export/content_writers.hpp"

namespace codeset::detail {

const Writer& json_writer() {
    static const Writer writer{.name = "json",
                               .extension = "json",
                               .aliases = {},
                               .change_set = write_json_change_set,
                               .snapshot = nullptr,
                               .history = write_json_history,
                               .code = write_json_code,
                               .search = write_json_search,
                               .releases = write_json_releases,
                               .code_map = write_json_map,
                               .lookup = write_json_lookup,
                               .summary = write_json_summary};
    return writer;
}

}  // namespace codeset::detail
