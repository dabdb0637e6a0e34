-- Schema 12: the search index becomes Spanscope's own trigram lists (store/gramindex.h) in place
-- of the FTS5 table. FTS5 kept a second copy of every searchable text and built at ~10 MB/s of
-- text at best on our data; the lists hold only row keys and build at ~25 MB/s
-- (docs/PERFORMANCE.md). A search re-checks its candidates against the text itself.
--
-- search_grams: for each trigram (three case-folded code points packed 21 bits each) and each
-- build batch (segment), the ascending keys of the rows holding it: observations.rowid, or minus
-- traces.rowid. search_fts_state keeps the high-water marks (now also 'segments': the last
-- segment written; 'merged': the segment the recent lists were last merged into; 'merges': how
-- many such merges since all lists were merged, see store/searchindex.cpp) and
-- search_fts_pending the traces to re-index; their names stay.
-- The marks go back to 0, so the index is rebuilt from the rows (when the workspace is next
-- opened in the app, or by the next import).
DROP TABLE IF EXISTS search_fts;
-- A rowid table, not WITHOUT ROWID: its leaf pages hold lists of up to a page in place, where a
-- WITHOUT ROWID table moves all but ~4 KB of each to overflow pages, mostly empty (the index was
-- 115 MB instead of 82 MB for 100k observations).
CREATE TABLE IF NOT EXISTS search_grams (
  gram  INTEGER NOT NULL,
  seg   INTEGER NOT NULL,
  keys  BLOB NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS search_grams_by_gram ON search_grams(gram, seg);
DELETE FROM search_grams;
UPDATE search_fts_state SET value = 0;
INSERT OR REPLACE INTO search_fts_state(key, value) VALUES ('segments', 0), ('merged', 0), ('merges', 0);
DELETE FROM search_fts_pending;
