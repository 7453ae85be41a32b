// The CSV writer: change sets, release snapshots and release summaries as RFC 4180 tables with a
// header row and LF line ends (csv_change_set.cpp, csv_snapshot.cpp, csv_summary.cpp).
#include "codeset/export/writer.hpp"
#include "export/content_writers.hpp"

namespace codeset::detail {

const Writer& csv_writer() {
    static const Writer writer{.name = "csv",
                               .extension = "csv",
                               .aliases = {},
                               .change_set = write_csv_change_set,
                               .snapshot = write_csv_snapshot,
                               .summary = write_csv_summary};
    return writer;
}

}  // namespace codeset::detail
