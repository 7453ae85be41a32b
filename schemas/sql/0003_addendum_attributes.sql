-- codeset store, schema 3: fields kept with a line of a release's own change list.
--
-- HCPCS files keep a discontinued code for four years with its cross-reference to the code that
-- replaces it; the release keeps that line, so `show` and `history` can name the replacement.

ALTER TABLE addendum ADD COLUMN attributes TEXT;  -- JSON object {"name": "value", ...}; NULL when none
