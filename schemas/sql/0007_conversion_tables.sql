-- codeset store, schema 7: conversion tables (the NCHS ICD-10-CM conversion tables), kept apart
-- from the codes.
--
-- A conversion table maps each code created since the classification began to the code(s) it was
-- assigned to before, with the year it took effect. It is cumulative and names codes of earlier
-- years, so it is no attribute of a code (writing it into contents would change their digests and
-- make the diff report it). A table is stored once per system by the digest of its companion
-- record (the SHA-256 of the file read): the same file attached to two releases is one copy. A
-- release names its tables through `release_companion` (importer icd10cm-conversion-table, the
-- same digest), with the no-op / conflict / --replace rules of every companion; a table no release
-- names any more is deleted with the import that dropped it.
--
-- Applied by the store in one transaction, which then sets PRAGMA user_version = 7.

CREATE TABLE conversion_table (
    id          INTEGER PRIMARY KEY,
    system_id   INTEGER NOT NULL REFERENCES code_system (id),
    digest      TEXT    NOT NULL,  -- as release_companion.digest
    fiscal_year INTEGER NOT NULL,  -- the table's year, from its title or its newest row
    UNIQUE (system_id, digest)
);

CREATE TABLE conversion_row (
    table_id      INTEGER NOT NULL REFERENCES conversion_table (id) ON DELETE CASCADE,
    row           INTEGER NOT NULL,  -- sheet row or CSV line
    code          TEXT    NOT NULL,  -- the current code, stored form
    effective     TEXT    NOT NULL,  -- YYYY-MM-DD
    fiscal_year   INTEGER NOT NULL,  -- the fiscal year `effective` falls in
    previous_text TEXT    NOT NULL,  -- the "Previous Code(s) Assignment" cell as written
    PRIMARY KEY (table_id, row)
) WITHOUT ROWID;
CREATE INDEX conversion_row_by_code ON conversion_row (code);

-- One row per item of the previous-codes cell; none when the cell says "None".
CREATE TABLE conversion_previous (
    table_id INTEGER NOT NULL,
    row      INTEGER NOT NULL,
    seq      INTEGER NOT NULL,
    kind     TEXT    NOT NULL CHECK (kind IN ('code', 'range', 'categories')),
    first    TEXT    NOT NULL,  -- stored form; a category for kind categories
    last     TEXT    NOT NULL,  -- == first for a code and a single category
    PRIMARY KEY (table_id, row, seq),
    FOREIGN KEY (table_id, row) REFERENCES conversion_row (table_id, row) ON DELETE CASCADE
) WITHOUT ROWID;
