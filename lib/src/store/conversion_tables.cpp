#include "store/conversion_tables.hpp"

#include "codeset/core/error.hpp"

#include <map>

namespace codeset::detail {

namespace {

std::optional<PreviousCodes::Kind> kind_of(std::string_view text) {
    for (const auto kind : {PreviousCodes::Kind::code, PreviousCodes::Kind::range, PreviousCodes::Kind::categories})
        if (to_string(kind) == text) return kind;
    return std::nullopt;
}

}  // namespace

void write_conversion_tables(Database& db, std::int64_t system_id, const std::vector<ConversionTable>& tables) {
    Statement find = db.prepare("SELECT id FROM conversion_table WHERE system_id = ? AND digest = ?");
    Statement insert = db.prepare("INSERT INTO conversion_table (system_id, digest, fiscal_year) VALUES (?, ?, ?)");
    Statement row = db.prepare("INSERT INTO conversion_row (table_id, row, code, effective, fiscal_year, "
                               "previous_text) VALUES (?, ?, ?, ?, ?, ?)");
    Statement previous = db.prepare(
        "INSERT INTO conversion_previous (table_id, row, seq, kind, first, last) VALUES (?, ?, ?, ?, ?, ?)");
    for (const ConversionTable& table : tables) {
        find.bind(1, system_id).bind(2, std::string_view(table.digest));
        const bool stored = find.step();
        find.reset();
        if (stored) continue;
        insert.bind(1, system_id).bind(2, std::string_view(table.digest)).bind(3, std::int64_t{table.fiscal_year});
        insert.run();
        const std::int64_t table_id = db.last_insert_rowid();
        for (const ConversionRow& mapping : table.rows) {
            const auto at = static_cast<std::int64_t>(mapping.row);
            row.bind(1, table_id)
                .bind(2, at)
                .bind(3, std::string_view(mapping.code))
                .bind(4, mapping.effective.to_string())
                .bind(5, std::int64_t{mapping.fiscal_year})
                .bind(6, std::string_view(mapping.previous_text));
            row.run();
            std::int64_t seq = 0;
            for (const PreviousCodes& item : mapping.previous) {
                previous.bind(1, table_id)
                    .bind(2, at)
                    .bind(3, ++seq)
                    .bind(4, to_string(item.kind))
                    .bind(5, std::string_view(item.first))
                    .bind(6, std::string_view(item.last));
                previous.run();
            }
        }
    }
}

void drop_unattached_conversion_tables(Database& db, std::int64_t system_id) {
    constexpr std::string_view unattached =
        "SELECT t.id FROM conversion_table t WHERE t.system_id = ? AND NOT EXISTS (SELECT 1 FROM release_companion c "
        "JOIN release r ON r.id = c.release_id WHERE r.system_id = t.system_id AND c.digest = t.digest)";
    std::vector<std::int64_t> ids;
    Statement select = db.prepare(unattached);
    select.bind(1, system_id);
    while (select.step()) ids.push_back(select.int64(0));
    for (const char* sql : {"DELETE FROM conversion_previous WHERE table_id = ?",
                            "DELETE FROM conversion_row WHERE table_id = ?", "DELETE FROM conversion_table WHERE id = ?"}) {
        Statement erase = db.prepare(sql);
        for (const std::int64_t id : ids) {
            erase.bind(1, id);
            erase.run();
        }
    }
}

std::vector<ConversionTable> read_conversion_tables(const Database& db, std::int64_t release_id) {
    Statement tables = db.prepare(
        "SELECT t.id, t.digest, t.fiscal_year, c.path FROM release_companion c JOIN release r ON r.id = c.release_id "
        "JOIN conversion_table t ON t.system_id = r.system_id AND t.digest = c.digest WHERE c.release_id = ? "
        "ORDER BY c.seq");
    Statement rows = db.prepare(
        "SELECT row, code, effective, fiscal_year, previous_text FROM conversion_row WHERE table_id = ? ORDER BY row");
    Statement previous = db.prepare(
        "SELECT row, kind, first, last FROM conversion_previous WHERE table_id = ? ORDER BY row, seq");
    std::vector<ConversionTable> result;
    tables.bind(1, release_id);
    while (tables.step()) {
        ConversionTable& table = result.emplace_back();
        const std::int64_t id = tables.int64(0);
        table.digest = tables.text(1);
        table.fiscal_year = int(tables.int64(2));
        table.path = tables.text(3);
        std::map<std::uint64_t, std::size_t> by_row;
        rows.bind(1, id);
        while (rows.step()) {
            ConversionRow& mapping = table.rows.emplace_back();
            mapping.row = std::uint64_t(rows.int64(0));
            mapping.code = rows.text(1);
            const auto effective = Date::parse(rows.text(2));
            if (!effective)
                throw Error(ErrorCode::schema, db.path().string() + ": damaged store: conversion row " +
                                                   std::to_string(mapping.row) + " has effective date '" +
                                                   std::string(rows.text(2)) + "'");
            mapping.effective = *effective;
            mapping.fiscal_year = int(rows.int64(3));
            mapping.previous_text = rows.text(4);
            by_row[mapping.row] = table.rows.size() - 1;
        }
        rows.reset();
        previous.bind(1, id);
        while (previous.step()) {
            const auto kind = kind_of(previous.text(1));
            const auto found = by_row.find(std::uint64_t(previous.int64(0)));
            if (!kind || found == by_row.end())
                throw Error(ErrorCode::schema, db.path().string() + ": damaged store: conversion item of row " +
                                                   std::to_string(previous.int64(0)) + " is not readable");
            table.rows[found->second].previous.push_back(
                {*kind, std::string(previous.text(2)), std::string(previous.text(3))});
        }
        previous.reset();
    }
    return result;
}

}  // namespace codeset::detail
