-- codeset store, schema 4: code system rows come from the profiles.
--
-- What a code system is (its title, its licence) lives in its profile beside its importers
-- (importers/<system>/profile.cpp). The store writes a system's row the first time it keeps a
-- release of it, from that profile; the rows schema 1 wrote for every system are removed where
-- no content refers to them.

DELETE FROM code_system
 WHERE id NOT IN (SELECT system_id FROM release)
   AND id NOT IN (SELECT system_id FROM content);
