// The Excel writer, for change sets: a workbook of sheets per kind of change (xlsx_change_set.cpp).
#include "codeset/export/writer.hpp"
#include "export/content_writers.hpp"

namespace codeset::detail {

const Writer& xlsx_writer() {
    static const Writer writer{
        .name = "xlsx", .extension = "xlsx", .aliases = {"excel"}, .binary = true, .change_set = write_xlsx_change_set};
    return writer;
}

}  // namespace codeset::detail
