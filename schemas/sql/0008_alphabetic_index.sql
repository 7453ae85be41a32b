-- codeset store, schema 8: the Alphabetic Index of a classification (ICD-10-CM: the Index to
-- Diseases and Injuries, the External Cause Index, the Neoplasm Table, the Table of Drugs and
-- Chemicals), read from its companion files.
--
-- The index is not an attribute of codes. Each main term with its whole subtree is one content,
-- an `index_term`, stored once per system by digest (as `content` is for codes): a release
-- whose index changed 300 main terms adds 300 rows. A release lists, per index file, its main
-- terms in `release_index.members` (content ids as zigzag-varint deltas, as release.members),
-- with the file's title and table column headings. `index_word` is the index of words lookup
-- reads: every word of every title and nonessential modifier in a main term's subtree, once per
-- main term, written when the content is added.
--
-- Applied by the store in one transaction, which then sets PRAGMA user_version = 8.

CREATE TABLE index_term (
    id        INTEGER PRIMARY KEY,
    system_id INTEGER NOT NULL REFERENCES code_system (id),
    kind      TEXT    NOT NULL,   -- index, eindex, neoplasm, drug
    key       TEXT    NOT NULL,   -- the title's first comma part, lower case, without parentheses: references find it
    digest    INTEGER NOT NULL,   -- xxh3-64 of kind and body
    title     TEXT    NOT NULL,   -- the main term's essential words
    body      TEXT    NOT NULL    -- the subtree as JSON (codeset/core/alphabetic_index.hpp)
);
CREATE INDEX index_term_by_digest ON index_term (system_id, digest);
CREATE INDEX index_term_by_key ON index_term (system_id, kind, key);

CREATE TABLE release_index (
    release_id INTEGER NOT NULL REFERENCES release (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,  -- index, eindex, neoplasm, drug
    seq        INTEGER NOT NULL,  -- the order the files were read in
    title      TEXT    NOT NULL,  -- as the file names itself
    columns    TEXT,              -- JSON array [[2, "Malignant Primary"], ...]; NULL for an index without a table
    members    BLOB    NOT NULL,  -- index_term ids in file order: zigzag-varint deltas
    PRIMARY KEY (release_id, kind)
) WITHOUT ROWID;

CREATE TABLE index_word (
    word    TEXT    NOT NULL,
    term_id INTEGER NOT NULL REFERENCES index_term (id),
    PRIMARY KEY (word, term_id)
) WITHOUT ROWID;
