-- codeset store, schema 5: list attributes kept as JSON arrays; which attributes search indexes
-- comes from the profiles.
--
-- Until schema 4 a list attribute (the notes of the tabular list) was a JSON array written as a
-- string inside the attributes object, decoded again by every reader. It is now an array in the
-- object itself (lib/src/store/encoding.cpp writes it so when the profile types the attribute as a
-- list). Contents are never updated otherwise; this rewrite keeps their digests, because the
-- store reads an array back as exactly the text it was (a value is converted only when it is the
-- compact form the importers write: json(value) = value).
--
-- Applied by the store in one transaction, which then sets PRAGMA user_version = 5.

UPDATE content SET attributes = (
    SELECT json_group_object(a.key,
               CASE WHEN a.type = 'text' AND json_valid(a.value) AND json_type(a.value) = 'array'
                         AND json(a.value) = a.value
                         AND NOT EXISTS (SELECT 1 FROM json_each(a.value) e WHERE e.type <> 'text')
                    THEN json(a.value) ELSE a.value END)
    FROM json_each(content.attributes) a)
WHERE attributes IS NOT NULL AND json_valid(attributes) AND json_type(attributes) = 'object'
  AND EXISTS (SELECT 1 FROM json_each(content.attributes) a
              WHERE a.type = 'text' AND json_valid(a.value) AND json_type(a.value) = 'array');

-- The attributes of each system that search indexes with the titles: the profile's attributes with
-- role `searchable`, written by the store whenever they differ from the profile (on opening a store
-- migrated from an older schema, or after an upgrade changed a profile), and the index rebuilt.
CREATE TABLE search_attribute (
    system_id INTEGER NOT NULL REFERENCES code_system (id),
    name      TEXT    NOT NULL,
    PRIMARY KEY (system_id, name)
) WITHOUT ROWID;

DROP TRIGGER content_search_delete;
DROP TABLE code_search;
DROP VIEW code_search_source;

-- What is indexed of a content: its long title, its short title when it differs (NULL: the same as
-- the long title), and the texts of its searchable attributes (an array's items, or a string)
-- joined with ' | '. Written without table-valued functions (json_each): FTS5 reads its external
-- content with statements that may not use virtual tables.
CREATE VIEW code_search_source (id, long_title, short_title, terms) AS
SELECT c.id, c.long_title, c.short_title,
       CASE WHEN json_valid(c.attributes) THEN
           (WITH RECURSIVE item (path, i, kind, value) AS (
                SELECT '$."' || s.name || '"', -1, NULL, NULL FROM search_attribute s WHERE s.system_id = c.system_id
                UNION ALL
                SELECT path, i + 1, json_type(c.attributes, path || '[' || (i + 1) || ']'),
                       json_extract(c.attributes, path || '[' || (i + 1) || ']')
                FROM item WHERE i + 1 < coalesce(json_array_length(c.attributes, path), 0)
                UNION ALL
                SELECT path, 0, 'text', json_extract(c.attributes, path)
                FROM item WHERE i = -1 AND json_type(c.attributes, path) = 'text')
            SELECT group_concat(value, ' | ') FROM item WHERE kind = 'text')
       END
FROM content c;

-- Words are runs of letters and digits (any script, accents folded: 'Sjögren' = 'sjogren'),
-- stemmed with the Porter stemmer ('fractures' finds 'fracture').
CREATE VIRTUAL TABLE code_search USING fts5 (
    long_title, short_title, terms,
    content = 'code_search_source', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- An external-content index must be told the indexed values of a row it drops: the view still
-- has them before the content row goes. A content still pending was never indexed.
CREATE TRIGGER content_search_delete BEFORE DELETE ON content BEGIN
    INSERT INTO code_search (code_search, rowid, long_title, short_title, terms)
    SELECT 'delete', id, long_title, short_title, terms FROM code_search_source
    WHERE id = old.id AND NOT EXISTS (SELECT 1 FROM search_pending WHERE id = old.id);
    DELETE FROM search_pending WHERE id = old.id;
END;

-- Every content is indexed again once the store has written search_attribute from the profiles.
DELETE FROM search_pending;
INSERT INTO search_pending (id) SELECT id FROM content;
