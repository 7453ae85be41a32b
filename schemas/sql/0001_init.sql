-- codeset store, schema 1.
--
-- Each distinct content of a code (code, billable flag, titles, attributes) is stored once in
-- `content`, whatever the number of releases it appears in. A release is the ordered list of its
-- content ids (`release.members`): position + 1 is the code's order number in the release's order
-- file, so order numbers, which shift every year, never make a code look changed.
--
-- Applied by the store in one transaction, which then sets PRAGMA user_version = 1.

PRAGMA application_id = 1129534292;  -- 0x43535354 "CSST": a codeset store

-- The code systems codeset knows (codeset/core/code_system.hpp). Names are stable: they appear
-- in CLI arguments and exported paths.
CREATE TABLE code_system (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL UNIQUE,
    title    TEXT    NOT NULL,
    licensed INTEGER NOT NULL DEFAULT 0 CHECK (licensed IN (0, 1))  -- 1: content needs a licence (CPT)
);

INSERT INTO code_system (id, name, title, licensed) VALUES
    (1, 'icd10cm',  'ICD-10-CM (diagnoses)',   0),
    (2, 'icd10pcs', 'ICD-10-PCS (procedures)', 0),
    (3, 'hcpcs',    'HCPCS Level II',          0),
    (4, 'cpt',      'CPT (AMA licensed)',      1);

-- One distinct content of one code. Never updated; shared by every release that lists its id.
CREATE TABLE content (
    id          INTEGER PRIMARY KEY,
    system_id   INTEGER NOT NULL REFERENCES code_system (id),
    code        TEXT    NOT NULL,             -- stored form: upper case, no dot
    digest      INTEGER NOT NULL,             -- xxh3-64 of code, billable, titles, attributes (not the order)
    billable    INTEGER NOT NULL CHECK (billable IN (0, 1)),
    short_title TEXT,                         -- NULL: the same as long_title (saves ~40% of short titles)
    long_title  TEXT    NOT NULL,
    attributes  TEXT                          -- JSON object {"name": "value", ...}; NULL when none
);
-- Covers "all contents of a system" (the import's dedup map) and "all contents of a code".
CREATE INDEX content_by_code ON content (system_id, code, digest);

-- One release of one code system.
CREATE TABLE release (
    id             INTEGER PRIMARY KEY,
    system_id      INTEGER NOT NULL REFERENCES code_system (id),
    version        TEXT    NOT NULL COLLATE NOCASE,  -- "FY2026"; looked up case-insensitively
    effective      TEXT    NOT NULL,                 -- YYYY-MM-DD: first day in force
    kind           TEXT    NOT NULL,                 -- annual, january, april, quarterly, correction
    importer       TEXT    NOT NULL,                 -- name of the importer that read it
    imported_at    TEXT    NOT NULL,                 -- UTC, YYYY-MM-DDTHH:MM:SSZ
    code_count     INTEGER NOT NULL,                 -- all rows, headers included
    billable_count INTEGER NOT NULL,
    fingerprint    TEXT    NOT NULL,                 -- xxh3-128 (hex) of the ordered content digests and addenda
    members        BLOB    NOT NULL,                 -- content ids in order-file order: zigzag-varint deltas
    UNIQUE (system_id, version)
);
CREATE INDEX release_by_date ON release (system_id, effective);

-- The files a release was read from (the zip or folder the user gave, and the members read).
CREATE TABLE source_file (
    release_id INTEGER NOT NULL REFERENCES release (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    path       TEXT    NOT NULL,
    member     TEXT    NOT NULL,   -- empty for the given file itself
    size       INTEGER NOT NULL,
    sha256     TEXT    NOT NULL,   -- lower-case hex
    role       TEXT    NOT NULL,   -- archive, order, addenda, ...
    PRIMARY KEY (release_id, seq)
) WITHOUT ROWID;

-- CMS's own change list shipped with a release.
CREATE TABLE addendum (
    release_id  INTEGER NOT NULL REFERENCES release (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    action      TEXT    NOT NULL,  -- add, delete, revise_from, revise_to
    billable    INTEGER CHECK (billable IN (0, 1)),  -- NULL when the addenda file has no flag
    code        TEXT    NOT NULL,
    short_title TEXT    NOT NULL,
    long_title  TEXT    NOT NULL,
    member      TEXT    NOT NULL,
    line        INTEGER NOT NULL,
    PRIMARY KEY (release_id, seq)
) WITHOUT ROWID;

-- Data-quality oddities kept with the release.
CREATE TABLE import_warning (
    release_id INTEGER NOT NULL REFERENCES release (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    location   TEXT    NOT NULL,
    message    TEXT    NOT NULL,
    PRIMARY KEY (release_id, seq)
) WITHOUT ROWID;
