// The HTML writer: one self-contained page for people, of a change set (html_change_set.cpp) or
// of a release summary (html_summary.cpp).
#include "codeset/export/writer.hpp"
#include "export/content_writers.hpp"

namespace codeset::detail {

const Writer& html_writer() {
    static const Writer writer{.name = "html",
                               .extension = "html",
                               .aliases = {"htm"},
                               .change_set = write_html_change_set,
                               .summary = write_html_summary};
    return writer;
}

}  // namespace codeset::detail
