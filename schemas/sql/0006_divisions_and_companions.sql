-- codeset store, schema 6: the chapters and sections of a classification with their notes, and
-- the companion files each release was read with.
--
-- The ICD-10-CM tabular XML writes notes on chapters and sections (Excludes1, use additional code,
-- ...) as well as on codes. A `division` is one distinct content of a chapter or section, stored
-- once per system whatever the number of releases that have it (as `content` is for codes); a
-- release lists its divisions in `release_division`, in document order. A code names its
-- divisions through its hierarchy attributes: `attribute` and `value` are that attribute's name
-- and value ("chapter", "4"; "section", "E08-E13").
--
-- `release_companion` lists the companion files (tabular or tables XML) a release was read with,
-- by importer and the SHA-256 of what was read: the same file added again changes nothing, a
-- different one is a conflict, and the diff compares what a companion writes only between
-- releases that both have one. Releases annotated under an older schema have no row: adding
-- their XML again records it.
--
-- Applied by the store in one transaction, which then sets PRAGMA user_version = 6.

CREATE TABLE division (
    id        INTEGER PRIMARY KEY,
    system_id INTEGER NOT NULL REFERENCES code_system (id),
    attribute TEXT    NOT NULL,   -- the hierarchy attribute its codes carry: chapter, section
    value     TEXT    NOT NULL,   -- "4", "E08-E13"
    digest    INTEGER NOT NULL,   -- xxh3-64 of attribute, value, title and notes
    title     TEXT    NOT NULL,
    notes     TEXT                -- JSON object {"excludes1": ["..."], ...} as content.attributes; NULL when none
);
CREATE INDEX division_by_value ON division (system_id, attribute, value, digest);

CREATE TABLE release_division (
    release_id  INTEGER NOT NULL REFERENCES release (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    division_id INTEGER NOT NULL REFERENCES division (id),
    PRIMARY KEY (release_id, seq)
) WITHOUT ROWID;

CREATE TABLE release_companion (
    release_id INTEGER NOT NULL REFERENCES release (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    importer   TEXT    NOT NULL,  -- the companion importer: icd10cm-tabular-xml, icd10pcs-tables-xml
    digest     TEXT    NOT NULL,  -- SHA-256 (hex) of the files it read, in order
    path       TEXT    NOT NULL,  -- as the user gave it
    PRIMARY KEY (release_id, seq)
) WITHOUT ROWID;
