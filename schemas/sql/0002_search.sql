-- codeset store, schema 2: full-text search over the titles and inclusion terms of contents.
--
-- `code_search` is an FTS5 index with external content: it stores the index only, never a second
-- copy of the text, which it reads from the view `code_search_source` when a search highlights its
-- matches. One index row per content (rowid = content.id), so a content shared by ten releases is
-- indexed once; a search keeps the matches that are members of the release searched.
--
-- An import only lists the contents it adds in `search_pending` (cheap, in its transaction); the
-- first search after it indexes them (lib/src/store/search.cpp), so imports keep their speed.
-- Contents are never updated; the trigger below removes a content from the index, or from the
-- pending list, when it is deleted (garbage collected after a --replace).
--
-- Applied by the store in one transaction, which then sets PRAGMA user_version = 2.

-- What is indexed of a content: its long title, its short title when it differs (NULL: the same
-- as the long title, as in `content`), and the texts of its `inclusion_terms` attribute (a JSON
-- array of strings, kept as a string in the attributes object) joined with ' | '. Other attributes
-- are not indexed. Written without table-valued functions (json_each): FTS5 reads its external
-- content with statements that may not use virtual tables.
CREATE VIEW code_search_source (id, long_title, short_title, inclusion_terms) AS
SELECT c.id, c.long_title, c.short_title,
       CASE WHEN json_valid(c.attributes) THEN
       CASE WHEN json_type(c.attributes, '$.inclusion_terms') = 'text' THEN
       CASE WHEN json_valid(json_extract(c.attributes, '$.inclusion_terms')) THEN
       CASE WHEN json_type(json_extract(c.attributes, '$.inclusion_terms')) = 'array' THEN
           (WITH list (terms) AS (SELECT json_extract(c.attributes, '$.inclusion_terms')),
                 term (i, kind, value) AS (
                     SELECT 0, NULL, NULL
                     UNION ALL
                     SELECT i + 1, json_type(terms, '$[' || i || ']'), json_extract(terms, '$[' || i || ']')
                     FROM term, list
                     WHERE i < json_array_length(terms))
            SELECT group_concat(value, ' | ') FROM term WHERE kind = 'text')
       END END END END
FROM content c;

-- Words are runs of letters and digits (any script, accents folded: 'Sjögren' = 'sjogren'),
-- stemmed with the Porter stemmer ('fractures' finds 'fracture').
CREATE VIRTUAL TABLE code_search USING fts5 (
    long_title, short_title, inclusion_terms,
    content = 'code_search_source', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Contents added by imports and not indexed yet.
CREATE TABLE search_pending (id INTEGER PRIMARY KEY);

-- An external-content index must be told the indexed values of a row it drops: the view still
-- has them before the content row goes. A content still pending was never indexed.
CREATE TRIGGER content_search_delete BEFORE DELETE ON content BEGIN
    INSERT INTO code_search (code_search, rowid, long_title, short_title, inclusion_terms)
    SELECT 'delete', id, long_title, short_title, inclusion_terms FROM code_search_source
    WHERE id = old.id AND NOT EXISTS (SELECT 1 FROM search_pending WHERE id = old.id);
    DELETE FROM search_pending WHERE id = old.id;
END;

-- The contents of stores created by schema 1.
INSERT INTO code_search (code_search) VALUES ('rebuild');
