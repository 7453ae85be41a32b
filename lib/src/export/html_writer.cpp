// The HTML writer, for change sets: one self-contained page for people (html_change_set.cpp).
#include "codeset/export/writer.hpp"
#include "export/content_writers.hpp"

namespace codeset::detail {

const Writer& html_writer() {
    static const Writer writer{
        .name = "html", .extension = "html", .aliases = {"htm"}, .change_set = write_html_change_set};
    return writer;
}

}  // namespace codeset::detail
