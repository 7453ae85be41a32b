// The CSV writer: change sets and release snapshots as RFC 4180 tables with a header row and LF
// line ends (csv_change_set.cpp, csv_snapshot.cpp).
#include "codeset/export/writer.hpp"
#include "export/content_writers.hpp"

namespace codeset::detail {

const Writer& csv_writer() {
    static const Writer writer{.name = "csv",
                               .extension = "csv",
                               .aliases = {},
                               .change_set = write_csv_change_set,
                               .snapshot = write_csv_snapshot};
    return writer;
}

}  // namespace codeset::detail
