-- Quality facts (schema 9): one narrow, integer-keyed row per trace-bound numeric, boolean or
-- categorical score with every heatmap grouping of its trace, so a heatmap is one scan of this
-- table instead of a join per score (scores -> traces, scores -> the trace's distinct models).
-- Strings live once in quality_keys. models / prompts are keys of the trace's distinct models
-- (sorted, joined by U+001F) and distinct "prompt name U+001F version" pairs (sorted, joined by
-- U+001E); NULL when the trace has none. day = UTC days since the epoch of the trace timestamp.
-- type: 0 numeric, 1 boolean, 2 categorical (TEXT scores are never heatmap rows).
-- core/store/qualityfacts.h keeps the table exact on import and sync (the traces an import
-- touched and the traces of the scores it wrote are re-derived); quality_facts_state.stale = 1
-- asks for a full rebuild on the next read-write open.
CREATE TABLE quality_keys (
  id    INTEGER PRIMARY KEY,
  text  TEXT NOT NULL UNIQUE
);

CREATE TABLE quality_facts (
  name         INTEGER NOT NULL,
  type         INTEGER NOT NULL,
  value        REAL,
  label        INTEGER,
  day          INTEGER,
  trace_name   INTEGER,
  user_id      INTEGER,
  environment  INTEGER,
  release      INTEGER,
  models       INTEGER,
  prompts      INTEGER,
  trace_rowid  INTEGER NOT NULL
);
CREATE INDEX quality_facts_by_trace ON quality_facts(trace_rowid);

CREATE TABLE quality_facts_state (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  stale INTEGER NOT NULL
);
INSERT INTO quality_facts_state(id, stale) VALUES (1, 1);
