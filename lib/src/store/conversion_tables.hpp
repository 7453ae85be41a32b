// The conversion tables of the store (schema 7): written with the release import that attaches
// them, read by Store::conversion_tables.
#pragma once

#include "codeset/core/conversion_table.hpp"
#include "sqlite/database.hpp"

#include <cstdint>
#include <vector>

namespace codeset::detail {

// Stores each table not yet stored for the system (by digest); a stored one is left as it is.
void write_conversion_tables(Database& db, std::int64_t system_id, const std::vector<ConversionTable>& tables);
// Deletes the tables of the system that no release names as a companion any more.
void drop_unattached_conversion_tables(Database& db, std::int64_t system_id);
// The tables a release names as companions, in companion order, rows in table order.
std::vector<ConversionTable> read_conversion_tables(const Database& db, std::int64_t release_id);

}  // namespace codeset::detail
