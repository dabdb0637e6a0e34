-- Schema 2: the search index is built after imports commit (store/searchindex.cpp).
--
-- detail=none: the index keeps which rows hold a trigram, not where. Substring search goes
-- through LIKE '%term%' on these columns (the trigram index narrows the candidates, SQLite
-- re-checks the text); phrase MATCH queries are not available. That makes the index ~3x smaller
-- and the bulk build ~2x faster than detail=full. hashsize: 64 MiB of pending terms per flush
-- (default 1 MiB) means far fewer segments to merge during a bulk build.
-- Workspaces of schema 1 lose their old index here; the marks go back to 0 so the next import
-- (or `spanscope-cli import --no-index` followed by any import) rebuilds it from the rows.
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_fts USING fts5(
  trace_id UNINDEXED, observation_id UNINDEXED, name, input, output, metadata,
  tokenize = 'trigram', detail = 'none', columnsize = 0
);
INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 67108864);
UPDATE search_fts_state SET value = 0;

-- Traces re-imported after they were indexed: their old index rows are gone, new ones pending.
CREATE TABLE search_fts_pending (
  trace_id        TEXT PRIMARY KEY
) WITHOUT ROWID;
