-- Schema version 2: an index for "speakers whose alias key ends with ' <key>'".
--
-- `quotes(speaker = "Lavrov")` finds speakers whose alias key is "lavrov" or ends with
-- " lavrov"; `alias_key LIKE '% ' || ?` scanned every alias. `alias_rkey` holds the key with
-- its characters reversed, so the same test is a range on an index:
-- alias_rkey >= reversed(key) || ' ' AND alias_rkey < reversed(key) || '!'.
-- The writer fills it; the rows of an existing database are filled by the migration code
-- (SQLite has no string reversal), see `store::mod.rs`.
ALTER TABLE speaker_aliases ADD COLUMN alias_rkey TEXT;
CREATE INDEX speaker_aliases_rkey ON speaker_aliases(alias_rkey);

-- A speaker's quotes in article order straight from an index, so `quotes(speaker=…, limit=N)`
-- reads N rows instead of sorting all of a speaker's quotes (millions in a large corpus).
CREATE INDEX quotes_speaker_order ON quotes(speaker_id, article_id, start);
DROP INDEX quotes_speaker;
